package dev.csp.order.domain;

import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing another service reported about an order line: its entitlement was granted or revoked, its charge
 * recorded, a credit issued. Facts are only ever added, each once (by the id of the entitlement, charge or credit),
 * so they may arrive in any order: a revocation that overtakes its grant is simply a second fact.
 */
@Entity
public class OrderEffect extends PanacheEntityBase {

    public enum Kind {
        KEYS_GRANTED,
        KEYS_REVOKED,
        CHARGE_RECORDED,
        CREDIT_ISSUED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public UUID referenceId;

    @Column(nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public UUID lineId;

    public BigDecimal amount;

    public String currency;

    public Boolean keyIssued;

    @Column(nullable = false)
    public Instant occurredAt;

    protected OrderEffect() {
    }

    /** The fact an event reports, not yet stored ({@link ReportedEffects} inserts a poll's facts together). */
    static Optional<OrderEffect> reportedBy(Event event) {
        if (event instanceof EntitlementGranted granted) {
            return Optional.of(new OrderEffect(Kind.KEYS_GRANTED, granted.entitlementId(), granted.orderId(),
                    granted.lineId(), null, granted.keyIssued(), granted.occurredAt()));
        } else if (event instanceof EntitlementRevoked revoked) {
            return Optional.of(new OrderEffect(Kind.KEYS_REVOKED, revoked.entitlementId(), revoked.orderId(),
                    revoked.lineId(), null, null, revoked.occurredAt()));
        } else if (event instanceof ChargeRecorded charged) {
            return Optional.of(new OrderEffect(Kind.CHARGE_RECORDED, charged.chargeId(), charged.orderId(),
                    charged.lineId(), charged.amount(), null, charged.occurredAt()));
        } else if (event instanceof CreditIssued credited) {
            return Optional.of(new OrderEffect(Kind.CREDIT_ISSUED, credited.creditId(), credited.orderId(),
                    credited.lineId(), credited.amount(), null, credited.occurredAt()));
        }
        return Optional.empty();
    }

    private OrderEffect(Kind kind, UUID referenceId, UUID orderId, UUID lineId, Money amount, Boolean keyIssued,
                        Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.referenceId = referenceId;
        this.orderId = orderId;
        this.lineId = lineId;
        this.amount = amount == null ? null : amount.amount();
        this.currency = amount == null ? null : amount.currency();
        this.keyIssued = keyIssued;
        this.occurredAt = occurredAt;
    }

    static List<OrderEffect> ofOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : list("orderId in ?1", orderIds);
    }

    Money money() {
        return amount == null ? null : new Money(amount, currency);
    }
}
