create table customer (
    id                uuid        primary key,
    partner_tenant_id uuid        not null,
    tenant_id         uuid        not null,
    name              text        not null,
    domain            text        not null,
    market            char(2)     not null,
    created_at        timestamptz not null,
    unique (partner_tenant_id, tenant_id)
);
create index customer_partner_name on customer (partner_tenant_id, lower(name));

-- The catalog as order-service last heard it on product-published: one row per SKU, newest revision wins.
create table catalog_sku (
    sku_id     text   primary key,
    product_id text   not null,
    revision   bigint not null,
    product    text   not null
);
create index catalog_sku_product on catalog_sku (product_id);

create table customer_order (
    id                uuid        primary key,
    customer_id       uuid        not null references customer (id),
    partner_tenant_id uuid        not null,
    status            text        not null,
    placed_at         timestamptz not null,
    placed_by         text        not null,
    cancelled_at      timestamptz,
    cancelled_by      text
);
create index customer_order_history on customer_order (customer_id, placed_at desc);

create table order_line (
    id                    uuid          primary key,
    order_id              uuid          not null references customer_order (id),
    position              int           not null,
    product_id            text          not null,
    sku_id                text          not null,
    product_name          text          not null,
    kind                  text          not null,
    quantity              int           not null check (quantity > 0),
    term                  text,
    billing               text          not null,
    unit_price            numeric(19,4) not null,
    currency              char(3)       not null,
    tax_included          boolean       not null,
    policy_version        int           not null,
    cancellable           boolean       not null,
    cancellation_days     int           not null,
    refund_kind           text          not null,
    -- a cancellation of an order above this total (in the line's currency) needs a support request; null: never
    support_request_above numeric(19,4),
    unique (order_id, position)
);
alter table order_line add column status text not null default 'ACTIVE';
