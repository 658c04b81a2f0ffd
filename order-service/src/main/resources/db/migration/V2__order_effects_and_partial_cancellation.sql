-- What the other services reported back about each line: entitlement granted or revoked (entitlement-service),
-- charge recorded or credit issued (billing-service). One row per fact, keyed by the fact's own id, so the same
-- report twice changes nothing and the facts may arrive in any order (a revocation before its grant).
-- No foreign key to order_line: a report is kept even if it overtakes the order it is about.
create table order_effect (
    id           uuid          primary key,
    kind         text          not null,
    reference_id uuid          not null,
    order_id     uuid          not null,
    line_id      uuid          not null,
    amount       numeric(19,4),
    currency     char(3),
    key_issued   boolean,
    occurred_at  timestamptz   not null,
    unique (kind, reference_id)
);
create index order_effect_order on order_effect (order_id);

-- Lines are cancelled one by one or all together; each remembers when.
alter table order_line add column cancelled_at timestamptz;
