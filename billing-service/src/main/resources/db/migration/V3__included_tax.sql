-- Prices in Australia and Brazil include tax (catalog-service V5 keeps each market's rate). Each charge keeps the
-- rate of the tax its price contains and the tax its amount contains (amount × rate / (1 + rate), half-up to the
-- minor unit); each credit the share of that tax it reverses; invoice lines copy both. All null where tax is not
-- included, and on lines sold before rates were published (tax included, amount not known).
alter table charge add column tax_rate numeric(6,4), add column tax_amount numeric(19,4);
alter table credit add column tax_amount numeric(19,4);
alter table invoice_line add column tax_rate numeric(6,4), add column tax_amount numeric(19,4);
