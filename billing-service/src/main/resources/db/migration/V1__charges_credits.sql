-- One charge per purchased line and billing period, on the partner's monthly invoice (period = yyyy-MM, UTC).
create table charge (
    id                uuid          primary key,
    partner_tenant_id uuid          not null,
    customer_id       uuid          not null,
    order_id          uuid          not null,
    line_id           uuid          not null,
    product_id        text          not null,
    sku_id            text          not null,
    product_name      text          not null,
    kind              text          not null,
    billing           text          not null,
    term              text,
    quantity          int           not null,
    unit_price        numeric(19,4) not null,
    currency          char(3)       not null,
    tax_included      boolean       not null,
    amount            numeric(19,4) not null check (amount >= 0),
    billing_period    char(7)       not null,
    -- the service time this charge pays for; null for perpetual software
    service_from      timestamptz,
    service_until     timestamptz,
    charged_at        timestamptz   not null,
    unique (line_id, billing_period)
);
create index charge_period on charge (partner_tenant_id, billing_period, currency);
create index charge_order on charge (order_id);

create table credit (
    id                uuid          primary key,
    charge_id         uuid          not null references charge (id),
    partner_tenant_id uuid          not null,
    customer_id       uuid          not null,
    order_id          uuid          not null,
    line_id           uuid          not null,
    amount            numeric(19,4) not null check (amount > 0),
    currency          char(3)       not null,
    reason            text          not null,
    billing_period    char(7)       not null,
    issued_at         timestamptz   not null
);
-- each cancelled charge is credited exactly once
create unique index credit_one_per_cancelled_charge on credit (charge_id) where reason <> 'APPROVED_REFUND';
create index credit_period on credit (partner_tenant_id, billing_period, currency);

-- Lines whose cancellation arrived before their order: Kafka does not order events across topics.
create table cancelled_line (
    line_id      uuid        primary key,
    order_id     uuid        not null,
    cancelled_at timestamptz not null
);
