package dev.csp.order.domain;

import dev.csp.events.BillingFrequency;

/** A line as the partner asked for it, before the catalog has priced it. */
public record RequestedLine(String skuId, int quantity, String term, BillingFrequency billing) {
}
