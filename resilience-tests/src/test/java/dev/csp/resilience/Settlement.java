package dev.csp.resilience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the platform recorded for one customer, compared with what the driver was told, the way Kafka's own system
 * tests check transactions: the input set must equal the output set, with no duplicates. Everything is read from the
 * services' own databases, each the authority for its part.
 */
final class Settlement {

    /** One thing the platform got wrong: lost (missing) or doubled (more than once, or never asked for). */
    record Finding(String kind, String what, UUID id) {
        @Override
        public String toString() {
            return kind + " " + what + " " + id;
        }
    }

    private record Line(UUID id, UUID orderId, boolean cancelled, boolean perpetual) {
    }

    private final List<Finding> findings = new ArrayList<>();
    final int orders;
    final int lines;
    final int cancelledOrders;
    final int cancelledLines;
    final long keyReadRecords;
    final long outboxWaiting;

    private Settlement(UUID customerId, OrderDriver driver) {
        Set<UUID> recordedOrders = new HashSet<>(Databases.ids("order",
                "select id from customer_order where customer_id = ?", customerId));
        compareSets("order", driver.placed.keySet(), recordedOrders);
        Set<UUID> recordedCancellations = new HashSet<>(Databases.ids("order",
                "select id from customer_order where customer_id = ? and status = 'CANCELLED'", customerId));
        compareSets("cancellation", driver.cancelled.keySet(), recordedCancellations);

        List<Line> orderLines = Databases.select("order", """
                select l.id, l.order_id, l.status = 'CANCELLED', l.kind = 'PERPETUAL'
                from order_line l join customer_order o on o.id = l.order_id where o.customer_id = ?""",
                new Object[] {customerId},
                row -> new Line(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getBoolean(3), row.getBoolean(4)));
        Set<UUID> allLines = new HashSet<>();
        Set<UUID> cancelled = new HashSet<>();
        for (Line line : orderLines) {
            allLines.add(line.id());
            if (line.cancelled()) {
                cancelled.add(line.id());
            }
        }
        exactlyOnce("entitlement", allLines, perLine("entitlement",
                "select line_id, count(*) from entitlement where customer_id = ? group by line_id", customerId));
        Map<UUID, Long> usable = perLine("entitlement",
                "select line_id, count(*) from entitlement where customer_id = ? and (status <> 'REVOKED' or revoked_at is null"
                        + " or key_ciphertext is not null) group by line_id", customerId);
        cancelled.stream().filter(usable::containsKey).forEach(line -> findings.add(new Finding("lost", "revocation of line", line)));
        exactlyOnce("charge", allLines, perLine("billing",
                "select line_id, count(*) from charge where customer_id = ? and installment = 0 group by line_id", customerId));
        exactlyOnce("credit", cancelled, perLine("billing",
                "select line_id, count(*) from credit where customer_id = ? and refund_request_id is null group by line_id",
                customerId));
        exactlyOnce("ORDER_PLACED record", recordedOrders, perLine("audit",
                "select subject_id, count(*) from activity where customer_id = ? and activity_type = 'ORDER_PLACED'"
                        + " group by subject_id", customerId));
        exactlyOnce("ORDER_CANCELLED record", recordedCancellations, perLine("audit",
                "select subject_id, count(*) from activity where customer_id = ? and activity_type = 'ORDER_CANCELLED'"
                        + " group by subject_id", customerId));

        keyReadRecords = Databases.number("audit",
                "select count(*) from activity where customer_id = ? and activity_type = 'KEY_ACCESSED'", customerId);
        int served = driver.keyReads.get();
        if (keyReadRecords < served) {
            findings.add(new Finding("lost", (served - keyReadRecords) + " KEY_ACCESSED record(s) of customer", customerId));
        }
        if (keyReadRecords > served + driver.keyReadsUnanswered.get()) {
            findings.add(new Finding("doubled", (keyReadRecords - served) + " KEY_ACCESSED record(s) of customer", customerId));
        }
        outboxWaiting = Databases.ALL.stream().mapToLong(db -> Databases.number(db, "select count(*) from outbox_event")).sum();

        orders = recordedOrders.size();
        lines = allLines.size();
        cancelledOrders = recordedCancellations.size();
        cancelledLines = cancelled.size();
    }

    static Settlement of(UUID customerId, OrderDriver driver) {
        return new Settlement(customerId, driver);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    long lost() {
        return findings.stream().filter(f -> f.kind().equals("lost")).count();
    }

    long doubled() {
        return findings.stream().filter(f -> f.kind().equals("doubled")).count();
    }

    /** Settled: nothing missing any more and every outbox drained (what is doubled never heals by waiting). */
    boolean settled() {
        return lost() == 0 && outboxWaiting == 0;
    }

    private void compareSets(String what, Set<UUID> told, Set<UUID> recorded) {
        told.stream().filter(id -> !recorded.contains(id)).forEach(id -> findings.add(new Finding("lost", what, id)));
        recorded.stream().filter(id -> !told.contains(id)).forEach(id -> findings.add(new Finding("doubled", what, id)));
    }

    private void exactlyOnce(String what, Set<UUID> expected, Map<UUID, Long> counted) {
        for (UUID id : expected) {
            long count = counted.getOrDefault(id, 0L);
            if (count == 0) {
                findings.add(new Finding("lost", what + " of", id));
            } else if (count > 1) {
                findings.add(new Finding("doubled", what + " (" + count + "x) of", id));
            }
        }
        counted.keySet().stream().filter(id -> !expected.contains(id))
                .forEach(id -> findings.add(new Finding("doubled", what + " without cause:", id)));
    }

    private static Map<UUID, Long> perLine(String service, String sql, UUID customerId) {
        Map<UUID, Long> counts = new HashMap<>();
        Databases.select(service, sql, new Object[] {customerId}, row -> counts.put(row.getObject(1, UUID.class), row.getLong(2)));
        return counts;
    }
}
