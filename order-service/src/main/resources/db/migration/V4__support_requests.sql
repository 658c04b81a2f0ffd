-- Refund support requests ("CSP purchase/refund on behalf of customers"), filed by a partner when a cancellation
-- needs more than the policy lets them do alone, and decided by platform support.
create table support_request (
    id                uuid          primary key,
    partner_tenant_id uuid          not null,
    customer_id       uuid          not null references customer (id),
    order_id          uuid          not null references customer_order (id),
    line_id           uuid          references order_line (id),
    type              text          not null,
    impact            text          not null,
    title             text          not null,
    description       text,
    refund_reason     text          not null,
    amount_requested  numeric(19,4) not null,
    currency          char(3)       not null,
    contact_name      text          not null,
    contact_email     text          not null,
    contact_phone     text          not null,
    status            text          not null,
    approved_amount   numeric(19,4),
    decision_note     text,
    submitted_at      timestamptz   not null,
    submitted_by      text          not null,
    reviewed_by       text,
    decided_at        timestamptz
);
create index support_request_partner on support_request (partner_tenant_id, submitted_at desc);
create index support_request_status on support_request (status, submitted_at desc);

create table support_request_attachment (
    id           uuid    primary key,
    request_id   uuid    not null references support_request (id),
    position     int     not null,
    file_name    text    not null,
    content_type text    not null,
    size_bytes   int     not null,
    sha256       text    not null,
    content      bytea   not null,
    unique (request_id, position)
);
