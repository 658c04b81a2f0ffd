package dev.csp.audit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events and readers for tests that need a partner of their own (a fresh random tenant), so no test sees another's. */
final class Fixtures {

    static final Map<String, String> VARIANT = Map.of("version", "2025", "language", "en-US", "bitness", "x64");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A compliance reader (or any other role) of the given partner tenant. */
    static RequestSpecification reader(UUID partner, String role) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role + "-of-" + partner, partner, Set.of(role)));
    }

    static RequestSpecification auditor(UUID partner) {
        return reader(partner, "global-admin");
    }

    static SoftwareKeyAccessed keyRead(UUID partner, String user, Instant at) {
        return keyRead(partner, UUID.randomUUID(), user, at, "Windows Server 2025 Standard");
    }

    static SoftwareKeyAccessed keyRead(UUID partner, UUID customer, String user, Instant at, String product) {
        return event(SoftwareKeyAccessed.class, activity(partner, customer, user, at, product));
    }

    static DownloadLinkCreated linkCreated(UUID partner, String user, Instant at) {
        Map<String, Object> fields = activity(partner, UUID.randomUUID(), user, at, "SQL Server 2022 Standard");
        fields.put("variant", VARIANT);
        fields.put("expiresAt", at.plusSeconds(3600).toString());
        return event(DownloadLinkCreated.class, fields);
    }

    /** {@code user} revoked a link that {@code creator} (a partner's admin agent) had made. */
    static DownloadLinkRevoked linkRevoked(UUID partner, String user, String creator, Instant at) {
        Map<String, Object> fields = activity(partner, UUID.randomUUID(), user, at, "SQL Server 2022 Standard");
        fields.put("variant", VARIANT);
        fields.put("linkId", UUID.randomUUID());
        fields.put("linkCreatedBy", Map.of("userId", UUID.randomUUID(), "userName", creator, "tenantId", partner,
                "role", "admin-agent"));
        return event(DownloadLinkRevoked.class, fields);
    }

    static SoftwareDownloaded downloaded(UUID partner, String user, Instant at) {
        Map<String, Object> fields = activity(partner, UUID.randomUUID(), user, at, "SQL Server 2022 Standard");
        fields.put("variant", VARIANT);
        return event(SoftwareDownloaded.class, fields);
    }

    static EntitlementRevoked revoked(UUID partner, Instant at) {
        Map<String, Object> fields = new HashMap<>(Map.of("eventId", UUID.randomUUID(), "occurredAt", at.toString(),
                "orderId", UUID.randomUUID(), "lineId", UUID.randomUUID(), "entitlementId", UUID.randomUUID(),
                "partnerTenantId", partner, "customerId", UUID.randomUUID(), "customerTenantId", DemoTenants.ADATUM));
        return event(EntitlementRevoked.class, fields);
    }

    /** The fields every activity event has; built from JSON, as the service receives them, so new fields cost nothing. */
    private static Map<String, Object> activity(UUID partner, UUID customer, String user, Instant at, String product) {
        return new HashMap<>(Map.of("eventId", UUID.randomUUID(), "occurredAt", at.toString(), "entitlementId", UUID.randomUUID(),
                "orderId", UUID.randomUUID(), "partnerTenantId", partner, "customerId", customer,
                "customerTenantId", DemoTenants.ADATUM, "productName", product,
                "actor", Map.of("userId", UUID.randomUUID(), "userName", user, "tenantId", DemoTenants.ADATUM,
                        "role", "customer-global-admin")));
    }

    private static <E extends Event> E event(Class<E> type, Map<String, Object> fields) {
        try {
            return EventCodec.fromJson(JSON.writeValueAsString(fields), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records events as the listener does, each in a transaction of its own. */
    static void record(ActivityLog log, Event... events) {
        for (Event event : events) {
            QuarkusTransaction.requiringNew().run(() -> log.record(event));
        }
    }

    static void record(ActivityLog log, List<? extends Event> events) {
        events.forEach(event -> record(log, event));
    }
}
