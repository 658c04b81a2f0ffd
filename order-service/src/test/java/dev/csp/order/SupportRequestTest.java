package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.order.Api.lineIds;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_SALES_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.OPS_SUPPORT_AGENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.EventCodec;
import dev.csp.events.order.RefundApproved;
import dev.csp.order.domain.SupportRequest;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refund support requests: filed by the partner, decided by platform support, approval published to billing. */
@QuarkusTest
class SupportRequestTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private String customer;
    private String orderId;
    private String domain;

    @BeforeEach
    void anOrderTooLargeToCancelAlone() {
        CatalogFixture.publishTestCatalog();
        customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 60, null)));
        domain = as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().extract().path("domain");
    }

    @Test
    void aRequestGoesThroughReviewToApprovalWhichPublishesRefundApproved() {
        String key = UUID.randomUUID().toString();
        String id = as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(request(Map.of())).post("/v1/support-requests")
                .then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("orderId", equalTo(orderId))
                .body("customerId", equalTo(customer)).body("amountRequested.amount", equalTo("50000.00"))
                .body("contact.email", equalTo("pat@contoso.example")).body("submittedBy", equalTo("contoso-admin-agent"))
                .extract().path("id");
        as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(request(Map.of())).post("/v1/support-requests")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as(CONTOSO_GLOBAL_ADMIN).get("/v1/support-requests").then().statusCode(200).body("id", hasItem(id));
        as(OPS_SUPPORT_AGENT).queryParam("status", "SUBMITTED").get("/v1/support-requests").then().statusCode(200)
                .body("id", hasItem(id));
        as(OPS_SUPPORT_AGENT).body(approval("45000.00")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(409).body("code", equalTo("not-in-review"));
        as(OPS_SUPPORT_AGENT).post("/v1/support-requests/{id}/review", id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("reviewedBy", equalTo("ops-support-agent"));
        as(OPS_SUPPORT_AGENT).body(approval("50000.01")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(422).body("code", equalTo("approved-amount-invalid"));
        as(OPS_SUPPORT_AGENT).body(approval("45000.00")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("approvedAmount.amount", equalTo("45000.00"));

        RefundApproved event = EventCodec.fromJson(TestKafka.await(RefundApproved.TOPIC, r -> orderId.equals(r.key())).value(),
                RefundApproved.class);
        assertEquals(id, event.refundRequestId().toString());
        assertEquals(lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0), event.lineId().toString(),
                "an order named alone with one line: billing credits that line's charge");
        assertEquals("45000.00", event.amount().amount().toPlainString());
        assertEquals("ops-support-agent", event.approvedBy().userName());
        as(OPS_SUPPORT_AGENT).body(Map.of("reason", "changed my mind")).post("/v1/support-requests/{id}/rejection", id)
                .then().statusCode(409).body("code", equalTo("not-in-review"));
        as(CONTOSO_ADMIN_AGENT).get("/v1/support-requests/{id}", id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void onlyPlatformSupportDecidesAndOnlyTheOwnTenantSeesARequest() {
        String id = submit(request(Map.of()));

        as(CONTOSO_ADMIN_AGENT).post("/v1/support-requests/{id}/review", id).then().statusCode(403);
        as(CONTOSO_SALES_AGENT).get("/v1/support-requests").then().statusCode(403);
        as(CONTOSO_SALES_AGENT).body(request(Map.of())).post("/v1/support-requests").then().statusCode(403);
        given().get("/v1/support-requests").then().statusCode(401);
        String otherTenantsAgent = "Bearer " + TestTokens.token("rogue-agent", dev.csp.testing.DemoTenants.FABRIKAM,
                java.util.Set.of("support-agent"));
        given().header("Authorization", otherTenantsAgent).get("/v1/support-requests").then().statusCode(403);

        as(FABRIKAM_ADMIN_AGENT).get("/v1/support-requests/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        as(FABRIKAM_GLOBAL_ADMIN).get("/v1/support-requests").then().statusCode(200).body("id", not(hasItem(id)));

        as(OPS_SUPPORT_AGENT).post("/v1/support-requests/{id}/review", id).then().statusCode(200);
        as(OPS_SUPPORT_AGENT).body(Map.of("reason", "Outside the refund terms.")).post("/v1/support-requests/{id}/rejection", id)
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decisionNote", equalTo("Outside the refund terms."));
    }

    @Test
    void invalidRequestsAreProblemsThatStoreNothing() {
        long before = requestCount();
        String fabrikamCustomer = newCustomer(FABRIKAM_ADMIN_AGENT, "US");
        String fabrikamOrder = placeOrder(FABRIKAM_ADMIN_AGENT, fabrikamCustomer, CatalogFixture.PERPETUAL_SKU, null);

        post(request(Map.of("customerDomain", ""))).statusCode(400).body("code", equalTo("invalid-request"))
                .body("violations.field", hasItem("customerNamed"));
        post(request(Map.of("orderId", ""))).statusCode(400).body("violations.field", hasItem("purchaseNamed"));
        post(request(Map.of("contact", Map.of("name", "Pat", "email", "not-an-email", "phone", "+1 425 555 0100"))))
                .statusCode(400).body("violations.field", hasItem("contact.email"));
        post(request(Map.of("type", "BILLING_QUESTION"))).statusCode(400).body("code", equalTo("malformed-body"));
        post(request(Map.of("amountRequested", Map.of("amount", "-1", "currency", "USD")))).statusCode(400);
        post(request(Map.of("customerDomain", "nobody.example"))).statusCode(422).body("code", equalTo("unknown-customer"));
        post(request(Map.of("orderId", fabrikamOrder))).statusCode(422).body("code", equalTo("unknown-order"));
        String twoLines = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 1, null),
                line(CatalogFixture.PERPETUAL_SKU, 2, null)));
        post(request(Map.of("orderId", twoLines))).statusCode(422).body("code", equalTo("subscription-required"));
        post(request(Map.of("amountRequested", Map.of("amount", "100.00", "currency", "EUR")))).statusCode(422)
                .body("code", equalTo("currency-mismatch"));
        post(request(Map.of("amountRequested", Map.of("amount", "64140.01", "currency", "USD")))).statusCode(422)
                .body("code", equalTo("amount-exceeds-paid"));
        given().header("Authorization", TestTokens.bearer(CONTOSO_ADMIN_AGENT))
                .contentType("multipart/form-data; boundary=cut-off").body("--cut-off\r\nContent-Disposition: form-data;".getBytes(StandardCharsets.US_ASCII))
                .post("/v1/support-requests").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("unreadable-body"));
        as(OPS_SUPPORT_AGENT).queryParam("status", "LOST").get("/v1/support-requests").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("'status'"));

        assertEquals(before, requestCount());
    }

    @Test
    void aSubscriptionIdNamesTheOrderItBelongsTo() {
        String lineId = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0);

        as(CONTOSO_ADMIN_AGENT).body(request(Map.of("orderId", "", "subscriptionId", lineId))).post("/v1/support-requests")
                .then().statusCode(201).body("orderId", equalTo(orderId)).body("subscriptionId", equalTo(lineId));
    }

    @Test
    void attachmentsAreStoredAndLimitedInSizeTypeAndNumber() {
        String json = EventlessJson.write(request(Map.of()));
        byte[] notes = "Customer ordered twice by mistake.".getBytes(StandardCharsets.UTF_8);

        Map<String, Object> created = multipart(json).multiPart("attachments", "invoice.pdf", PDF, "application/pdf")
                .multiPart("attachments", "../../notes.txt", notes, "text/plain")
                .post("/v1/support-requests").then().statusCode(201)
                .body("attachments.fileName", equalTo(List.of("invoice.pdf", "notes.txt")))
                .body("attachments[0].sizeBytes", equalTo(PDF.length)).extract().path("");
        String id = (String) created.get("id");
        String pdfId = as(CONTOSO_ADMIN_AGENT).get("/v1/support-requests/{id}", id).then().extract().path("attachments[0].id");
        byte[] downloaded = as(OPS_SUPPORT_AGENT).get("/v1/support-requests/{id}/attachments/{a}", id, pdfId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        as(FABRIKAM_ADMIN_AGENT).get("/v1/support-requests/{id}/attachments/{a}", id, pdfId).then().statusCode(404);

        long before = requestCount();
        multipart(json).multiPart("attachments", "setup.pdf", new byte[] {'M', 'Z', 0, 0}, "application/pdf")
                .post("/v1/support-requests").then().statusCode(415).body("code", equalTo("unsupported-attachment-type"));
        multipart(json).multiPart("attachments", "big.pdf", large(), "application/pdf")
                .post("/v1/support-requests").then().statusCode(413).body("code", equalTo("attachment-too-large"));
        multipart(json).multiPart("attachments", "1.txt", notes, "text/plain").multiPart("attachments", "2.txt", notes, "text/plain")
                .multiPart("attachments", "3.txt", notes, "text/plain").multiPart("attachments", "4.txt", notes, "text/plain")
                .post("/v1/support-requests").then().statusCode(413).body("code", equalTo("too-many-attachments"));
        assertEquals(before, requestCount());
    }

    private Map<String, Object> request(Map<String, Object> overrides) {
        Map<String, Object> request = new HashMap<>(Map.of(
                "type", "CSP_PURCHASE_REFUND", "impact", "MODERATE", "title", "Refund for a duplicate order",
                "customerDomain", domain, "orderId", orderId, "refundReason", "The customer ordered the same licences twice.",
                "amountRequested", Map.of("amount", "50000.00", "currency", "USD"),
                "contact", Map.of("name", "Pat Doe", "email", "pat@contoso.example", "phone", "+1 425 555 0100")));
        overrides.forEach((field, value) -> {
            if ("".equals(value)) {
                request.remove(field);
            } else {
                request.put(field, value);
            }
        });
        return request;
    }

    private static Map<String, Object> approval(String usd) {
        return Map.of("approvedAmount", Map.of("amount", usd, "currency", "USD"), "note", "Duplicate confirmed.");
    }

    private static String submit(Map<String, Object> request) {
        return post(request).statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> request) {
        return as(CONTOSO_ADMIN_AGENT).body(request).post("/v1/support-requests").then();
    }

    private static io.restassured.specification.RequestSpecification multipart(String json) {
        return given().header("Authorization", TestTokens.bearer(CONTOSO_ADMIN_AGENT)).contentType("multipart/form-data")
                .multiPart("request", json, "application/json");
    }

    private static byte[] large() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }

    private static long requestCount() {
        return QuarkusTransaction.requiringNew().call(() -> SupportRequest.count());
    }

    /** Request bodies as JSON text, for the multipart form's JSON part. */
    private static final class EventlessJson {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
