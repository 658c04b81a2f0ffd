package dev.csp.order.domain;

import dev.csp.kit.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The reseller relationship requests to one customer tenant, as its Global admin sees and answers them. A request is
 * the partner's customer record; a request to another tenant answers not found.
 */
@ApplicationScoped
public class RelationshipRequests {

    @Inject
    Clock clock;

    @Transactional
    public List<Customer> to(UUID customerTenantId, ResellerRelationship status, int offset, int count) {
        return Customer.requestsTo(customerTenantId, status, offset, count);
    }

    /** Accepts or declines; the same answer again is answered as before, a different one is a 409. */
    @Transactional
    public Customer answer(UUID customerTenantId, UUID requestId, ResellerRelationship answer, String userName) {
        Customer request = Customer.<Customer>findByIdOptional(requestId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.tenantId.equals(customerTenantId))
                .orElseThrow(() -> Failure.notFound("Relationship request", requestId));
        request.decide(answer, userName, clock.instant());
        return request;
    }
}
