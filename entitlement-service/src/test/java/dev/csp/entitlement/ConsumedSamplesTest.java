package dev.csp.entitlement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.testing.DemoUser;
import dev.csp.testing.EventSamples;
import dev.csp.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consumer-side contract: every event entitlement-service consumes, fed as its checked-in sample (event-contracts
 * samples/), is applied and shows in the entitlements list. The samples name Contoso's customer Adatum; the order for
 * the published product's SKU is the order-placed sample with ids of its own and that SKU.
 */
@QuarkusTest
class ConsumedSamplesTest {

    private static final String SERVICE = "entitlement-service";

    @Test
    void theOrderPlacedSampleIsGrantedAndTheOrderCancelledSampleRevokesIt() {
        ObjectNode placed = EventSamples.send("order-placed");
        String customer = placed.path("customerId").asText();
        String entry = "find { it.orderId == '" + placed.path("orderId").asText() + "' }";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> list(DemoUser.CONTOSO_GLOBAL_ADMIN, customer)
                .body(entry + ".lineId", equalTo(placed.path("lines").path(0).path("lineId").asText()))
                .body(entry + ".skuId", equalTo("windows-server-2025-standard-16core"))
                .body(entry + ".productName", equalTo("Windows Server 2025 Standard"))
                .body(entry + ".quantity", equalTo(2))
                .body(entry + ".status", equalTo("ACTIVE"))
                .body(entry + ".keyAvailable", equalTo(true)));
        list(DemoUser.ADATUM_ADMIN, null).body(entry + ".status", equalTo("ACTIVE"));

        ObjectNode cancelled = EventSamples.send("order-cancelled");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> list(DemoUser.CONTOSO_GLOBAL_ADMIN, customer)
                .body(entry + ".status", equalTo("REVOKED"))
                .body(entry + ".keyAvailable", equalTo(false))
                .body(entry + ".revokedAt", notNullValue()));
        EventSamples.assertNotDeadLettered(SERVICE, "order-placed", placed);
        EventSamples.assertNotDeadLettered(SERVICE, "order-cancelled", cancelled);
    }

    @Test
    void theProductPublishedSamplesDownloadsAreOfferedWithItsSku() {
        ObjectNode product = EventSamples.send("product-published");
        ObjectNode order = EventSamples.freshSample("order-placed");
        order.put("orderId", UUID.randomUUID().toString());
        ((ObjectNode) order.path("lines").path(0)).put("lineId", UUID.randomUUID().toString())
                .put("productId", "windows-server-2022-standard").put("skuId", "ws2022-std-16core");
        EventSamples.send("order-placed", order);
        String entry = "find { it.orderId == '" + order.path("orderId").asText() + "' }";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> list(DemoUser.ADATUM_ADMIN, null)
                .body(entry + ".downloads.size()", equalTo(1))
                .body(entry + ".downloads[0].version", equalTo("21H2"))
                .body(entry + ".downloads[0].language", equalTo("en-US"))
                .body(entry + ".downloads[0].bitness", equalTo("x64"))
                .body(entry + ".downloads[0].fileName", equalTo("ws2022-std-16core_21h2_en-us_x64.iso"))
                .body(entry + ".downloads[0].sizeBytes", equalTo(1929822))
                .body(entry + ".downloads[0].sha256",
                        equalTo("e2ea8892234816f408e8cab61142ee74d3eb3790a445a1b76496343eeddd690d")));
        EventSamples.assertNotDeadLettered(SERVICE, "product-published", product);
    }

    private static ValidatableResponse list(DemoUser user, String customerId) {
        var request = given().header("Authorization", TestTokens.bearer(user)).queryParam("limit", 500);
        if (customerId != null) {
            request.queryParam("customerId", customerId);
        }
        return request.get("/v1/entitlements").then().statusCode(200);
    }
}
