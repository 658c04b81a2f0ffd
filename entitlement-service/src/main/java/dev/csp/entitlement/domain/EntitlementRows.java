package dev.csp.entitlement.domain;

import dev.csp.events.ProductKind;
import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The hot paths' entitlement rows in plain JDBC: a key read loads its one row outside any transaction, without a
 * Hibernate session (no persistence context to open, fill and dirty-check at commit); a grant batch, on its
 * transaction's own connection (Agroal hands Hibernate and us the same one, as for service-kit's outbox), reads what
 * its lines already have in one query and inserts its entitlements in one batched statement. An {@link Entitlement} read here is not managed:
 * changing it changes nothing in the database.
 */
@ApplicationScoped
class EntitlementRows {

    private static final String COLUMNS = """
            id, order_id, line_id, partner_tenant_id, customer_id, customer_tenant_id, product_id, sku_id, product_name,
            kind, quantity, status, key_ciphertext, key_id, key_digest, granted_at, revoked_at""";
    private static final String BY_ID = "select " + COLUMNS + " from entitlement where id = ?";
    private static final String INSERT = "insert into entitlement (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINES = """
            select line.id, exists (select 1 from entitlement e where e.line_id = line.id),
                   exists (select 1 from cancelled_line c where c.line_id = line.id)
            from unnest(?::uuid[]) as line(id)""";
    private static final String REMEMBER_CANCELLED = """
            insert into cancelled_line (line_id, order_id, cancelled_at) values (?, ?, ?)
            on conflict (line_id) do nothing""";

    @Inject
    Statements statements;

    /** What the lines of a grant batch already have: an entitlement, or a cancellation that came first. */
    record Lines(Set<UUID> granted, Set<UUID> cancelled) {
    }

    /** The entitlement as stored now, not managed by Hibernate; read outside any transaction, in one round trip. */
    Optional<Entitlement> byId(UUID id) {
        return statements.alone("read entitlement " + id, connection -> Statements.one(connection, BY_ID,
                select -> select.setObject(1, id), EntitlementRows::entitlement));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Lines lines(Collection<UUID> lineIds) {
        Set<UUID> granted = new HashSet<>();
        Set<UUID> cancelled = new HashSet<>();
        statements.all("read " + lineIds.size() + " line(s)", LINES,
                select -> select.setArray(1, Statements.array(select, "uuid", lineIds)), row -> {
                    UUID lineId = row.getObject(1, UUID.class);
                    if (row.getBoolean(2)) {
                        granted.add(lineId);
                    }
                    if (row.getBoolean(3)) {
                        cancelled.add(lineId);
                    }
                    return lineId;
                });
        return new Lines(granted, cancelled);
    }

    /**
     * One batched statement for the whole batch. A failure (a key digest or line already there) fails the whole
     * transaction, as a flush would have.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void insert(List<Entitlement> entitlements) {
        statements.batch("insert " + entitlements.size() + " entitlement(s)", INSERT, entitlements,
                EntitlementRows::bind);
    }

    /** A cancellation that came before its order; written at once, so a grant later in the transaction sees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void rememberCancelled(UUID lineId, UUID orderId, Instant now) {
        statements.update("remember cancelled line " + lineId, REMEMBER_CANCELLED, insert -> {
            insert.setObject(1, lineId);
            insert.setObject(2, orderId);
            insert.setObject(3, utc(now));
        });
    }

    private static void bind(PreparedStatement insert, Entitlement entitlement) throws SQLException {
        insert.setObject(1, entitlement.id);
        insert.setObject(2, entitlement.orderId);
        insert.setObject(3, entitlement.lineId);
        insert.setObject(4, entitlement.partnerTenantId);
        insert.setObject(5, entitlement.customerId);
        insert.setObject(6, entitlement.customerTenantId);
        insert.setString(7, entitlement.productId);
        insert.setString(8, entitlement.skuId);
        insert.setString(9, entitlement.productName);
        insert.setString(10, entitlement.kind.name());
        insert.setInt(11, entitlement.quantity);
        insert.setString(12, entitlement.status.name());
        insert.setBytes(13, entitlement.keyCiphertext);
        insert.setString(14, entitlement.keyId);
        insert.setBytes(15, entitlement.keyDigest);
        insert.setObject(16, utc(entitlement.grantedAt));
        if (entitlement.revokedAt == null) {
            insert.setNull(17, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(17, utc(entitlement.revokedAt));
        }
    }

    private static Entitlement entitlement(ResultSet row) throws SQLException {
        Entitlement entitlement = new Entitlement();
        entitlement.id = row.getObject("id", UUID.class);
        entitlement.orderId = row.getObject("order_id", UUID.class);
        entitlement.lineId = row.getObject("line_id", UUID.class);
        entitlement.partnerTenantId = row.getObject("partner_tenant_id", UUID.class);
        entitlement.customerId = row.getObject("customer_id", UUID.class);
        entitlement.customerTenantId = row.getObject("customer_tenant_id", UUID.class);
        entitlement.productId = row.getString("product_id");
        entitlement.skuId = row.getString("sku_id");
        entitlement.productName = row.getString("product_name");
        entitlement.kind = ProductKind.valueOf(row.getString("kind"));
        entitlement.quantity = row.getInt("quantity");
        entitlement.status = EntitlementStatus.valueOf(row.getString("status"));
        entitlement.keyCiphertext = row.getBytes("key_ciphertext");
        entitlement.keyId = row.getString("key_id");
        entitlement.keyDigest = row.getBytes("key_digest");
        entitlement.grantedAt = instant(row, "granted_at");
        entitlement.revokedAt = instant(row, "revoked_at");
        return entitlement;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
