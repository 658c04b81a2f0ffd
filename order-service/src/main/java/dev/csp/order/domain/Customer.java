package dev.csp.order.domain;

import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's customer: a tenant (by GUID and primary domain) in one market. It belongs to exactly one partner, and the
 * partner may buy for it only once the reseller relationship is accepted; the row is also the relationship request
 * that the customer's Global admin sees.
 */
@Entity
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    /** The partner's name as its token said when the customer was registered: what the customer's admin is shown. */
    @Column(nullable = false, updatable = false)
    public String partnerName;

    @Column(nullable = false, updatable = false)
    public UUID tenantId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String domain;

    @Column(nullable = false)
    public String market;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResellerRelationship relationship;

    public Instant relationshipDecidedAt;

    public String relationshipDecidedBy;

    protected Customer() {
    }

    public Customer(UUID id, UUID partnerTenantId, String partnerName, UUID tenantId, String name, String domain,
                    String market, ResellerRelationship relationship, Instant createdAt) {
        this.id = id;
        this.partnerTenantId = partnerTenantId;
        this.partnerName = partnerName;
        this.tenantId = tenantId;
        this.relationship = relationship;
        this.name = name;
        this.domain = domain.toLowerCase(java.util.Locale.ROOT);
        this.market = market;
        this.createdAt = createdAt;
    }

    /** Refuses, changing nothing, when the partner may not buy for this customer (yet). */
    void requireRelationship() {
        if (relationship != ResellerRelationship.ACCEPTED) {
            throw Failure.notAllowedNow("reseller-relationship-required", "You cannot buy for " + name
                    + " yet: its Global admin has " + (relationship == ResellerRelationship.DECLINED ? "declined"
                    : "not yet accepted") + " your reseller relationship request.");
        }
    }

    /** The customer's answer; answering the same way again changes nothing, changing one's mind is refused. */
    void decide(ResellerRelationship answer, String userName, Instant at) {
        if (relationship == answer) {
            return;
        }
        if (relationship != ResellerRelationship.PENDING) {
            throw Failure.notAllowedNow("relationship-already-decided", "This request was already "
                    + relationship.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        relationship = answer;
        relationshipDecidedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        relationshipDecidedBy = userName;
    }

    /** The requests to a customer tenant, newest first. */
    static List<Customer> requestsTo(UUID tenantId, ResellerRelationship status, int offset, int count) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return (status == null ? find("tenantId", newestFirst, tenantId)
                : find("tenantId = ?1 and relationship = ?2", newestFirst, tenantId, status))
                .range(offset, offset + count - 1).list();
    }

    /** The customer if it belongs to the partner; another partner's customer is as good as absent. */
    public static Optional<Customer> findOf(UUID partnerTenantId, UUID customerId) {
        return Customer.<Customer>findByIdOptional(customerId).filter(c -> c.partnerTenantId.equals(partnerTenantId));
    }

    /** The partner's customers whose name, tenant GUID or domain matches {@code query} (all when blank). */
    public static List<Customer> search(UUID partnerTenantId, String query, int offset, int count) {
        Sort byName = Sort.by("name").and("id");
        if (query == null || query.isBlank()) {
            return find("partnerTenantId", byName, partnerTenantId).range(offset, offset + count - 1).list();
        }
        String needle = query.trim().toLowerCase(java.util.Locale.ROOT);
        // the query is text, not a pattern: % and _ match only themselves
        String literal = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return find("partnerTenantId = ?1 and (lower(name) like ?2 escape '\\' or domain like ?2 escape '\\'"
                        + " or cast(tenantId as string) = ?3)",
                byName, partnerTenantId, "%" + literal + "%", needle).range(offset, offset + count - 1).list();
    }
}
