-- Prices in Australia and Brazil include tax (the source document: "All commercial pricing excludes tax with the
-- exception of Australia and Brazil"). Until now their prices were the same conversion as everywhere else, so the
-- "tax-inclusive" price contained no tax. The catalog now keeps the rate of each tax-inclusive market and prices
-- there are net list price × catalog exchange rate × (1 + tax rate), rounded half-up to the currency's minor unit.
--
-- tax_rate, tax_name: configuration, one row per tax-inclusive market (null elsewhere). Change a rate with a later
-- migration that updates the market and reprices it as below (and raises the revision of the products it touches).
--   AU: 0.10, GST. Australia's Goods and Services Tax is 10 % (A New Tax System (Goods and Services Tax) Act 1999).
--   BR: 0.1425, "impostos". The source document does not give Brazil's rate, and Brazil's indirect taxes on software
--       licences depend on the municipality and the seller's regime. The configured figure is the municipal ISS at
--       its 5 % ceiling (Lei Complementar 116/2003) plus the federal PIS 1.65 % and COFINS 7.6 % of the
--       non-cumulative regime, summed as one rate on the net price. It is a configured placeholder until finance
--       supplies the rate billed in Brazil.
alter table market add column tax_rate numeric(6,4) check (tax_rate >= 0 and tax_rate < 1),
                   add column tax_name text;
update market set tax_rate = 0.10, tax_name = 'GST' where code = 'AU';
update market set tax_rate = 0.1425, tax_name = 'impostos' where code = 'BR';
alter table market add constraint tax_rate_where_tax_included
    check ((tax_rate is not null) = tax_included and (tax_name is not null) = tax_included);

-- Reprice: the net list price is the US price (USD at rate 1.0, tax excluded), as V3/V4 priced every market from it.
update price p
set amount = round(us.amount * r.per_usd * (1 + m.tax_rate), r.digits)
from price us, market m, currency_rate r
where m.code = p.market and m.tax_included
  and us.sku_id = p.sku_id and us.market = 'US' and coalesce(us.term, '') = coalesce(p.term, '')
  and r.currency = m.currency;

-- every product priced in a tax-inclusive market changes: publish it again (with each price's tax rate)
update product set revision = revision + 1
where id in (select s.product_id from sku s join price p on p.sku_id = s.id join market m on m.code = p.market
             where m.tax_included);
