package dev.csp.order.domain;

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

    public static void record(EntitlementGranted event) {
        add(Kind.KEYS_GRANTED, event.entitlementId(), event.orderId(), event.lineId(), null, event.keyIssued(),
                event.occurredAt());
    }

    public static void record(EntitlementRevoked event) {
        add(Kind.KEYS_REVOKED, event.entitlementId(), event.orderId(), event.lineId(), null, null, event.occurredAt());
    }

    public static void record(ChargeRecorded event) {
        add(Kind.CHARGE_RECORDED, event.chargeId(), event.orderId(), event.lineId(), event.amount(), null,
                event.occurredAt());
    }

    public static void record(CreditIssued event) {
        add(Kind.CREDIT_ISSUED, event.creditId(), event.orderId(), event.lineId(), event.amount(), null,
                event.occurredAt());
    }

    static List<OrderEffect> ofOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : list("orderId in ?1", orderIds);
    }

    Money money() {
        return amount == null ? null : new Money(amount, currency);
    }

    /** Insert-if-absent: the same grant, charge or credit reported twice (under two event ids) counts once. */
    private static void add(Kind kind, UUID referenceId, UUID orderId, UUID lineId, Money amount, Boolean keyIssued,
                            Instant occurredAt) {
        getEntityManager().createNativeQuery("""
                        insert into order_effect (id, kind, reference_id, order_id, line_id, amount, currency, key_issued,
                                                  occurred_at)
                        values (:id, :kind, :reference, :order, :line, cast(:amount as numeric), cast(:currency as text),
                                cast(:keyIssued as boolean), :at)
                        on conflict (kind, reference_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", kind.name())
                .setParameter("reference", referenceId)
                .setParameter("order", orderId)
                .setParameter("line", lineId)
                .setParameter("amount", amount == null ? null : amount.amount())
                .setParameter("currency", amount == null ? null : amount.currency())
                .setParameter("keyIssued", keyIssued)
                .setParameter("at", occurredAt)
                .executeUpdate();
    }
}
