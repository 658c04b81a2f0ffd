-- Tamper evidence. Every entry is a link in its partner's hash chain: chain_seq counts the partner's entries in
-- the order they were appended (1, 2, 3, ... without gaps), prev_hash is the previous link's hash and hash is the
-- SHA-256 over prev_hash and every field a reader sees (ActivityHash in Java, activity_link_hash below: the two
-- must agree, a test checks that they do).
alter table activity
    add column chain_seq   bigint,
    add column recorded_at timestamptz,
    add column prev_hash   text,
    add column hash        text;

-- The head of each partner's chain. Appending locks this row (select ... for update) in the transaction that
-- inserts the entry, so concurrent consumers of different topics still build one straight chain per partner.
create table activity_chain (
    partner_tenant_id uuid        primary key,
    last_seq          bigint      not null,
    last_hash         text        not null
);

-- Signed checkpoints: "partner P's chain had hash H at link N", signed with csp.audit.signing-key (Ed25519).
-- Whoever rewrites rows and recomputes every later hash still cannot produce a matching signature.
create table activity_checkpoint (
    id                bigserial   primary key,
    partner_tenant_id uuid        not null,
    chain_seq         bigint      not null,
    chain_hash        text        not null,
    signed_at         timestamptz not null,
    key_id            text        not null,
    signature         text        not null,
    unique (partner_tenant_id, chain_seq)
);

create function activity_field(v text) returns text language sql immutable as
$$ select case when v is null then '~' else octet_length(v) || ':' || v end || E'\n' $$;

create function activity_micros(t timestamptz) returns text language sql immutable as
$$ select (extract(epoch from t) * 1000000)::bigint::text $$;

create function activity_link_hash(a activity) returns text language sql immutable as
$$ select encode(sha256(convert_to('csp-activity/v1' || E'\n' || a.prev_hash || E'\n'
        || activity_field(a.id::text) || activity_field(a.chain_seq::text) || activity_field(a.event_id::text)
        || activity_field(a.activity_type) || activity_field(activity_micros(a.occurred_at))
        || activity_field(activity_micros(a.recorded_at)) || activity_field(a.partner_tenant_id::text)
        || activity_field(a.customer_id::text) || activity_field(a.customer_tenant_id::text)
        || activity_field(a.subject_id::text) || activity_field(a.order_id::text) || activity_field(a.product_name)
        || activity_field(a.user_name) || activity_field(a.user_tenant_id::text) || activity_field(a.user_role)
        || activity_field(a.detail), 'UTF8')), 'hex') $$;

-- Entries written before this migration join their partner's chain in id order (recorded_at unknown: occurred_at).
do $$
declare
    entry   record;
    partner uuid;
    seq     bigint;
    prev    text;
begin
    for entry in select id, partner_tenant_id from activity order by partner_tenant_id, id loop
        if partner is distinct from entry.partner_tenant_id then
            if partner is not null then
                insert into activity_chain values (partner, seq, prev);
            end if;
            partner := entry.partner_tenant_id;
            seq := 0;
            prev := repeat('0', 64);
        end if;
        seq := seq + 1;
        update activity set chain_seq = seq, recorded_at = occurred_at, prev_hash = prev where id = entry.id;
        update activity a set hash = activity_link_hash(a) where a.id = entry.id returning a.hash into prev;
    end loop;
    if partner is not null then
        insert into activity_chain values (partner, seq, prev);
    end if;
end $$;

alter table activity
    alter column chain_seq set not null,
    alter column recorded_at set not null,
    alter column prev_hash set not null,
    alter column hash set not null;

-- Reading: newest first within a partner, with keyset paging on (occurred_at, id); one index per filter so that a
-- page costs the same however large the table grows. activity_partner_time (V1) serves the unfiltered log.
create unique index activity_partner_chain on activity (partner_tenant_id, chain_seq);
-- carries the user, so "who read keys or downloaded in the period" is answered from the index alone
create index activity_partner_type_time on activity (partner_tenant_id, activity_type, occurred_at desc, id desc)
    include (user_name, user_tenant_id);
create index activity_partner_customer_time on activity (partner_tenant_id, customer_id, occurred_at desc, id desc);
create index activity_partner_user_time on activity (partner_tenant_id, user_name, occurred_at desc, id desc);
