package dev.csp.order.api;

import dev.csp.order.domain.Customer;
import dev.csp.order.domain.ResellerRelationship;
import java.time.Instant;
import java.util.UUID;

/** A customer; {@code relationship} says whether the partner may buy for it (only when ACCEPTED). */
public record CustomerView(UUID id, String name, UUID tenantId, String domain, String market, Instant createdAt,
                           ResellerRelationship relationship) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.id, customer.name, customer.tenantId, customer.domain, customer.market,
                customer.createdAt, customer.relationship);
    }
}
