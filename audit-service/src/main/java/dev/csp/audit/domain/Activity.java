package dev.csp.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a partner's activity log. Written once, never changed, and a link of the partner's hash chain:
 * {@link #hash} covers {@link #prevHash} and every other field (see {@link ActivityHash}). Written
 * in plain JDBC by {@link ActivityChain} ({@link ActivityInsert} lists the columns: a field added here goes
 * there too).
 */
@Entity
public class Activity extends PanacheEntityBase {

    @Id
    // assigned by ActivityChain from activity_id_seq before the insert: the hash covers the id
    public Long id;

    @Column(nullable = false, updatable = false)
    public long chainSeq;

    @Column(nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, updatable = false)
    public ActivityType type;

    @Column(nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(updatable = false)
    public UUID customerId;

    @Column(updatable = false)
    public UUID customerTenantId;

    @Column(nullable = false, updatable = false)
    public UUID subjectId;

    @Column(updatable = false)
    public UUID orderId;

    @Column(updatable = false)
    public String productName;

    @Column(updatable = false)
    public String userName;

    @Column(updatable = false)
    public UUID userTenantId;

    @Column(updatable = false)
    public String userRole;

    @Column(updatable = false)
    public String detail;

    @Column(nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(nullable = false, updatable = false)
    public String prevHash;

    @Column(nullable = false, updatable = false)
    public String hash;
}
