package dev.csp.order.api;

import dev.csp.order.domain.Customer;
import dev.csp.order.domain.ResellerRelationship;
import java.time.Instant;
import java.util.UUID;

/** A partner's reseller relationship request, as the customer's Global admin sees it. */
public record RelationshipRequestView(UUID id, UUID partnerTenantId, String partnerName, UUID customerTenantId,
                                      String customerName, String domain, Instant requestedAt,
                                      ResellerRelationship status, Instant decidedAt, String decidedBy) {

    static RelationshipRequestView of(Customer customer) {
        return new RelationshipRequestView(customer.id, customer.partnerTenantId, customer.partnerName,
                customer.tenantId, customer.name, customer.domain, customer.createdAt, customer.relationship,
                customer.relationshipDecidedAt, customer.relationshipDecidedBy);
    }
}
