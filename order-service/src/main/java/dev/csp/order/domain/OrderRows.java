package dev.csp.order.domain;

import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What placing an order reads and writes, in plain JDBC on the transaction's own connection: the customer, the revisions
 * of the SKUs bought, and the order with its lines (one batch). The POST that every sale takes so opens no Hibernate
 * session (its load, persist and flush were a fifth of order-service's CPU per order); the screens that read orders
 * and the cancellations keep the entities, which map the same rows.
 */
@ApplicationScoped
class OrderRows {

    private static final String CUSTOMER = """
            select partner_name, tenant_id, name, domain, market, created_at, relationship, relationship_decided_at,
                   relationship_decided_by
            from customer where id = ? and partner_tenant_id = ?""";
    private static final String REVISIONS = "select sku_id, revision from catalog_sku where sku_id = any(?)";
    private static final String SNAPSHOT = "select revision, product from catalog_sku where sku_id = ?";
    private static final String ORDER = """
            insert into customer_order (id, customer_id, partner_tenant_id, status, placed_at, placed_by)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String LINE = """
            insert into order_line (id, order_id, position, product_id, sku_id, product_name, kind, quantity, term,
                                    billing, unit_price, currency, tax_included, tax_rate, policy_version, cancellable,
                                    cancellation_days, refund_kind, support_request_above, status, cancelled_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    Statements statements;

    /** The partner's customer; another partner's is as good as absent. Read only: not managed by Hibernate. */
    Optional<Customer> customer(UUID partnerTenantId, UUID customerId) {
        return statements.one("read customer " + customerId, CUSTOMER, select -> {
            select.setObject(1, customerId);
            select.setObject(2, partnerTenantId);
        }, row -> {
            Customer customer = new Customer(customerId, partnerTenantId, row.getString(1),
                    row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5),
                    ResellerRelationship.valueOf(row.getString(7)), row.getTimestamp(6).toInstant());
            Timestamp decidedAt = row.getTimestamp(8);
            customer.relationshipDecidedAt = decidedAt == null ? null : decidedAt.toInstant();
            customer.relationshipDecidedBy = row.getString(9);
            return customer;
        });
    }

    /**
     * The offers of the SKUs this service has, by SKU id; one that it does not have is left out. Only the revisions
     * are read; a revision's snapshot is read and parsed the first time an order needs it.
     */
    Map<String, SkuOffer> offers(Collection<String> skuIds) {
        return statements.with("read the offers of " + skuIds, connection -> {
            Map<String, SkuOffer> offers = new HashMap<>();
            Statements.all(connection, REVISIONS, select -> select.setArray(1, Statements.array(select, "text", skuIds)),
                    row -> {
                        String skuId = row.getString(1);
                        CatalogSku.parsedOffer(skuId, row.getLong(2)).ifPresent(offer -> offers.put(skuId, offer));
                        return skuId;
                    });
            for (String skuId : skuIds) {
                if (!offers.containsKey(skuId)) {
                    Statements.one(connection, SNAPSHOT, select -> select.setString(1, skuId),
                            row -> CatalogSku.parseOffer(skuId, row.getLong(1), row.getString(2)))
                            .ifPresent(offer -> offers.put(skuId, offer));
                }
            }
            return offers;
        });
    }

    /** The new order and its lines: two statements, the lines in one batch. */
    void insert(Order order) {
        statements.update("insert order " + order.id, ORDER, insert -> {
            insert.setObject(1, order.id);
            insert.setObject(2, order.customer.id);
            insert.setObject(3, order.partnerTenantId);
            insert.setString(4, order.status.name());
            insert.setTimestamp(5, Timestamp.from(order.placedAt));
            insert.setString(6, order.placedBy);
        });
        statements.batch("insert the lines of order " + order.id, LINE, order.lines,
                (insert, line) -> bind(insert, order, line));
    }

    private static void bind(PreparedStatement insert, Order order, OrderLine line) throws SQLException {
        insert.setObject(1, line.id);
        insert.setObject(2, order.id);
        insert.setInt(3, line.position);
        insert.setString(4, line.productId);
        insert.setString(5, line.skuId);
        insert.setString(6, line.productName);
        insert.setString(7, line.kind.name());
        insert.setInt(8, line.quantity);
        insert.setString(9, line.term);
        insert.setString(10, line.billing.name());
        insert.setBigDecimal(11, line.unitPrice);
        insert.setString(12, line.currency);
        insert.setBoolean(13, line.taxIncluded);
        insert.setBigDecimal(14, line.taxRate);
        insert.setInt(15, line.policyVersion);
        insert.setBoolean(16, line.cancellable);
        insert.setInt(17, line.cancellationDays);
        insert.setString(18, line.refundKind.name());
        insert.setBigDecimal(19, line.supportRequestAbove);
        insert.setString(20, line.status.name());
        insert.setTimestamp(21, line.cancelledAt == null ? null : Timestamp.from(line.cancelledAt));
    }
}
