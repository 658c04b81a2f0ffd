package dev.csp.order.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A partner's customer: a tenant (by GUID and primary domain) in one market. It belongs to exactly one partner. */
@Entity
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_tenant_id", nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String domain;

    @Column(nullable = false)
    public String market;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected Customer() {
    }

    public Customer(UUID id, UUID partnerTenantId, UUID tenantId, String name, String domain, String market, Instant createdAt) {
        this.id = id;
        this.partnerTenantId = partnerTenantId;
        this.tenantId = tenantId;
        this.name = name;
        this.domain = domain.toLowerCase(java.util.Locale.ROOT);
        this.market = market;
        this.createdAt = createdAt;
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
