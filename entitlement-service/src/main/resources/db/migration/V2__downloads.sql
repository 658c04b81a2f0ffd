-- The downloadable builds of each SKU, as entitlement-service last heard them on product-published (compacted).
-- One row per product with the newest revision applied, so an older or repeated snapshot changes nothing.
create table catalog_product (
    product_id text   primary key,
    revision   bigint not null
);

create table catalog_download (
    id         uuid   primary key,
    product_id text   not null references catalog_product (product_id),
    sku_id     text   not null,
    version    text   not null,
    language   text   not null,
    bitness    text   not null,
    file_name  text   not null,
    size_bytes bigint not null,
    sha256     text   not null,
    unique (sku_id, version, language, bitness)
);
create index catalog_download_product on catalog_download (product_id);

-- A copyable link to one build of an entitled product. The token is not stored: it is an HMAC over the link's
-- id, expiry, entitlement and build, so it can be checked but not rebuilt without the signing key.
create table download_link (
    id                uuid        primary key,
    entitlement_id    uuid        not null references entitlement (id),
    version           text        not null,
    language          text        not null,
    bitness           text        not null,
    expires_at        timestamptz not null,
    created_at        timestamptz not null,
    creator_user_id   text,
    creator_user_name text        not null,
    creator_tenant_id uuid        not null,
    creator_role      text        not null,
    revoked_at        timestamptz
);
create index download_link_entitlement on download_link (entitlement_id);
