create table entitlement (
    id                 uuid        primary key,
    order_id           uuid        not null,
    line_id            uuid        not null unique,
    partner_tenant_id  uuid        not null,
    customer_id        uuid        not null,
    customer_tenant_id uuid        not null,
    product_id         text        not null,
    sku_id             text        not null,
    product_name       text        not null,
    kind               text        not null,
    quantity           int         not null,
    status             text        not null,
    -- AES-256-GCM: 12-byte nonce followed by ciphertext and tag; the entitlement id is the associated data.
    -- Null when the product has no key, and erased when the entitlement is revoked.
    key_ciphertext     bytea,
    -- SHA-256 of the key, so no two entitlements ever share a key. Kept after revocation.
    key_digest         bytea       unique,
    granted_at         timestamptz not null,
    revoked_at         timestamptz
);
create index entitlement_customer on entitlement (customer_id, granted_at desc);
create index entitlement_customer_tenant on entitlement (customer_tenant_id, granted_at desc);
create index entitlement_order on entitlement (order_id);

-- Lines whose cancellation arrived before their order: Kafka does not order events across topics.
create table cancelled_line (
    line_id      uuid        primary key,
    order_id     uuid        not null,
    cancelled_at timestamptz not null
);
