-- Roles and databases of the local stack. Run by `./stack up` as the postgres superuser:
--   psql -v ON_ERROR_STOP=1 -d postgres -f init.sql
-- Idempotent: it creates what is missing and (re)sets the local-only passwords, nothing else.
-- Each service owns one database and logs in as a role of its own; password = role name.

DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['catalog_service', 'order_service', 'entitlement_service',
                           'audit_service', 'billing_service']
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I LOGIN', r);
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, r);
  END LOOP;

  -- audit-service runs as audit_writer, which may add to the activity log but never change or remove it; its
  -- migrations run as audit_service, the database's owner (audit-service's application.properties).
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audit_writer') THEN
    CREATE ROLE audit_writer LOGIN;
  END IF;
  ALTER ROLE audit_writer LOGIN PASSWORD 'audit_writer';

  -- The test suites log in as csp_admin to create and drop throw-away databases of their own.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csp_admin') THEN
    CREATE ROLE csp_admin LOGIN;
  END IF;
  ALTER ROLE csp_admin LOGIN CREATEDB CREATEROLE PASSWORD 'csp_admin';
END
$$;

-- CREATE DATABASE cannot run inside a DO block (nor a transaction): generate the missing
-- statements and let psql execute them with \gexec.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', d.name, d.owner, 'UTF8')
FROM (VALUES ('csp_catalog',     'catalog_service'),
             ('csp_order',       'order_service'),
             ('csp_entitlement', 'entitlement_service'),
             ('csp_audit',       'audit_service'),
             ('csp_billing',     'billing_service')) AS d(name, owner)
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d.name)
\gexec
