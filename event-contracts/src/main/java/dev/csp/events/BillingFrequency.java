package dev.csp.events;

/** How a line is charged: once (perpetual), the whole term up front, or month by month. */
public enum BillingFrequency {
    ONE_TIME,
    UPFRONT,
    MONTHLY
}
