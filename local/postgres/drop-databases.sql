-- Used by `./stack reset` (destructive): drops every database whose name starts with csp_,
-- i.e. the five service databases and any throw-away test databases left behind.
-- WITH (FORCE) disconnects sessions that are still open (PostgreSQL 13+).
-- The roles are kept; `./stack up` recreates the databases.
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', datname)
FROM pg_database
WHERE datname LIKE 'csp\_%'
\gexec
