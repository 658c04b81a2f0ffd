-- Monthly-billed lines are charged one installment per billing period: each installment of a line once.
-- (A late installment can land on the same open period as the next one, so the period no longer identifies it.)
alter table charge add column installment int not null default 0;
alter table charge drop constraint charge_line_id_billing_period_key;
create unique index charge_one_per_installment on charge (line_id, installment);

-- A credit for an approved refund names the support request it settles: one credit per request.
alter table credit add column refund_request_id uuid;
create unique index credit_one_per_refund_request on credit (refund_request_id) where refund_request_id is not null;

-- The installments still to charge of a monthly-billed line, until its term ends or it is cancelled.
create table billing_schedule (
    line_id           uuid        primary key,
    first_charge_id   uuid        not null references charge (id),
    partner_tenant_id uuid        not null,
    service_start     timestamptz not null,
    installments      int         not null,
    next_installment  int         not null,
    next_due_at       timestamptz not null,
    ended_at          timestamptz
);
create index billing_schedule_due on billing_schedule (next_due_at) where ended_at is null;

-- Refunds approved before their order reached billing: credited the moment the charge is recorded.
create table pending_refund (
    refund_request_id uuid          primary key,
    line_id           uuid          not null,
    partner_tenant_id uuid          not null,
    amount            numeric(19,4) not null,
    currency          char(3)       not null,
    approved_at       timestamptz   not null
);
create index pending_refund_line on pending_refund (line_id);

-- One invoice per partner and closed period; its lines are a frozen copy of the period's charges and credits.
create sequence invoice_number_seq;
create table invoice (
    id                uuid        primary key,
    number            text        not null unique,
    partner_tenant_id uuid        not null,
    billing_period    char(7)     not null,
    issued_at         timestamptz not null,
    line_count        int         not null,
    unique (partner_tenant_id, billing_period)
);

create table invoice_total (
    invoice_id uuid          not null references invoice (id),
    currency   char(3)       not null,
    amount     numeric(19,4) not null,
    primary key (invoice_id, currency)
);

create table invoice_line (
    id            bigserial     primary key,
    invoice_id    uuid          not null references invoice (id),
    line_number   int           not null,
    type          text          not null,
    source_id     uuid          not null,
    order_id      uuid          not null,
    line_id       uuid          not null,
    customer_id   uuid          not null,
    product_id    text          not null,
    sku_id        text          not null,
    product_name  text          not null,
    quantity      int           not null,
    unit_price    numeric(19,4) not null,
    tax_included  boolean       not null,
    -- charges positive, credits negative
    amount        numeric(19,4) not null,
    currency      char(3)       not null,
    reason        text,
    reverses      uuid,
    service_from  timestamptz,
    service_until timestamptz,
    occurred_at   timestamptz   not null,
    unique (invoice_id, line_number)
);

-- What the cancellation policy gives back for a line cancelled before its order arrived (FULL, PRORATED, NONE);
-- null when the cancellation did not say (older events): then the product kind decides.
alter table cancelled_line add column refund_kind text;
