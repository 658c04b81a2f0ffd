package dev.csp.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which entries of a partner's log: {@code from} inclusive, {@code to} exclusive; the filters are optional. */
public record ActivityQuery(UUID partnerTenantId, Instant from, Instant to, ActivityType type, UUID customerId,
                            String userName) {

    /** The SQL condition, with its parameters in {@link #parameters()} order. Every variant has an index. */
    String condition() {
        StringBuilder where = new StringBuilder("partner_tenant_id = ? and occurred_at >= ? and occurred_at < ?");
        if (type != null) {
            where.append(" and activity_type = ?");
        }
        if (customerId != null) {
            where.append(" and customer_id = ?");
        }
        if (userName != null) {
            where.append(" and user_name = ?");
        }
        return where.toString();
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>(List.of(partnerTenantId, from, to));
        if (type != null) {
            parameters.add(type.name());
        }
        if (customerId != null) {
            parameters.add(customerId);
        }
        if (userName != null) {
            parameters.add(userName);
        }
        return parameters;
    }
}
