package dev.csp.catalog.domain;

import dev.csp.events.Money;

/** A price to set: a SKU's price for a term (null: perpetual) in a market, in the market's currency. */
public record MarketPrice(String market, String term, Money unitPrice) {
}
