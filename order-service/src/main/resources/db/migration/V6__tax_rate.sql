-- The rate of the tax a tax-inclusive price contains (0.10: Australia's GST), frozen with the price at purchase;
-- null where tax is not included, and on lines sold before the catalog published rates (tax included, rate unknown).
alter table order_line add column tax_rate numeric(6,4);
