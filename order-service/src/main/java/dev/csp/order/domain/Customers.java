package dev.csp.order.domain;

import dev.csp.kit.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A partner's customers. Another partner's customer answers not found. */
@ApplicationScoped
public class Customers {

    @Inject
    Clock clock;

    @Transactional
    public Customer get(UUID partnerTenantId, UUID customerId) {
        return Customer.findOf(partnerTenantId, customerId)
                .orElseThrow(() -> Failure.notFound("Customer", customerId));
    }

    @Transactional
    public List<Customer> search(UUID partnerTenantId, String query, int offset, int count) {
        return Customer.search(partnerTenantId, query, offset, count);
    }

    /**
     * Registers a customer. With {@code existingTenantId} the partner asks that tenant for a reseller relationship
     * (pending until its Global admin accepts); without, the partner creates a new tenant for the customer (its GUID
     * minted here) and has the relationship at once, as Partner Center does for the customers a partner creates.
     */
    @Transactional
    public Customer add(UUID partnerTenantId, String partnerName, UUID existingTenantId, String name, String domain,
                        String market) {
        if (existingTenantId != null
                && Customer.count("partnerTenantId = ?1 and tenantId = ?2", partnerTenantId, existingTenantId) > 0) {
            throw Failure.notAllowedNow("customer-exists", "Tenant " + existingTenantId + " is already your customer.");
        }
        UUID tenantId = existingTenantId != null ? existingTenantId : UUID.randomUUID();
        ResellerRelationship relationship = existingTenantId != null ? ResellerRelationship.PENDING
                : ResellerRelationship.ACCEPTED;
        Customer customer = new Customer(UUID.randomUUID(), partnerTenantId, partnerName == null ? "" : partnerName,
                tenantId, name.trim(), domain.trim(), market, relationship, clock.instant());
        customer.persist();
        return customer;
    }
}
