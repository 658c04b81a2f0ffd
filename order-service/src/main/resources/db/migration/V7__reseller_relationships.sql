-- Buying for a customer needs a reseller relationship the customer's Global admin has accepted (issue 18, item 8).
-- A partner that creates a new customer tenant has it at once; registering an existing tenant is a request that
-- stays PENDING until the customer accepts (ACCEPTED) or declines (DECLINED) it. Customers registered before this
-- migration keep buying: they are taken as accepted (their partners bought for them under the old rules).
alter table customer
    add column relationship            text,
    add column partner_name            text,
    add column relationship_decided_at timestamptz,
    add column relationship_decided_by text;
update customer set relationship = 'ACCEPTED', partner_name = '';
alter table customer
    alter column relationship set not null,
    alter column partner_name set not null,
    add constraint customer_relationship check (relationship in ('PENDING', 'ACCEPTED', 'DECLINED'));
-- the customer's Global admin reads the requests to their tenant
create index customer_tenant_relationship on customer (tenant_id, created_at);
