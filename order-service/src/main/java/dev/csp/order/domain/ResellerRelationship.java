package dev.csp.order.domain;

/**
 * Whether a partner may buy on a customer's behalf. Partner Center's reseller relationship: a partner that creates the
 * customer's tenant has it at once ({@link #ACCEPTED}); a partner that registers an existing tenant has sent a request
 * that the customer's Global admin accepts or declines.
 */
public enum ResellerRelationship {
    PENDING, ACCEPTED, DECLINED
}
