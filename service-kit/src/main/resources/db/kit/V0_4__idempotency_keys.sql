-- Idempotency-Key (Stripe / IETF draft semantics) for every POST that creates something, in every service (service-kit
-- dev.csp.kit.idempotency). A key belongs to one user of one tenant: two users never collide, and a user's retry finds
-- their own first attempt. status is null while the first request is still running; the row then holds the response
-- to replay. Rows are kept at least 24 hours.
-- order-service made this very table in its own V3 before the kit took it over (issue 20): there the table and its
-- rows stay as they are, and this migration, applied out of order, leaves them alone.
create table if not exists idempotency_key (
    tenant_id   uuid        not null,
    user_id     text        not null,
    idem_key    text        not null,
    fingerprint text        not null,
    status      int,
    body        text,
    location    text,
    created_at  timestamptz not null,
    primary key (tenant_id, user_id, idem_key)
);
create index if not exists idempotency_key_age on idempotency_key (created_at);
