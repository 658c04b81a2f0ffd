package dev.csp.order.domain;

import dev.csp.kit.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A partner's customers. Another partner's customer answers not found. */
@ApplicationScoped
public class Customers {

    private final Clock clock;

    Customers(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Customer get(UUID partnerTenantId, UUID customerId) {
        return Customer.findOf(partnerTenantId, customerId)
                .orElseThrow(() -> ProblemException.notFound("Customer", customerId));
    }

    @Transactional
    public List<Customer> search(UUID partnerTenantId, String query, int offset, int count) {
        return Customer.search(partnerTenantId, query, offset, count);
    }

    @Transactional
    public Customer add(UUID partnerTenantId, UUID tenantId, String name, String domain, String market) {
        if (Customer.count("partnerTenantId = ?1 and tenantId = ?2", partnerTenantId, tenantId) > 0) {
            throw ProblemException.conflict("customer-exists", "Tenant " + tenantId + " is already your customer.");
        }
        Customer customer = new Customer(UUID.randomUUID(), partnerTenantId, tenantId, name.trim(), domain.trim(), market,
                clock.instant());
        customer.persist();
        return customer;
    }
}
