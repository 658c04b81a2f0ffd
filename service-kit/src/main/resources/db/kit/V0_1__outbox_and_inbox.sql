-- Shared by every service (service-kit). Events wait here until the relay has them acknowledged by Kafka.
create table outbox_event (
    id          bigserial   primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now()
);

-- Ids of the events this service has already applied, written in the same transaction as the effect.
create table processed_event (
    event_id     uuid        primary key,
    topic        text        not null,
    processed_at timestamptz not null default now()
);
