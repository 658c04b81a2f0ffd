package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.lineIds;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.testing.EventSamples;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Consumer-side contract: every event order-service consumes, fed as its checked-in sample (event-contracts
 * samples/), is applied and shows through the API. Only the ids that must name this test's order are changed.
 */
@QuarkusTest
class ConsumedSamplesTest {

    private static final String SERVICE = "order-service";
    private static final String PRODUCT = "find { it.id == 'windows-server-2022-standard' }";

    @Test
    void theProductPublishedSampleIsOfferedAndSoldAtItsPrice() {
        ObjectNode product = EventSamples.send("product-published");
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(CONTOSO_ADMIN_AGENT)
                .get("/v1/customers/{c}/products", us).then().statusCode(200)
                .body(PRODUCT + ".name", equalTo("Windows Server 2022 Standard"))
                .body(PRODUCT + ".skus[0].id", equalTo("ws2022-std-16core"))
                .body(PRODUCT + ".skus[0].prices[0].unitPrice.amount", equalTo("1069.00")));
        String au = newCustomer(CONTOSO_ADMIN_AGENT, "AU");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", au).then().statusCode(200)
                .body(PRODUCT + ".skus[0].prices[0].unitPrice.amount", equalTo("1787.37"))
                .body(PRODUCT + ".skus[0].prices[0].unitPrice.currency", equalTo("AUD"))
                .body(PRODUCT + ".taxIncluded", equalTo(true));
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, us, "ws2022-std-16core", null);
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", us, orderId).then().statusCode(200)
                .body("lines[0].unitPrice.amount", equalTo("1069.00"))
                .body("lines[0].productName", equalTo("Windows Server 2022 Standard"));
        EventSamples.assertNotDeadLettered(SERVICE, "product-published", product);
    }

    @Test
    void theGrantChargeRevocationAndCreditSamplesShowOnTheOrder() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String lineId = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0);
        String path = "/v1/customers/" + customer + "/orders/" + orderId;

        Map<String, ObjectNode> sent = new LinkedHashMap<>();
        for (String topic : List.of("entitlement-granted", "charge-recorded")) {
            sent.put(topic, send(topic, orderId, lineId, customer));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(CONTOSO_ADMIN_AGENT).get(path).then()
                .body("effects.keysGranted", equalTo(true))
                .body("effects.chargeRecorded.amount", equalTo("2138.00"))
                .body("effects.chargeRecorded.currency", equalTo("USD")));

        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED).post(path + "/cancellations").then().statusCode(200);
        for (String topic : List.of("entitlement-revoked", "credit-issued")) {
            sent.put(topic, send(topic, orderId, lineId, customer));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(CONTOSO_ADMIN_AGENT).get(path).then()
                .body("effects.keysRevoked", equalTo(true))
                .body("effects.creditIssued.amount", equalTo("2138.00"))
                .body("lines[0].effects.keysRevoked", equalTo(true)));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders", customer).then()
                .body("id", hasItem(orderId));
        sent.forEach((topic, sample) -> EventSamples.assertNotDeadLettered(SERVICE, topic, sample));
    }

    /** The sample, its order, line and customer this test's. */
    private static ObjectNode send(String topic, String orderId, String lineId, String customerId) {
        ObjectNode sample = EventSamples.sample(topic);
        sample.put("orderId", orderId).put("lineId", lineId).put("customerId", customerId);
        EventSamples.send(topic, sample);
        return sample;
    }
}
