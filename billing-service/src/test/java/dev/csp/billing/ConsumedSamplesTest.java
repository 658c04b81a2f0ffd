package dev.csp.billing;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.testing.DemoUser;
import dev.csp.testing.EventSamples;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consumer-side contract: every event billing-service consumes, fed as its checked-in sample (event-contracts
 * samples/), is applied and shows on the partner's unbilled line items. The refund names an order this test places,
 * so it has a charge of its own to credit.
 */
@QuarkusTest
class ConsumedSamplesTest {

    private static final String SERVICE = "billing-service";

    @Test
    void theOrderPlacedSampleIsChargedAndTheOrderCancelledSampleCredited() {
        ObjectNode placed = EventSamples.send("order-placed");
        String line = placed.path("lines").path(0).path("lineId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> unbilled()
                .body(item(line, "CHARGE") + ".amount.amount", equalTo("2138.00"))
                .body(item(line, "CHARGE") + ".amount.currency", equalTo("USD"))
                .body(item(line, "CHARGE") + ".description", equalTo("Windows Server 2025 Standard × 2")));

        ObjectNode cancelled = EventSamples.send("order-cancelled");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> unbilled()
                .body(item(line, "CREDIT") + ".amount.amount", equalTo("-2138.00"))
                .body(item(line, "CREDIT") + ".reason", equalTo("FULL_REFUND")));
        EventSamples.assertNotDeadLettered(SERVICE, "order-placed", placed);
        EventSamples.assertNotDeadLettered(SERVICE, "order-cancelled", cancelled);
    }

    @Test
    void theRefundApprovedSampleIsCreditedAgainstItsCharge() {
        String orderId = UUID.randomUUID().toString();
        String lineId = UUID.randomUUID().toString();
        ObjectNode placed = EventSamples.freshSample("order-placed");
        placed.put("orderId", orderId);
        ((ObjectNode) placed.path("lines").path(0)).put("lineId", lineId);
        EventSamples.send("order-placed", placed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> unbilled()
                .body(item(lineId, "CHARGE") + ".amount.amount", equalTo("2138.00")));

        ObjectNode refund = EventSamples.sample("refund-approved");
        refund.put("orderId", orderId).put("lineId", lineId);
        EventSamples.send("refund-approved", refund);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> unbilled()
                .body(item(lineId, "CREDIT") + ".amount.amount", equalTo("-500.00"))
                .body(item(lineId, "CREDIT") + ".amount.currency", equalTo("USD")));
        EventSamples.assertNotDeadLettered(SERVICE, "refund-approved", refund);
    }

    private static ValidatableResponse unbilled() {
        return RestAssured.given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ACCOUNT_ADMIN))
                .queryParam("currency", "USD").queryParam("limit", 1000)
                .get("/v1/billing/unbilled/line-items").then().statusCode(200);
    }

    private static String item(String lineId, String type) {
        return "lineItems.find { it.lineId == '" + lineId + "' && it.type == '" + type + "' }";
    }
}
