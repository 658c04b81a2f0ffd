package dev.csp.order.api;

import dev.csp.order.domain.Customer;
import java.time.Instant;
import java.util.UUID;

public record CustomerView(UUID id, String name, UUID tenantId, String domain, String market, Instant createdAt) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.id, customer.name, customer.tenantId, customer.domain, customer.market,
                customer.createdAt);
    }
}
