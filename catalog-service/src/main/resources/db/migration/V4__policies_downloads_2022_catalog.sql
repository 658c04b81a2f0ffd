-- Cancellation policies per product kind (versioned), downloads per software SKU, markets a product is withdrawn
-- from, an index for reading a market's prices, and the starting catalog the issue asks for (2022 editions).

-- The fixed catalog rates V3 priced with, kept as a table so later amounts (thresholds, new prices) use the same ones.
create table currency_rate (
    currency char(3)       primary key,
    per_usd  numeric(12,4) not null check (per_usd > 0),
    digits   int           not null check (digits between 0 and 4)
);
insert into currency_rate (currency, per_usd, digits) values
  ('USD', 1.0, 2), ('EUR', 0.92, 2), ('GBP', 0.79, 2), ('JPY', 150.0, 0), ('AUD', 1.52, 2), ('BRL', 5.0, 2),
  ('CAD', 1.36, 2), ('NZD', 1.65, 2), ('INR', 83.0, 2), ('CHF', 0.88, 2), ('DKK', 6.87, 2), ('NOK', 10.6, 2),
  ('SEK', 10.4, 2), ('KRW', 1330.0, 0), ('TWD', 31.5, 2), ('CNY', 7.2, 2), ('RUB', 90.0, 2);

-- Which purchases of a kind can be cancelled, for how long and for what refund, from effective_from (UTC) until a
-- later version takes effect. Orders keep the version they were sold under, so versions are never changed.
create table cancellation_policy (
    id             bigserial primary key,
    kind           text    not null,
    version        int     not null check (version >= 1),
    effective_from date    not null,
    cancellable    boolean not null,
    window_days    int     not null check (window_days between 0 and 365),
    refund_kind    text    not null check (refund_kind in ('FULL', 'PRORATED', 'NONE')),
    unique (kind, version),
    unique (kind, effective_from),
    check (cancellable = (refund_kind <> 'NONE')),
    check (cancellable = (window_days > 0))
);

-- Above this order amount (one per billing currency) a cancellation needs a customer support request.
create table cancellation_threshold (
    policy_id bigint        not null references cancellation_policy (id),
    currency  char(3)       not null,
    amount    numeric(19,4) not null check (amount > 0),
    primary key (policy_id, currency)
);

insert into cancellation_policy (kind, version, effective_from, cancellable, window_days, refund_kind) values
  ('PERPETUAL_SOFTWARE',  1, date '2026-01-01', true,  60, 'FULL'),
  ('SERVER_SUBSCRIPTION', 1, date '2026-01-01', true,  60, 'PRORATED'),
  ('AZURE_RESERVATION',   1, date '2026-01-01', true,  60, 'PRORATED'),
  ('SOFTWARE_PLAN',       1, date '2026-01-01', false, 0,  'NONE');

-- USD 50,000 in every currency a market is billed in, at the catalog rates
insert into cancellation_threshold (policy_id, currency, amount)
select p.id, r.currency, round(50000 * r.per_usd, r.digits)
from cancellation_policy p
cross join currency_rate r
where p.cancellable and r.currency in (select distinct currency from market);

alter table product drop column policy_version, drop column cancellable, drop column cancellation_days;

-- Markets a catalog-admin has taken a product out of (on top of the markets without Azure reservations).
create table product_withdrawn_market (
    product_id text    not null references product (id),
    market     char(2) not null references market (code),
    primary key (product_id, market)
);

-- "Add products" reads one market's prices: answer from an index, not a scan of every price.
create index price_by_market on price (market, sku_id);

-- One downloadable build of a software SKU. The bits are sample files served by entitlement-service: the first
-- size_bytes bytes of the endless repetition of the UTF-8 bytes of file_name || E'\n', hence the ASCII-only names.
create table download (
    id         bigserial primary key,
    sku_id     text   not null references sku (id),
    version    text   not null,
    language   text   not null check (language ~ '^[a-z]{2}-[A-Z]{2}$'),
    bitness    text   not null check (bitness in ('x64', 'x86', 'arm64')),
    file_name  text   not null unique check (file_name ~ '^[a-z0-9][a-z0-9._-]*$'),
    size_bytes bigint not null check (size_bytes between 1 and 8388608),
    sha256     char(64) not null,
    unique (sku_id, version, language, bitness)
);

-- The starting catalog: 2022 editions. The 2025 perpetual products V3 seeded are retired, not deleted, so their
-- last snapshot (active: false) replaces the one already on the compacted topic.
update product set active = false where id in ('windows-server-2025-standard', 'windows-server-2025-datacenter');
update product set name = 'Windows Server 2022 Standard subscription' where id = 'windows-server-subscription';
update product set name = 'SQL Server 2022 Standard subscription' where id = 'sql-server-subscription';
update sku set name = 'Windows Server 2022 Standard - 16 core subscription' where id = 'ws-std-sub-16core';
update sku set name = 'SQL Server 2022 Standard - 2 core subscription' where id = 'sql-std-sub-2core';
-- every existing product changes shape (policies, downloads): publish each again
update product set revision = revision + 1;

insert into product (id, name, kind, publisher) values
  ('windows-server-2022-standard',          'Windows Server 2022 Standard',                'PERPETUAL_SOFTWARE',  'Microsoft'),
  ('windows-server-2022-datacenter',        'Windows Server 2022 Datacenter',              'PERPETUAL_SOFTWARE',  'Microsoft'),
  ('sql-server-2022-enterprise',            'SQL Server 2022 Enterprise',                  'PERPETUAL_SOFTWARE',  'Microsoft'),
  ('windows-server-datacenter-subscription', 'Windows Server 2022 Datacenter subscription', 'SERVER_SUBSCRIPTION', 'Microsoft'),
  ('sql-server-enterprise-subscription',    'SQL Server 2022 Enterprise subscription',     'SERVER_SUBSCRIPTION', 'Microsoft'),
  ('reserved-vm-d4s-v5',                    'Reserved VM Instance, D4s v5',                'AZURE_RESERVATION',   'Microsoft');

