package dev.csp.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One entry of a partner's activity log. Written once, never changed. */
@Entity
public class Activity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, updatable = false)
    public ActivityType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "partner_tenant_id", nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(name = "customer_id", updatable = false)
    public UUID customerId;

    @Column(name = "customer_tenant_id", updatable = false)
    public UUID customerTenantId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "order_id", updatable = false)
    public UUID orderId;

    @Column(name = "product_name", updatable = false)
    public String productName;

    @Column(name = "user_name", updatable = false)
    public String userName;

    @Column(name = "user_tenant_id", updatable = false)
    public UUID userTenantId;

    @Column(name = "user_role", updatable = false)
    public String userRole;

    @Column(updatable = false)
    public String detail;
}
