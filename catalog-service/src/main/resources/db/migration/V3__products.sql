-- The products partners can buy, with list prices in US dollars converted into each market's billing currency.
-- Rates are fixed catalog rates (not live exchange rates), rounded to each currency's minor unit.

insert into product (id, name, kind, publisher, policy_version, cancellable, cancellation_days) values
  ('windows-server-2025-standard',   'Windows Server 2025 Standard',            'PERPETUAL_SOFTWARE',  'Microsoft', 1, true,  60),
  ('windows-server-2025-datacenter', 'Windows Server 2025 Datacenter',          'PERPETUAL_SOFTWARE',  'Microsoft', 1, true,  60),
  ('sql-server-2022-standard',       'SQL Server 2022 Standard',                'PERPETUAL_SOFTWARE',  'Microsoft', 1, true,  60),
  ('windows-server-subscription',    'Windows Server Standard subscription',    'SERVER_SUBSCRIPTION', 'Microsoft', 1, true,  60),
  ('sql-server-subscription',        'SQL Server Standard subscription',        'SERVER_SUBSCRIPTION', 'Microsoft', 1, true,  60),
  ('reserved-vm-d2s-v5',             'Reserved VM Instance, D2s v5',            'AZURE_RESERVATION',   'Microsoft', 1, true,  60),
  ('suse-sles-plan',                 'SUSE Linux Enterprise Server plan',       'SOFTWARE_PLAN',       'SUSE',      1, false, 0),
  ('redhat-rhel-plan',               'Red Hat Enterprise Linux plan',           'SOFTWARE_PLAN',       'Red Hat',   1, false, 0);

insert into sku (id, product_id, position, name, terms, billing_options, min_quantity, max_quantity) values
  ('ws2025-std-16core',  'windows-server-2025-standard',   1, 'Windows Server 2025 Standard - 16 core license',   '{}',        '{ONE_TIME}',        1, 1000),
  ('ws2025-dc-16core',   'windows-server-2025-datacenter', 1, 'Windows Server 2025 Datacenter - 16 core license', '{}',        '{ONE_TIME}',        1, 1000),
  ('sql2022-std-2core',  'sql-server-2022-standard',       1, 'SQL Server 2022 Standard - 2 core license',        '{}',        '{ONE_TIME}',        1, 1000),
  ('ws-std-sub-16core',  'windows-server-subscription',    1, 'Windows Server Standard - 16 core subscription',   '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 1000),
  ('sql-std-sub-2core',  'sql-server-subscription',        1, 'SQL Server Standard - 2 core subscription',        '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 1000),
  ('vm-d2sv5-eastus',    'reserved-vm-d2s-v5',             1, 'D2s v5, East US',                                  '{P1Y,P3Y}', '{UPFRONT,MONTHLY}', 1, 500),
  ('suse-sles-2vcpu',    'suse-sles-plan',                 1, 'SLES, 1-2 vCPU',                                   '{P1Y,P3Y}', '{UPFRONT}',         1, 500),
  ('rhel-2vcpu',         'redhat-rhel-plan',               1, 'RHEL, 1-4 vCPU',                                   '{P1Y,P3Y}', '{UPFRONT}',         1, 500);

with list_price (sku_id, term, usd) as (values
  ('ws2025-std-16core', null,  1176.00), ('ws2025-dc-16core', null, 6771.00), ('sql2022-std-2core', null, 3945.00),
  ('ws-std-sub-16core', 'P1Y',  451.00), ('ws-std-sub-16core', 'P3Y', 1353.00),
  ('sql-std-sub-2core', 'P1Y', 1418.00), ('sql-std-sub-2core', 'P3Y', 4254.00),
  ('vm-d2sv5-eastus',   'P1Y',  528.00), ('vm-d2sv5-eastus',   'P3Y', 1022.00),
  ('suse-sles-2vcpu',   'P1Y',  219.00), ('suse-sles-2vcpu',   'P3Y',  561.00),
  ('rhel-2vcpu',        'P1Y',  394.00), ('rhel-2vcpu',        'P3Y',  999.00)
), rate (currency, per_usd, digits) as (values
  ('USD', 1.0, 2), ('EUR', 0.92, 2), ('GBP', 0.79, 2), ('JPY', 150.0, 0), ('AUD', 1.52, 2), ('BRL', 5.0, 2),
  ('CAD', 1.36, 2), ('NZD', 1.65, 2), ('INR', 83.0, 2), ('CHF', 0.88, 2), ('DKK', 6.87, 2), ('NOK', 10.6, 2),
  ('SEK', 10.4, 2), ('KRW', 1330.0, 0), ('TWD', 31.5, 2), ('CNY', 7.2, 2), ('ZAR', 18.5, 2), ('MXN', 17.0, 2),
  ('RUB', 90.0, 2), ('PLN', 4.0, 2), ('CZK', 22.8, 2), ('HUF', 355.0, 2), ('SGD', 1.34, 2), ('HKD', 7.8, 2),
  ('IDR', 15600.0, 0), ('MYR', 4.7, 2), ('THB', 35.5, 2), ('PHP', 56.0, 2), ('ILS', 3.7, 2), ('SAR', 3.75, 2),
  ('AED', 3.67, 2), ('TRY', 32.0, 2), ('EGP', 47.0, 2), ('NGN', 1500.0, 2), ('KES', 130.0, 2), ('COP', 3900.0, 2),
  ('ARS', 870.0, 2), ('CLP', 930.0, 0), ('PEN', 3.75, 2), ('VND', 25000.0, 0), ('PKR', 280.0, 2), ('QAR', 3.64, 2),
  ('KWD', 0.31, 3), ('BHD', 0.38, 3), ('OMR', 0.38, 3), ('JOD', 0.71, 3), ('UAH', 39.0, 2), ('RON', 4.6, 2),
  ('BGN', 1.8, 2), ('ISK', 138.0, 0), ('LKR', 300.0, 2), ('BDT', 110.0, 2), ('MAD', 10.0, 2), ('TND', 3.1, 3)
)
insert into price (sku_id, market, term, amount, currency)
select lp.sku_id, m.code, lp.term, round(lp.usd * r.per_usd, r.digits), r.currency
from list_price lp
cross join market m
join rate r on r.currency = m.currency;
