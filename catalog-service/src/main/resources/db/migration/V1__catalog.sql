create table market (
    code                         char(2) primary key,
    name                         text    not null,
    other_names                  text[]  not null default '{}',
    currency                     char(3) not null,
    tax_included                 boolean not null,
    azure_reservations_available boolean not null
);

create table product (
    id                 text    primary key,
    name               text    not null,
    kind               text    not null,
    publisher          text    not null,
    active             boolean not null default true,
    -- raised by every change; the publisher sends a snapshot while published_revision is behind
    revision           bigint  not null default 1,
    published_revision bigint  not null default 0,
    policy_version     int     not null,
    cancellable        boolean not null,
    cancellation_days  int     not null
);

create table sku (
    id              text    primary key,
    product_id      text    not null references product (id),
    position        int     not null,
    name            text    not null,
    terms           text[]  not null default '{}',
    billing_options text[]  not null,
    min_quantity    int     not null check (min_quantity >= 1),
    max_quantity    int     not null check (max_quantity >= min_quantity)
);

-- The price of a SKU for a term (null: perpetual) in a market, in the market's currency, for the whole term.
create table price (
    id       bigserial     primary key,
    sku_id   text          not null references sku (id),
    market   char(2)       not null references market (code),
    term     text,
    amount   numeric(19,4) not null check (amount >= 0),
    currency char(3)       not null
);
create unique index price_identity on price (sku_id, market, coalesce(term, ''));
