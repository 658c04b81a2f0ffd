package dev.csp.order.domain;

import dev.csp.events.Event;
import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * What entitlement-service and billing-service report about orders (grants, revocations, charges, credits), recorded
 * as {@link OrderEffect}s: a poll's facts in one batched insert on the transaction's own connection, each fact once by
 * the id of its grant, charge or credit (the same fact reported twice, under two event ids, counts once).
 */
@ApplicationScoped
public class ReportedEffects {

    private static final String INSERT = """
            insert into order_effect (id, kind, reference_id, order_id, line_id, amount, currency, key_issued, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (kind, reference_id) do nothing""";

    @Inject
    Statements statements;

    /** Events of other types report nothing about an order and are passed over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<? extends Event> events) {
        List<OrderEffect> facts = events.stream().map(OrderEffect::reportedBy).flatMap(Optional::stream).toList();
        statements.batch("record " + facts.size() + " order effect(s)", INSERT, facts, (insert, fact) -> {
            insert.setObject(1, fact.id);
            insert.setString(2, fact.kind.name());
            insert.setObject(3, fact.referenceId);
            insert.setObject(4, fact.orderId);
            insert.setObject(5, fact.lineId);
            insert.setBigDecimal(6, fact.amount);
            insert.setString(7, fact.currency);
            if (fact.keyIssued == null) {
                insert.setNull(8, Types.BOOLEAN);
            } else {
                insert.setBoolean(8, fact.keyIssued);
            }
            insert.setTimestamp(9, Timestamp.from(fact.occurredAt));
        });
    }
}
