-- audit-service runs as audit_writer: it may add entries and checkpoints and read them, never change or remove them,
-- so whoever holds the service's credentials cannot rewrite the log (the anchor catches whoever holds the owner's).
-- Migrations run as the database's owner (quarkus.flyway.username); the role itself is made with the others
-- (local/postgres/init.sql, the managed roles of deploy/base/postgres.yaml, test-support for the tests).
-- A later migration that adds a table grants what the service needs on it, no more.
grant select, insert on activity, activity_checkpoint to audit_writer;
grant select, insert, update on activity_chain to audit_writer;
grant select, insert on processed_event to audit_writer;
grant select, insert, delete on outbox_event, outbox_parked to audit_writer;
grant usage on all sequences in schema public to audit_writer;
