-- Append-only: the service never updates or deletes a row.
create table activity (
    id                 bigserial   primary key,
    event_id           uuid        not null unique,
    activity_type      text        not null,
    occurred_at        timestamptz not null,
    partner_tenant_id  uuid        not null,
    customer_id        uuid,
    customer_tenant_id uuid,
    subject_id         uuid        not null,
    order_id           uuid,
    product_name       text,
    user_name          text,
    user_tenant_id     uuid,
    user_role          text,
    detail             text
);
create index activity_partner_time on activity (partner_tenant_id, occurred_at desc, id desc);
