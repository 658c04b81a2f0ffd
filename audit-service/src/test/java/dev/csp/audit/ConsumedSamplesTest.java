package dev.csp.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.testing.DemoUser;
import dev.csp.testing.EventSamples;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Consumer-side contract: every event audit-service logs, fed as its checked-in sample (event-contracts samples/), is
 * one entry of Contoso's activity log, of its type and about its subject, as written. (The checkpoint-signed sample's
 * signature is made up: the anchor reader ignores it by design, AnchorTest.)
 */
@QuarkusTest
class ConsumedSamplesTest {

    /** Each logged topic: the entry type its sample becomes, and which of the sample's fields the entry is about. */
    private static final Map<String, Expected> EXPECTED = Map.of(
            "software-key-accessed", new Expected("KEY_ACCESSED", "entitlementId", "contoso-admin-agent", null),
            "download-link-created", new Expected("DOWNLOAD_LINK_CREATED", "entitlementId", "contoso-admin-agent",
                    "2025 en-US x64"),
            "download-link-revoked", new Expected("DOWNLOAD_LINK_REVOKED", "entitlementId", "contoso-admin-agent",
                    "2025 en-US x64, link made by contoso-admin-agent"),
            "software-downloaded", new Expected("SOFTWARE_DOWNLOADED", "entitlementId", "contoso-admin-agent",
                    "2025 en-US x64"),
            "order-placed", new Expected("ORDER_PLACED", "orderId", "contoso-admin-agent", "1 line(s)"),
            "order-cancelled", new Expected("ORDER_CANCELLED", "orderId", "contoso-admin-agent", "1 line(s)"),
            "entitlement-revoked", new Expected("ENTITLEMENT_REVOKED", "entitlementId", null, null),
            "refund-approved", new Expected("REFUND_APPROVED", "refundRequestId", "ops-support-agent", "500.00 USD"),
            "credit-issued", new Expected("CREDIT_ISSUED", "creditId", null, "2138.00 USD FULL_REFUND"));

    record Expected(String type, String subjectField, String userName, String detail) {
    }

    static Stream<String> topics() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void everyTopicTheServiceLogsIsCoveredHere() {
        assertEquals(ActivityLog.topics(), EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theSampleBecomesOneEntryOfItsType(String topic) {
        Expected expected = EXPECTED.get(topic);
        ObjectNode sample = EventSamples.send(topic);
        String about = "{ it.subjectId == '" + sample.path(expected.subjectField()).asText() + "' }";
        String entry = "find " + about;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> log(expected.type())
                .body("findAll " + about + ".size()", equalTo(1))
                .body(entry + ".type", equalTo(expected.type()))
                .body(entry + ".orderId", equalTo(sample.path("orderId").asText()))
                .body(entry + ".userName", equalTo(expected.userName()))
                .body(entry + ".detail", equalTo(expected.detail()))
                .body(entry + ".occurredAt", equalTo(sample.path("occurredAt").asText())));
        EventSamples.assertNotDeadLettered("audit-service", topic, sample);
    }

    /** Contoso's entries of the type around the samples' month; every sample is of Contoso and of November 2026. */
    private static io.restassured.response.ValidatableResponse log(String type) {
        return given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_GLOBAL_ADMIN))
                .queryParam("type", type).queryParam("from", "2026-10-01T00:00:00Z")
                .queryParam("to", "2026-12-01T00:00:00Z").queryParam("limit", 500)
                .get("/v1/activity-log").then().statusCode(200);
    }
}
