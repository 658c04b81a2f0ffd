-- Outbox events the broker refused for good (too large, an invalid topic): set aside so that they do not hold back
-- every later event of the service. An operator fixes the cause and moves them back into outbox_event.
create table outbox_parked (
    id          bigint      primary key,
    event_id    uuid        not null,
    topic       text        not null,
    record_key  text        not null,
    payload     text        not null,
    created_at  timestamptz not null,
    parked_at   timestamptz not null default now(),
    reason      text        not null
);