insert into sku (id, product_id, position, name, terms, billing_options, min_quantity, max_quantity) values
  ('ws2022-std-16core',    'windows-server-2022-standard',           1, 'Windows Server 2022 Standard - 16 core license',       '{}',        '{ONE_TIME}',        1, 1000),
  ('ws2022-dc-16core',     'windows-server-2022-datacenter',         1, 'Windows Server 2022 Datacenter - 16 core license',     '{}',        '{ONE_TIME}',        1, 1000),
  ('sql2022-ent-2core',    'sql-server-2022-enterprise',             1, 'SQL Server 2022 Enterprise - 2 core license',          '{}',        '{ONE_TIME}',        1, 1000),
  ('ws-dc-sub-16core',     'windows-server-datacenter-subscription', 1, 'Windows Server 2022 Datacenter - 16 core subscription', '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 1000),
  ('sql-ent-sub-2core',    'sql-server-enterprise-subscription',     1, 'SQL Server 2022 Enterprise - 2 core subscription',     '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 1000),
  ('vm-d2sv5-westeurope',  'reserved-vm-d2s-v5',                     2, 'D2s v5, West Europe',                                  '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 500),
  ('vm-d4sv5-eastus',      'reserved-vm-d4s-v5',                     1, 'D4s v5, East US',                                      '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 500),
  ('vm-d4sv5-westeurope',  'reserved-vm-d4s-v5',                     2, 'D4s v5, West Europe',                                  '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 500),
  ('suse-sles-3plus-vcpu', 'suse-sles-plan',                         2, 'SLES, 3 or more vCPU',                                 '{P1Y,P3Y}', '{UPFRONT}',         1, 500),
  ('rhel-5plus-vcpu',      'redhat-rhel-plan',                       2, 'RHEL, 5 or more vCPU',                                 '{P1Y,P3Y}', '{UPFRONT}',         1, 500);

with list_price (sku_id, term, usd) as (values
  ('ws2022-std-16core',    null,  1069.00), ('ws2022-dc-16core', null, 6155.00), ('sql2022-ent-2core', null, 15123.00),
  ('ws-dc-sub-16core',     'P1Y', 2597.00), ('ws-dc-sub-16core',     'P3Y', 7791.00),
  ('sql-ent-sub-2core',    'P1Y', 5434.00), ('sql-ent-sub-2core',    'P3Y', 16302.00),
  ('vm-d2sv5-westeurope',  'P1Y',  578.00), ('vm-d2sv5-westeurope',  'P3Y', 1119.00),
  ('vm-d4sv5-eastus',      'P1Y', 1056.00), ('vm-d4sv5-eastus',      'P3Y', 2044.00),
  ('vm-d4sv5-westeurope',  'P1Y', 1156.00), ('vm-d4sv5-westeurope',  'P3Y', 2238.00),
  ('suse-sles-3plus-vcpu', 'P1Y',  549.00), ('suse-sles-3plus-vcpu', 'P3Y', 1404.00),
  ('rhel-5plus-vcpu',      'P1Y',  788.00), ('rhel-5plus-vcpu',      'P3Y', 1998.00)
)
insert into price (sku_id, market, term, amount, currency)
select lp.sku_id, m.code, lp.term, round(lp.usd * r.per_usd, r.digits), r.currency
from list_price lp
cross join market m
join currency_rate r on r.currency = m.currency;

-- Media: three builds per product line in seven languages. Both editions and both ways of buying ship 64-bit only
-- (neither Windows Server 2022 nor SQL Server 2022 has a 32-bit build). Sizes 1 to 2 MiB, fixed by the file name.
-- sha256 is precomputed from the sample-file rule (hashing 250 MB here took seconds at every start of a fresh
-- database); SeededDownloadsTest recomputes every one of them.
insert into download (sku_id, version, language, bitness, file_name, size_bytes, sha256) values
  ('ws2022-std-16core', '21H2', 'en-US', 'x64', 'ws2022-std-16core_21h2_en-us_x64.iso', 1929822, 'e2ea8892234816f408e8cab61142ee74d3eb3790a445a1b76496343eeddd690d'),
  ('ws2022-std-16core', '21H2', 'de-DE', 'x64', 'ws2022-std-16core_21h2_de-de_x64.iso', 1407680, 'ddf70140aeebb5bb7abbc240d00399d6825be91686c9f86aacd13cb287a83c4f'),
  ('ws2022-std-16core', '21H2', 'fr-FR', 'x64', 'ws2022-std-16core_21h2_fr-fr_x64.iso', 1968719, '623a177d374a4e3682846c123ecb7668eb46279cc48e1582a89650253aee06f0'),
  ('ws2022-std-16core', '21H2', 'es-ES', 'x64', 'ws2022-std-16core_21h2_es-es_x64.iso', 1092522, '59f0a647c7a1c581b7a71f77a0d375cf45184e4885bbb1b6912846e7fb0dbc1b'),
  ('ws2022-std-16core', '21H2', 'ja-JP', 'x64', 'ws2022-std-16core_21h2_ja-jp_x64.iso', 1787755, '04cb8e8bbb6868955167eebdc8b1bc733d9b4d07c003e82db7ebb19224247100'),
  ('ws2022-std-16core', '21H2', 'zh-CN', 'x64', 'ws2022-std-16core_21h2_zh-cn_x64.iso', 1253399, 'a7316f808e051a423b01ad00999d84f3e013f113e5bef742d0eca7a9aea3be29'),
  ('ws2022-std-16core', '21H2', 'pt-BR', 'x64', 'ws2022-std-16core_21h2_pt-br_x64.iso', 1962855, 'ab8136645730ac660e0af25b3cccca33429823d3c442dd9eaadcc028099ed799'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'en-US', 'x64', 'ws2022-std-16core_21h2-2023-05_en-us_x64.iso', 1282957, 'ba49c67de9b6f2678c74b64e4f297d8b70fcc9b2bd83967bdfc4f42255ca7d07'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'de-DE', 'x64', 'ws2022-std-16core_21h2-2023-05_de-de_x64.iso', 1252429, '6a49ada5264afeb3fe7a1c08af9c12d5262696e8296519b277c2556d0d41ffa7'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'fr-FR', 'x64', 'ws2022-std-16core_21h2-2023-05_fr-fr_x64.iso', 1493578, '7fb0289ef7b368a09753cb454f495b901157c260e81e21b65988043bbe63c064'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'es-ES', 'x64', 'ws2022-std-16core_21h2-2023-05_es-es_x64.iso', 1493843, '2729e423b96cdc035321c806ff0e392d42e1494834eac41a11a26d9a13bfb9ec'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'ja-JP', 'x64', 'ws2022-std-16core_21h2-2023-05_ja-jp_x64.iso', 1715904, '55485d2f5e1875477ba130f038bf384d93d84813bd7fea02854f26254841804a'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'zh-CN', 'x64', 'ws2022-std-16core_21h2-2023-05_zh-cn_x64.iso', 1931234, 'dcbe5388e7cfe34a4e76afd08120630f78e55159b53a39f69f592b9367fa34b1'),
  ('ws2022-std-16core', '21H2 (2023-05 refresh)', 'pt-BR', 'x64', 'ws2022-std-16core_21h2-2023-05_pt-br_x64.iso', 1977359, 'e234f47b4c6c7082c5c72e5a0286ce508030a9f83d17c419c3f84adf5e4fd3e4'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'en-US', 'x64', 'ws2022-std-16core_21h2-2024-10_en-us_x64.iso', 1779594, '515d43ce28d055e0abe43722f3014451b5a5857fdd421a553e79fdd476ac96e1'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'de-DE', 'x64', 'ws2022-std-16core_21h2-2024-10_de-de_x64.iso', 1387024, '10547fd9b8504cbf30ddad8c6ff14460102b8b14e68f226a003f23d9b63444aa'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'fr-FR', 'x64', 'ws2022-std-16core_21h2-2024-10_fr-fr_x64.iso', 1916980, '0d056756f83d3cee3d674c7c3f70344b6f46a7ff6fc27c8b874931710782ceec'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'es-ES', 'x64', 'ws2022-std-16core_21h2-2024-10_es-es_x64.iso', 1840679, '17d97336169ae929c3493c5f42a012ad22a6cccf46e0d68182563f81bee0a150'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'ja-JP', 'x64', 'ws2022-std-16core_21h2-2024-10_ja-jp_x64.iso', 1511135, '9789a0ac6229b91e4976c1a1007ef0e26cf2edd52a2c1506496ba7d93e507140'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'zh-CN', 'x64', 'ws2022-std-16core_21h2-2024-10_zh-cn_x64.iso', 1664217, '05ff0669704ba09e16921ec7418fd4c9e799b4a30ddd034caf9fba29babee881'),
  ('ws2022-std-16core', '21H2 (2024-10 refresh)', 'pt-BR', 'x64', 'ws2022-std-16core_21h2-2024-10_pt-br_x64.iso', 1092335, '561a249103c86bafe946d915fcd6ebad42183b5c673330c2a0f58b7f5755c1fd'),
  ('ws2022-dc-16core', '21H2', 'en-US', 'x64', 'ws2022-dc-16core_21h2_en-us_x64.iso', 1671403, '265866ad423213fa07e7f9235ad59cca3b4f042cc73d8d664fbe7184398cda17'),
  ('ws2022-dc-16core', '21H2', 'de-DE', 'x64', 'ws2022-dc-16core_21h2_de-de_x64.iso', 1356316, '13fa44757e2453ca8e06429d0012090df731b7dada82ba19e231ba9f8d661db4'),
  ('ws2022-dc-16core', '21H2', 'fr-FR', 'x64', 'ws2022-dc-16core_21h2_fr-fr_x64.iso', 1200006, '307796f8b099ffcf4bced32393ca70eb2a2645bb6764aaaa27e325554f38f1d6'),
  ('ws2022-dc-16core', '21H2', 'es-ES', 'x64', 'ws2022-dc-16core_21h2_es-es_x64.iso', 2064365, 'b3c876ae9c8b7475149ac6899dc76416859c0ed7455d2f008289c4524c9207c3'),
  ('ws2022-dc-16core', '21H2', 'ja-JP', 'x64', 'ws2022-dc-16core_21h2_ja-jp_x64.iso', 1590670, '63e457ce4238d46a1787635d61655a4f51134912456ebf5218d8b7e8e24a5f8a'),
  ('ws2022-dc-16core', '21H2', 'zh-CN', 'x64', 'ws2022-dc-16core_21h2_zh-cn_x64.iso', 1892336, 'd6cdf69dc3d983c26d490bdf74cd4b5147f75a936212ddce220cbd1430cb8304'),
  ('ws2022-dc-16core', '21H2', 'pt-BR', 'x64', 'ws2022-dc-16core_21h2_pt-br_x64.iso', 1590351, '97e66864a18a76c5845916adee9f040c7969069e77118a5d897270c7c1f520c1'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'en-US', 'x64', 'ws2022-dc-16core_21h2-2023-05_en-us_x64.iso', 1091864, 'e45f1967e832f1601714416cd9fb0b7fb0a80db6b34e3a38ee7d63ed992118e1'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'de-DE', 'x64', 'ws2022-dc-16core_21h2-2023-05_de-de_x64.iso', 1659110, 'b4549c1656c2e1331683b1584c3782b89d29dff8b2c1e7d63a6e948c07bcdda1'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'fr-FR', 'x64', 'ws2022-dc-16core_21h2-2023-05_fr-fr_x64.iso', 1658265, 'deba75e945388cf5a65b17f095417ea72a87faff0d5d1ab31d38b6814fbd7cda'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'es-ES', 'x64', 'ws2022-dc-16core_21h2-2023-05_es-es_x64.iso', 1915166, '295f00fb343d289a410f7cc8b4b2c0ba85f4affd54fc5d5abcdf280809de6ba1'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'ja-JP', 'x64', 'ws2022-dc-16core_21h2-2023-05_ja-jp_x64.iso', 1580958, '3a3110da46782a221581470c9e01d3f5cc351464c97a181a4a2cef95446e0f3c'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'zh-CN', 'x64', 'ws2022-dc-16core_21h2-2023-05_zh-cn_x64.iso', 1233050, '8864c62623822465bf698fd4ebc626e8eac264c6a6d88145da18d74a0ea7d219'),
  ('ws2022-dc-16core', '21H2 (2023-05 refresh)', 'pt-BR', 'x64', 'ws2022-dc-16core_21h2-2023-05_pt-br_x64.iso', 1626759, '3a0af4a3abd1964d5d688084a8730e087cfb3bf28027c5904c4847b008ed508c'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'en-US', 'x64', 'ws2022-dc-16core_21h2-2024-10_en-us_x64.iso', 1422238, '3c85102739c67e70d2b77844115c0cc135cb38e15060ccbae36ac1540ad4c08a'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'de-DE', 'x64', 'ws2022-dc-16core_21h2-2024-10_de-de_x64.iso', 1777696, '11bf6a3ec3755b394659215c6561a1cb9ba9b8f3b7fe87b22bf93537600f7efd'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'fr-FR', 'x64', 'ws2022-dc-16core_21h2-2024-10_fr-fr_x64.iso', 1799014, '0d0ed5c7f2501d9e8267bb4462a80ac6add6eaf90a8a53ff680a0b00de1e6fc7'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'es-ES', 'x64', 'ws2022-dc-16core_21h2-2024-10_es-es_x64.iso', 1332799, 'c87e20ced59cf1a314be26576fb8ecde7c735abde500f5c24dd05ae3b5369838'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'ja-JP', 'x64', 'ws2022-dc-16core_21h2-2024-10_ja-jp_x64.iso', 1436353, '6ae78b2a0a0ed8a903d25e1fcf4c85602349de9b24da1d1952cab7b08c13547d'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'zh-CN', 'x64', 'ws2022-dc-16core_21h2-2024-10_zh-cn_x64.iso', 1562976, '6ff0497b9d2291d9002e9e1d7cdfee612e07f14b09566050dee1889d2edb3444'),
  ('ws2022-dc-16core', '21H2 (2024-10 refresh)', 'pt-BR', 'x64', 'ws2022-dc-16core_21h2-2024-10_pt-br_x64.iso', 1176532, '482147efb19920d5894382371a283b379af7a9be3221a58bd61e8ea57d68e7d2'),
  ('ws-std-sub-16core', '21H2', 'en-US', 'x64', 'ws-std-sub-16core_21h2_en-us_x64.iso', 2045463, '9e6ba5cd122742a2c752be2e36ccdca5147bf0b9e715c8c8b453875b75e507a5'),
  ('ws-std-sub-16core', '21H2', 'de-DE', 'x64', 'ws-std-sub-16core_21h2_de-de_x64.iso', 1427755, 'ace939fc03904bde0053467a958c0599cd5b67008f64618eb6d16e2c475ac673'),
  ('ws-std-sub-16core', '21H2', 'fr-FR', 'x64', 'ws-std-sub-16core_21h2_fr-fr_x64.iso', 1877355, '36ec9d5a267373be1a02c86f16312b8c6a61cdfac89fa658cde0ae4cd7cdfea3'),
  ('ws-std-sub-16core', '21H2', 'es-ES', 'x64', 'ws-std-sub-16core_21h2_es-es_x64.iso', 1260808, 'e6ec5c4a2076866d2ce1c1f65cd97c8198112717c156db6abf2016cbce4bbe49'),
  ('ws-std-sub-16core', '21H2', 'ja-JP', 'x64', 'ws-std-sub-16core_21h2_ja-jp_x64.iso', 1810979, '584108cb15844b6eb1df809949dfb300705b12b7555725b178274f58104c7da4'),
  ('ws-std-sub-16core', '21H2', 'zh-CN', 'x64', 'ws-std-sub-16core_21h2_zh-cn_x64.iso', 1990310, '6c72a9c9da59aabc159c0e71fd6f4d0e2557ef02b4c4f0067991e2e50f9d1bf9'),
  ('ws-std-sub-16core', '21H2', 'pt-BR', 'x64', 'ws-std-sub-16core_21h2_pt-br_x64.iso', 2010280, '09c33362b3e6abdaae87743ea63aa2a12420da4ed997674b47388885d77872bb'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'en-US', 'x64', 'ws-std-sub-16core_21h2-2023-05_en-us_x64.iso', 1830790, '5e5ccfa521d850b03d65976b6c6f29cd5f7bd537bf51f1bfd0bfe0c4f0a5042b'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'de-DE', 'x64', 'ws-std-sub-16core_21h2-2023-05_de-de_x64.iso', 1346633, 'e262e84e59b03f46bf44145a7bc7c0016f6d4e5cb27f703043bfc6bd0bf2b8d3'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'fr-FR', 'x64', 'ws-std-sub-16core_21h2-2023-05_fr-fr_x64.iso', 1166787, 'b9d4b33d41e649774f047bfdcc6236a35784bd3d14f33811579162a2421c9eb4'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'es-ES', 'x64', 'ws-std-sub-16core_21h2-2023-05_es-es_x64.iso', 1766365, 'a1634477af6d87e37246a15649deefb5de5dfaf51d688ea543f2e61e5a0552dd'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'ja-JP', 'x64', 'ws-std-sub-16core_21h2-2023-05_ja-jp_x64.iso', 1849200, 'b27a77766132348a0b1f2a01c6498e6a3ca6106d9691ecabd371b31338a37064'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'zh-CN', 'x64', 'ws-std-sub-16core_21h2-2023-05_zh-cn_x64.iso', 1985236, 'ae8a5e0fe313a6f2afdd85c091ad683a358520b5e03dea954cd80bd1041f3900'),
  ('ws-std-sub-16core', '21H2 (2023-05 refresh)', 'pt-BR', 'x64', 'ws-std-sub-16core_21h2-2023-05_pt-br_x64.iso', 2024632, '887535764de39fe96593cb6b3b3c8885ad35447e308adb2c543674c126e2f595'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'en-US', 'x64', 'ws-std-sub-16core_21h2-2024-10_en-us_x64.iso', 1435298, '136569a4e877a07925e9ee3f72928a0b489f6c21cc4ec225d134e7a943912301'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'de-DE', 'x64', 'ws-std-sub-16core_21h2-2024-10_de-de_x64.iso', 1424849, 'd9da0f01952d2c26ad9950bd74b877319be946adc2a9ac7fdc9452017a4e0709'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'fr-FR', 'x64', 'ws-std-sub-16core_21h2-2024-10_fr-fr_x64.iso', 1704358, 'a2de51a2c76fb3e59cdaa72978ec2ec338db99b444289b7618c6c2b0c2a26bfb'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'es-ES', 'x64', 'ws-std-sub-16core_21h2-2024-10_es-es_x64.iso', 1820861, '11d88a492ee839aae89304b3a48c2c9b434e6e941045c103d22a8979bb08c3ea'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'ja-JP', 'x64', 'ws-std-sub-16core_21h2-2024-10_ja-jp_x64.iso', 1543453, '01394219a718c912aca280c0aa9434005adc28b4d042a32a0a34e46fd02f2ca2'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'zh-CN', 'x64', 'ws-std-sub-16core_21h2-2024-10_zh-cn_x64.iso', 2064875, '095dab391e7aaac927a6029b4ff63bc47e7cd0ede8b00ff4854f6782cbd8c9b8'),
  ('ws-std-sub-16core', '21H2 (2024-10 refresh)', 'pt-BR', 'x64', 'ws-std-sub-16core_21h2-2024-10_pt-br_x64.iso', 1647928, '499f682fb72d5efdba8bcf736169f57f6de6a9d114c64d5f5470642236c50e8b'),
  ('ws-dc-sub-16core', '21H2', 'en-US', 'x64', 'ws-dc-sub-16core_21h2_en-us_x64.iso', 1967100, 'e9915ec11b66d6707327e2db58e054958ee81a2ef67f72f6b38155d6e855ceaf'),
  ('ws-dc-sub-16core', '21H2', 'de-DE', 'x64', 'ws-dc-sub-16core_21h2_de-de_x64.iso', 2075715, '4773018be6a9ec760192147dcea238e419bc0cbf8ed3b037066d9d954cd9bd2a'),
  ('ws-dc-sub-16core', '21H2', 'fr-FR', 'x64', 'ws-dc-sub-16core_21h2_fr-fr_x64.iso', 1295161, '895c420b294ea28622dd93a2009a8a67a44a507237355dc445a4cca62110e833'),
  ('ws-dc-sub-16core', '21H2', 'es-ES', 'x64', 'ws-dc-sub-16core_21h2_es-es_x64.iso', 1671344, 'fbad2b10205125ed413067319b47d503b33cd6331522ede3bc33b51173211475'),
  ('ws-dc-sub-16core', '21H2', 'ja-JP', 'x64', 'ws-dc-sub-16core_21h2_ja-jp_x64.iso', 2078402, '31d955b8bf99d71e6bbdfd2f071d9618c63df440e06672cc3d99902a9f34224e'),
  ('ws-dc-sub-16core', '21H2', 'zh-CN', 'x64', 'ws-dc-sub-16core_21h2_zh-cn_x64.iso', 1129866, '1df326c1a5d8653db5dbdd7ad8f9056da7be17cf10c96bbb072ec0ab0fb7b5c2'),
  ('ws-dc-sub-16core', '21H2', 'pt-BR', 'x64', 'ws-dc-sub-16core_21h2_pt-br_x64.iso', 1663817, '68643966c180506cba2b1cbbbcec9c36738d4617a5313181fda1fda18a7fbda7'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'en-US', 'x64', 'ws-dc-sub-16core_21h2-2023-05_en-us_x64.iso', 2083921, '2b47b62fe8d3b99b1017d25d544361007ae1e20717baa23d7307163dad481119'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'de-DE', 'x64', 'ws-dc-sub-16core_21h2-2023-05_de-de_x64.iso', 1766541, '6a538e1c8f7eaa2ae47da1b41e86dbecbc3f47d9f01e325cd397d6356c5295cb'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'fr-FR', 'x64', 'ws-dc-sub-16core_21h2-2023-05_fr-fr_x64.iso', 1312978, 'b8d157bf9d5b7651d263ce9588edefc209512628ce986b209d6082630b409bfb'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'es-ES', 'x64', 'ws-dc-sub-16core_21h2-2023-05_es-es_x64.iso', 1449561, '468e23b5a7bfb225bafdc2d76da33b51fe3a8ff3228aae5576a5db7787c3633a'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'ja-JP', 'x64', 'ws-dc-sub-16core_21h2-2023-05_ja-jp_x64.iso', 2083837, 'cef6a2ce1974ebe81c2999439636d72383595a1665a61bcfcf331bf56e8059a2'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'zh-CN', 'x64', 'ws-dc-sub-16core_21h2-2023-05_zh-cn_x64.iso', 1597350, '24ac71e2ae85aaa2dda791d6375b404b0e99201743a8ec03c647f7801ef15dae'),
  ('ws-dc-sub-16core', '21H2 (2023-05 refresh)', 'pt-BR', 'x64', 'ws-dc-sub-16core_21h2-2023-05_pt-br_x64.iso', 1750001, '6ef20c89538c469995ea150739f2dfdebc9c7559c67257ee7f369dad134ce8af'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'en-US', 'x64', 'ws-dc-sub-16core_21h2-2024-10_en-us_x64.iso', 1951609, '3e7edc26259a318f75518be4fd42d59f4b2bea0f45b83bdc41ef40644c8d49cf'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'de-DE', 'x64', 'ws-dc-sub-16core_21h2-2024-10_de-de_x64.iso', 1099029, '8bd36ca265b2f27115ca6cb59c059dc29604c8c41e3a2791ac151a572df7e638'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'fr-FR', 'x64', 'ws-dc-sub-16core_21h2-2024-10_fr-fr_x64.iso', 1753079, 'ac365367a6cdb6d76c8a035fb9d9cb106334e4b9507d23c71ce1d607366d276b'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'es-ES', 'x64', 'ws-dc-sub-16core_21h2-2024-10_es-es_x64.iso', 1226911, '52a1cb29a01066ebdb10564247c3e419f5e30af18468ace2a45f19aa4e9b1a3e'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'ja-JP', 'x64', 'ws-dc-sub-16core_21h2-2024-10_ja-jp_x64.iso', 1570495, 'c170e1491265d143d262bfe2a868af6fed3dd7e72323e5d7bcb84f93bfcd5729'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'zh-CN', 'x64', 'ws-dc-sub-16core_21h2-2024-10_zh-cn_x64.iso', 1392827, '95e34b7e542c197bb087eba658aa41a6cbeca33f86afe3cce5f8431e16a6e7a4'),
  ('ws-dc-sub-16core', '21H2 (2024-10 refresh)', 'pt-BR', 'x64', 'ws-dc-sub-16core_21h2-2024-10_pt-br_x64.iso', 1186520, '17d305cebdd805b66b79e509daf507deaa8c229afa80e39f9d6e1b56cb33273a'),
  ('sql2022-std-2core', '16.0 RTM', 'en-US', 'x64', 'sql2022-std-2core_16.0-rtm_en-us_x64.iso', 1770833, '2e3a26ba2d4cf640668e9a03204ff3fe2368508fdccc2ec5315a95d92f45de22'),
  ('sql2022-std-2core', '16.0 RTM', 'de-DE', 'x64', 'sql2022-std-2core_16.0-rtm_de-de_x64.iso', 2034632, 'c3ac9c29a2b7f3e9460182697fdbddad4ed43f4281e16c4cded0b102595f0d1b'),
  ('sql2022-std-2core', '16.0 RTM', 'fr-FR', 'x64', 'sql2022-std-2core_16.0-rtm_fr-fr_x64.iso', 1247643, '119dbe22230cc7fd6a60a1f17f83813f1627f644826819327ab4ae6defb04983'),
  ('sql2022-std-2core', '16.0 RTM', 'es-ES', 'x64', 'sql2022-std-2core_16.0-rtm_es-es_x64.iso', 1654415, 'c222404d1699c781b412f6fa32f3bd298e8810c63248372ec7cc31cf16fe6296'),
  ('sql2022-std-2core', '16.0 RTM', 'ja-JP', 'x64', 'sql2022-std-2core_16.0-rtm_ja-jp_x64.iso', 1414968, 'ea520ee72c9362649aab8738a042bb496027d2a7630048731e4d28782a76221e'),
  ('sql2022-std-2core', '16.0 RTM', 'zh-CN', 'x64', 'sql2022-std-2core_16.0-rtm_zh-cn_x64.iso', 1622077, 'b7dacebd8230aecfb741036e1ec2af266e50f5c48296d340954440e156e7a38e'),
  ('sql2022-std-2core', '16.0 RTM', 'pt-BR', 'x64', 'sql2022-std-2core_16.0-rtm_pt-br_x64.iso', 1321700, '72cf97fa87100b41e2f50b78d6da75b9a53a648d071789a62ad07fddee064a0e'),
  ('sql2022-std-2core', '16.0 CU12', 'en-US', 'x64', 'sql2022-std-2core_16.0-cu12_en-us_x64.iso', 2054019, '52dd6a01a622d506faa15668fc04acc19cb92113e66760b66446ec5659bc73ed'),
  ('sql2022-std-2core', '16.0 CU12', 'de-DE', 'x64', 'sql2022-std-2core_16.0-cu12_de-de_x64.iso', 1301248, '599a66fc9551e5e13e46ee34df335ec6c70099445d1464fa93d6c7a261aff269'),
  ('sql2022-std-2core', '16.0 CU12', 'fr-FR', 'x64', 'sql2022-std-2core_16.0-cu12_fr-fr_x64.iso', 1536724, 'a5530758275dd7ec0a663a26afaef7225000a2aa5041926a7e8fa53bcfae7e83'),
  ('sql2022-std-2core', '16.0 CU12', 'es-ES', 'x64', 'sql2022-std-2core_16.0-cu12_es-es_x64.iso', 1244635, '5ba1086ab79cdf7d8672a052c16823700505ccd1a2e792dabda676c37fb7ebff'),
  ('sql2022-std-2core', '16.0 CU12', 'ja-JP', 'x64', 'sql2022-std-2core_16.0-cu12_ja-jp_x64.iso', 1081929, 'cdeb0acb225f7d67d869b47c5222bf5d9c479702652cb884d65ef00eb92fcb58'),
  ('sql2022-std-2core', '16.0 CU12', 'zh-CN', 'x64', 'sql2022-std-2core_16.0-cu12_zh-cn_x64.iso', 1941173, 'ac1c49dd684575333da72e1a2156c913ee77f5e79111066ea5fc2f852ef7c002'),
  ('sql2022-std-2core', '16.0 CU12', 'pt-BR', 'x64', 'sql2022-std-2core_16.0-cu12_pt-br_x64.iso', 1236020, '4fd132f7c4728ed42832778918f41acdd7d78dd6d440ec9f8fb7fc9c677f8b96'),
  ('sql2022-std-2core', '16.0 CU16', 'en-US', 'x64', 'sql2022-std-2core_16.0-cu16_en-us_x64.iso', 1208973, '2f4f3c443c22b9f0c204dda94ee289c659ecf4942bb0d7662da92cce54b29bf0'),
  ('sql2022-std-2core', '16.0 CU16', 'de-DE', 'x64', 'sql2022-std-2core_16.0-cu16_de-de_x64.iso', 1756375, '7107bbd88ea03459cce1760a61e9dafcadd6dd3fb20327232fbc32b05a860cf1'),
  ('sql2022-std-2core', '16.0 CU16', 'fr-FR', 'x64', 'sql2022-std-2core_16.0-cu16_fr-fr_x64.iso', 2022627, '724afc9c9d5e34059997a3cc79e9841bd91d74957793f43a5aa258656f043c0a'),
  ('sql2022-std-2core', '16.0 CU16', 'es-ES', 'x64', 'sql2022-std-2core_16.0-cu16_es-es_x64.iso', 2080856, 'ddfb2cbdf5994bff5b6b710de0c65f8535551f78c148c599cbd7339cf1e0d755'),
  ('sql2022-std-2core', '16.0 CU16', 'ja-JP', 'x64', 'sql2022-std-2core_16.0-cu16_ja-jp_x64.iso', 1861916, 'e76b87c84b69db056b2a2b53fa7a2d2d354c45593970d5499a780ec066329a74'),
  ('sql2022-std-2core', '16.0 CU16', 'zh-CN', 'x64', 'sql2022-std-2core_16.0-cu16_zh-cn_x64.iso', 1606715, '2de3f8794d0009a4d9e475c7fc9a7585be36af16efe257981d36a1b1736bf52e'),
  ('sql2022-std-2core', '16.0 CU16', 'pt-BR', 'x64', 'sql2022-std-2core_16.0-cu16_pt-br_x64.iso', 1208862, '7f0102a4be84ef9657a870522a577198ffed8caeeb623832fc7b312aece65f2e'),
  ('sql2022-ent-2core', '16.0 RTM', 'en-US', 'x64', 'sql2022-ent-2core_16.0-rtm_en-us_x64.iso', 1629665, '3a770b19b9f6e9d9a2c8c9e35bb29ac1ce941a3832c3504d0af5dea7c239a8e4'),
  ('sql2022-ent-2core', '16.0 RTM', 'de-DE', 'x64', 'sql2022-ent-2core_16.0-rtm_de-de_x64.iso', 1444498, '0eab23718783f6521c4e5e4a50197aed40ee86529d8423a6964814baef395e90'),
  ('sql2022-ent-2core', '16.0 RTM', 'fr-FR', 'x64', 'sql2022-ent-2core_16.0-rtm_fr-fr_x64.iso', 1755641, '56a859000cb4817528a264faec89f389f972f7d64bd38c67a193c8810ee374e1'),
  ('sql2022-ent-2core', '16.0 RTM', 'es-ES', 'x64', 'sql2022-ent-2core_16.0-rtm_es-es_x64.iso', 1326936, 'fbac638e3f2a582a2483215cf2055d24f356c0c4615e65371841440c52eb22c2'),
  ('sql2022-ent-2core', '16.0 RTM', 'ja-JP', 'x64', 'sql2022-ent-2core_16.0-rtm_ja-jp_x64.iso', 1635668, 'f69219003c0c33df9e4810eebfc23062e066f30cad0a8949b79d17b86c6c5ed6'),
  ('sql2022-ent-2core', '16.0 RTM', 'zh-CN', 'x64', 'sql2022-ent-2core_16.0-rtm_zh-cn_x64.iso', 1652421, '36f7943a5efcb0c03bc2d4d5d811ed1d4f4c7c5007332a528da9083ba4c50d4c'),
  ('sql2022-ent-2core', '16.0 RTM', 'pt-BR', 'x64', 'sql2022-ent-2core_16.0-rtm_pt-br_x64.iso', 1874124, '7f6695183d63d7644a04073585adfc4bc84e55d3ad9896b453d6fd7caa9f3520'),
  ('sql2022-ent-2core', '16.0 CU12', 'en-US', 'x64', 'sql2022-ent-2core_16.0-cu12_en-us_x64.iso', 1090242, '1e78db83fbf7eec2bd18f7ab10b74effcb0861421b4ceebe860ccb386d90b11f'),
  ('sql2022-ent-2core', '16.0 CU12', 'de-DE', 'x64', 'sql2022-ent-2core_16.0-cu12_de-de_x64.iso', 2060652, 'f3ccb4990b5a9162754ab12178cef63c222c8313dd7ba7f2e89a6f12f1d2d933'),
  ('sql2022-ent-2core', '16.0 CU12', 'fr-FR', 'x64', 'sql2022-ent-2core_16.0-cu12_fr-fr_x64.iso', 1636928, 'c49db8a95069f8d10d9a25a928d3cfb120102181880903b61b0a9f2ae4874ba6'),
  ('sql2022-ent-2core', '16.0 CU12', 'es-ES', 'x64', 'sql2022-ent-2core_16.0-cu12_es-es_x64.iso', 1912082, 'a9f282d6460b5609879089b9cf06dd42f65cbcf734fd2089d85b6f150a1a6397'),
  ('sql2022-ent-2core', '16.0 CU12', 'ja-JP', 'x64', 'sql2022-ent-2core_16.0-cu12_ja-jp_x64.iso', 1667774, 'e3a14ed2d91f97a8de65b531ae646093fe2d79458dc99e03eff643f035980b3f'),
  ('sql2022-ent-2core', '16.0 CU12', 'zh-CN', 'x64', 'sql2022-ent-2core_16.0-cu12_zh-cn_x64.iso', 1380904, '95575796ad69942e2af139b1086090f9c21e9a09f5d394e9ad75a33ce5a34ec7'),
  ('sql2022-ent-2core', '16.0 CU12', 'pt-BR', 'x64', 'sql2022-ent-2core_16.0-cu12_pt-br_x64.iso', 1123954, 'd5f96b03b7a7a1d909cc5c0261677c74fcd7c23e0220bca0a4f9ad6e9b911a04'),
  ('sql2022-ent-2core', '16.0 CU16', 'en-US', 'x64', 'sql2022-ent-2core_16.0-cu16_en-us_x64.iso', 1664538, '2469d8cade6c800348602b3f8e84071d1a44b40b634a42158e19708e3687a9c9'),
  ('sql2022-ent-2core', '16.0 CU16', 'de-DE', 'x64', 'sql2022-ent-2core_16.0-cu16_de-de_x64.iso', 1687617, 'c11d8b6ce777b886be568a1d6e827722f37a048da1f0d288b99d0f1004f99d22'),
  ('sql2022-ent-2core', '16.0 CU16', 'fr-FR', 'x64', 'sql2022-ent-2core_16.0-cu16_fr-fr_x64.iso', 1636415, '95b596a6cab867ccad89b2dd0ebcc19e376fe25c3c33c2cc0801bd8daff559b2'),
  ('sql2022-ent-2core', '16.0 CU16', 'es-ES', 'x64', 'sql2022-ent-2core_16.0-cu16_es-es_x64.iso', 1900400, '5c389402a326a4bfab0759804deca0c4d15f6e65941bc535a8263b9963f322ee'),
  ('sql2022-ent-2core', '16.0 CU16', 'ja-JP', 'x64', 'sql2022-ent-2core_16.0-cu16_ja-jp_x64.iso', 2040531, '3cb2b2444d9d7742adf9efb6e3003a65bbf9a0e131921d9d1a17c2afe426b3e8'),
  ('sql2022-ent-2core', '16.0 CU16', 'zh-CN', 'x64', 'sql2022-ent-2core_16.0-cu16_zh-cn_x64.iso', 1293715, '967094f5e78ab3a148c60955d8b2b473863d4106224bdfc897f808ab6c480b2b'),
  ('sql2022-ent-2core', '16.0 CU16', 'pt-BR', 'x64', 'sql2022-ent-2core_16.0-cu16_pt-br_x64.iso', 1595656, 'fb26fbb665107fea0d5a534f70a75e37bcf130eb70c6b1b4c31c460f55cc7d3b'),
  ('sql-std-sub-2core', '16.0 RTM', 'en-US', 'x64', 'sql-std-sub-2core_16.0-rtm_en-us_x64.iso', 1853107, '3b69ba8f6c17145fc4e0ba1359535d7100d7c175db324db081832d6fe355e89f'),
  ('sql-std-sub-2core', '16.0 RTM', 'de-DE', 'x64', 'sql-std-sub-2core_16.0-rtm_de-de_x64.iso', 1665019, 'e36a3c1516d9035bc1e073b40cd8947f6b837f7d46910fb5003291f58d05c089'),
  ('sql-std-sub-2core', '16.0 RTM', 'fr-FR', 'x64', 'sql-std-sub-2core_16.0-rtm_fr-fr_x64.iso', 2066278, 'aa56f6625b918a61f267dd2e23d8060209ec3069bc37122837844dce3a008500'),
  ('sql-std-sub-2core', '16.0 RTM', 'es-ES', 'x64', 'sql-std-sub-2core_16.0-rtm_es-es_x64.iso', 1464192, '7fc97c2fb02709c40a6536863e9bb13316c54b7ab294288dd6cb6fc837442f85'),
  ('sql-std-sub-2core', '16.0 RTM', 'ja-JP', 'x64', 'sql-std-sub-2core_16.0-rtm_ja-jp_x64.iso', 1547145, '96c9bb3d0ab4161a0c78a5ffbf441b9b86fdbae6064eeb311840fc2192196c9c'),
  ('sql-std-sub-2core', '16.0 RTM', 'zh-CN', 'x64', 'sql-std-sub-2core_16.0-rtm_zh-cn_x64.iso', 1498491, 'b5587e28e6745bf5793244a6b47e4ec94ac8c133433c69a041f9873e9b0064e6'),
  ('sql-std-sub-2core', '16.0 RTM', 'pt-BR', 'x64', 'sql-std-sub-2core_16.0-rtm_pt-br_x64.iso', 1687993, 'e5a77eb580f3baa883d0466928a39da862d25edef3b3ccaf15f14246c74b0271'),
  ('sql-std-sub-2core', '16.0 CU12', 'en-US', 'x64', 'sql-std-sub-2core_16.0-cu12_en-us_x64.iso', 2016447, '18506fcacf6df8b582a6e88827dca9e7333cdf7f9f4eff69855d9f124e21dabd'),
  ('sql-std-sub-2core', '16.0 CU12', 'de-DE', 'x64', 'sql-std-sub-2core_16.0-cu12_de-de_x64.iso', 1603870, 'df267796e809e9da63124366afa5526f579ccfca40d49ec3273e0c7d1b8d90e8'),
  ('sql-std-sub-2core', '16.0 CU12', 'fr-FR', 'x64', 'sql-std-sub-2core_16.0-cu12_fr-fr_x64.iso', 1598514, '336c570d6b2be40ee0fc024dba09cf08174f5f40ace96256d8f7b7575d866d4e'),
  ('sql-std-sub-2core', '16.0 CU12', 'es-ES', 'x64', 'sql-std-sub-2core_16.0-cu12_es-es_x64.iso', 1654322, '86de519bf1a6efe842017becd901f07d72d0e22df476cd850b160350f1b8246b'),
  ('sql-std-sub-2core', '16.0 CU12', 'ja-JP', 'x64', 'sql-std-sub-2core_16.0-cu12_ja-jp_x64.iso', 1820399, '225d36feb706977ce2742471f9671022703d6a6bc2cc47a07d9cbfeedc6ff0dd'),
  ('sql-std-sub-2core', '16.0 CU12', 'zh-CN', 'x64', 'sql-std-sub-2core_16.0-cu12_zh-cn_x64.iso', 1802413, 'cf49c8b3017d3b3ebd5083236080c8ba8150909b75d778fbc8078ee54e02842d'),
  ('sql-std-sub-2core', '16.0 CU12', 'pt-BR', 'x64', 'sql-std-sub-2core_16.0-cu12_pt-br_x64.iso', 1701563, '8eec34517eca0532427faf3ca3678cba59c2372979f0eac68efe6e1cf25cff81'),
  ('sql-std-sub-2core', '16.0 CU16', 'en-US', 'x64', 'sql-std-sub-2core_16.0-cu16_en-us_x64.iso', 1430287, '4f50d43ad76c052320a136aaa78478178ee9854478c15fb9d2f10f5c0d074850'),
  ('sql-std-sub-2core', '16.0 CU16', 'de-DE', 'x64', 'sql-std-sub-2core_16.0-cu16_de-de_x64.iso', 1357887, 'c113755f48934bc0fa23892c3849443092b1053fbee3be7cf42d4270a04f4809'),
  ('sql-std-sub-2core', '16.0 CU16', 'fr-FR', 'x64', 'sql-std-sub-2core_16.0-cu16_fr-fr_x64.iso', 1500752, 'c42a682788d3563ddb11115c2d8679748e73e3f69c2dc0479dca4e3f9fa227b8'),
  ('sql-std-sub-2core', '16.0 CU16', 'es-ES', 'x64', 'sql-std-sub-2core_16.0-cu16_es-es_x64.iso', 2035896, 'f40fb995146642aa28c3d942cdbea68b14c9e463a6c64443e1d0fb621ab4fa64'),
  ('sql-std-sub-2core', '16.0 CU16', 'ja-JP', 'x64', 'sql-std-sub-2core_16.0-cu16_ja-jp_x64.iso', 1751432, 'dc5ad5dd845bad8f8c5c8343e11425b5d3af713df151562c8f0097973da7e2ea'),
  ('sql-std-sub-2core', '16.0 CU16', 'zh-CN', 'x64', 'sql-std-sub-2core_16.0-cu16_zh-cn_x64.iso', 1295926, 'd8f77aac33f9800e9b6d59e54da4022d81280aa7514f71002f857400da911589'),
  ('sql-std-sub-2core', '16.0 CU16', 'pt-BR', 'x64', 'sql-std-sub-2core_16.0-cu16_pt-br_x64.iso', 1434308, '236d752983c62152658558198998f3f081f474c9134e0dbbc22c73374ef3857d'),
  ('sql-ent-sub-2core', '16.0 RTM', 'en-US', 'x64', 'sql-ent-sub-2core_16.0-rtm_en-us_x64.iso', 1926829, '65686997f8ee56f0a0435560c320b05950cdb8f885e7e0e5ccd6c22609dbfeb5'),
  ('sql-ent-sub-2core', '16.0 RTM', 'de-DE', 'x64', 'sql-ent-sub-2core_16.0-rtm_de-de_x64.iso', 1327457, '53c6be36498018ae869b09244fe277992fe0df6a34771e79edd95e67654d760d'),
  ('sql-ent-sub-2core', '16.0 RTM', 'fr-FR', 'x64', 'sql-ent-sub-2core_16.0-rtm_fr-fr_x64.iso', 1983673, 'ec777f183d5461d8af3519492471f22f7d9595091aead3eb7c4793dc5f124cd5'),
  ('sql-ent-sub-2core', '16.0 RTM', 'es-ES', 'x64', 'sql-ent-sub-2core_16.0-rtm_es-es_x64.iso', 1917624, '616d04fbaab235d790f55d33ba3571cb573e81fc2f0756f3e8549736760a5b20'),
  ('sql-ent-sub-2core', '16.0 RTM', 'ja-JP', 'x64', 'sql-ent-sub-2core_16.0-rtm_ja-jp_x64.iso', 1861467, 'e0e63d0414aff0ae0002c7ef53131cc5116861665fed6dceb147d3b3f8490e17'),
  ('sql-ent-sub-2core', '16.0 RTM', 'zh-CN', 'x64', 'sql-ent-sub-2core_16.0-rtm_zh-cn_x64.iso', 2016288, '1379b77514c28b72308b5825d4a61b84ddd9bb6dc7738de388aeffd0ec4bf42b'),
  ('sql-ent-sub-2core', '16.0 RTM', 'pt-BR', 'x64', 'sql-ent-sub-2core_16.0-rtm_pt-br_x64.iso', 1493552, '2794cbda696cfbf0e68d9a51fa3f240bb10563b9c0f909686b8b677c3f8cd152'),
  ('sql-ent-sub-2core', '16.0 CU12', 'en-US', 'x64', 'sql-ent-sub-2core_16.0-cu12_en-us_x64.iso', 1100281, '40991ca13a32f70106496d0db8f0d73820d048334813285dee1ee9094a36ad46'),
  ('sql-ent-sub-2core', '16.0 CU12', 'de-DE', 'x64', 'sql-ent-sub-2core_16.0-cu12_de-de_x64.iso', 1108103, '9ef8f335c24290bd06087bbc4bedce9b591c0e7e6853f642de1c2e170992e9c9'),
  ('sql-ent-sub-2core', '16.0 CU12', 'fr-FR', 'x64', 'sql-ent-sub-2core_16.0-cu12_fr-fr_x64.iso', 1661683, '439205d27e98baf554f2c6d44af5f10af114bed8de759f1de5ac94ab066d61a0'),
  ('sql-ent-sub-2core', '16.0 CU12', 'es-ES', 'x64', 'sql-ent-sub-2core_16.0-cu12_es-es_x64.iso', 1442548, 'c71d3d27989e37dbb5abf6006441ce3b27ea12955ac6856a5c28c6453e91e8a6'),
  ('sql-ent-sub-2core', '16.0 CU12', 'ja-JP', 'x64', 'sql-ent-sub-2core_16.0-cu12_ja-jp_x64.iso', 1729182, '5370a6cf848d65b28846cb95b207c405ac68156b8c6865b65779f68efd29652a'),
  ('sql-ent-sub-2core', '16.0 CU12', 'zh-CN', 'x64', 'sql-ent-sub-2core_16.0-cu12_zh-cn_x64.iso', 1348695, '0a4f868c8d30206cdfceb3fe2ac4736f79836b96c4046a2c9e7063dcb5c2b725'),
  ('sql-ent-sub-2core', '16.0 CU12', 'pt-BR', 'x64', 'sql-ent-sub-2core_16.0-cu12_pt-br_x64.iso', 1328375, '01840c665f791bb8e6a78300db6be71faba1aa0138918aa826f5010dc5402292'),
  ('sql-ent-sub-2core', '16.0 CU16', 'en-US', 'x64', 'sql-ent-sub-2core_16.0-cu16_en-us_x64.iso', 1184391, '1c7c66736e1b9e69a8387bdd31747c537c412530b4038938c4b507032819ab47'),
  ('sql-ent-sub-2core', '16.0 CU16', 'de-DE', 'x64', 'sql-ent-sub-2core_16.0-cu16_de-de_x64.iso', 1098398, '07bb0bd479ab44b57b32d0c31c721cbc4786ab0d0943811e550a2e5fcc9ad605'),
  ('sql-ent-sub-2core', '16.0 CU16', 'fr-FR', 'x64', 'sql-ent-sub-2core_16.0-cu16_fr-fr_x64.iso', 1614977, 'b5b9776c03efd10e084132b9be68a4f2158801097681b8f0ecd4a9e591c39c32'),
  ('sql-ent-sub-2core', '16.0 CU16', 'es-ES', 'x64', 'sql-ent-sub-2core_16.0-cu16_es-es_x64.iso', 1170303, '1808905270a2eb29ae346b515c48c69c1b291202fa0021a1f670e3c8bf777edc'),
  ('sql-ent-sub-2core', '16.0 CU16', 'ja-JP', 'x64', 'sql-ent-sub-2core_16.0-cu16_ja-jp_x64.iso', 1234555, 'c81625e32af3a625d44958173a292824eac05b77557e274ec5d614ce4aa70201'),
  ('sql-ent-sub-2core', '16.0 CU16', 'zh-CN', 'x64', 'sql-ent-sub-2core_16.0-cu16_zh-cn_x64.iso', 1751102, 'dd5e43efc06596d2e5ed653a89ec1d0df20746b4f7a5fcbb2902ecc7eefcca39'),
  ('sql-ent-sub-2core', '16.0 CU16', 'pt-BR', 'x64', 'sql-ent-sub-2core_16.0-cu16_pt-br_x64.iso', 1763500, '530f98a05994e18bcc47dd356c85b4676ede5916aac36f4b1d585b10e129c989');

analyze price;
