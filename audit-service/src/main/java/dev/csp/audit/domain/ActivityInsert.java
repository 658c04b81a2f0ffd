package dev.csp.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inserts a batch of linked entries in one statement: each column goes as one array, {@code unnest} turns the arrays
 * back into rows. The columns are exactly those {@link Activity} maps (and {@link ActivityRows} reads): a field added
 * to the entity is added here too.
 */
final class ActivityInsert {

    private static final List<Column> COLUMNS = List.of(
            new Column("id", "int8", a -> a.id),
            new Column("chain_seq", "int8", a -> a.chainSeq),
            new Column("event_id", "uuid", a -> a.eventId),
            new Column("activity_type", "text", a -> a.type == null ? null : a.type.name()),
            new Column("occurred_at", "timestamptz", a -> a.occurredAt == null ? null : a.occurredAt.toString()),
            new Column("recorded_at", "timestamptz", a -> a.recordedAt == null ? null : a.recordedAt.toString()),
            new Column("partner_tenant_id", "uuid", a -> a.partnerTenantId),
            new Column("customer_id", "uuid", a -> a.customerId),
            new Column("customer_tenant_id", "uuid", a -> a.customerTenantId),
            new Column("subject_id", "uuid", a -> a.subjectId),
            new Column("order_id", "uuid", a -> a.orderId),
            new Column("product_name", "text", a -> a.productName),
            new Column("user_name", "text", a -> a.userName),
            new Column("user_tenant_id", "uuid", a -> a.userTenantId),
            new Column("user_role", "text", a -> a.userRole),
            new Column("detail", "text", a -> a.detail),
            new Column("prev_hash", "text", a -> a.prevHash),
            new Column("hash", "text", a -> a.hash));
    /** Instants go as ISO-8601 text (microseconds at most, see ActivityHash.storable), which PostgreSQL reads exactly. */
    private static final String INSERT = "insert into activity ("
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + ") select * from unnest("
            + COLUMNS.stream().map(c -> "?::" + c.type() + "[]").collect(Collectors.joining(", ")) + ")";

    private ActivityInsert() {
    }

    /** On the transaction's connection: the entries commit or roll back with the rest of it. */
    static void insert(Connection connection, List<Activity> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column column = COLUMNS.get(i);
                insert.setArray(i + 1, connection.createArrayOf(column.type(), entries.stream().map(column.value()).toArray()));
            }
            insert.executeUpdate();
        }
    }

    private record Column(String name, String type, Function<Activity, Object> value) {
    }
}
