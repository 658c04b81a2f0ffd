package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.testing.DemoUser.ADATUM_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.LITWARE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;

import dev.csp.order.domain.Order;
import dev.csp.testing.DemoTenants;
import dev.csp.kit.security.Roles;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buying for a customer needs a reseller relationship its Global admin accepted (issue 18, item 8): registering an
 * existing tenant sends a request; creating a new tenant has the relationship at once.
 */
@QuarkusTest
class RelationshipRequestTest {

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @Test
    void anOrderIsRefusedUntilTheCustomersGlobalAdminAccepts() {
        String customer = register(DemoTenants.ADATUM);
        partnerAgent().get("/v1/customers/{c}", customer).then().statusCode(200)
                .body("relationship", equalTo("PENDING"));
        long before = orders();

        refused(customer).body("detail", containsString("not yet accepted"));
        assertEquals(before, orders(), "a refused order changes nothing");

        as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo("adatum-admin"));
        partnerAgent().get("/v1/customers/{c}", customer).then().body("relationship", equalTo("ACCEPTED"));
        partnerGlobalAdmin().body(Map.of("lines", List.of(line(CatalogFixture.PERPETUAL_SKU, 1, null))))
                .post("/v1/customers/{c}/orders", customer).then().statusCode(201);
        assertEquals(before + 1, orders());
    }

    @Test
    void aDeclinedRequestKeepsRefusingAndCannotBeAcceptedAfterwards() {
        String customer = register(DemoTenants.ADATUM);

        as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/decline", customer).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/decline", customer).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("relationship-already-decided"));

        refused(customer).body("detail", containsString("declined"));
    }

    @Test
    void acceptingTwiceAnswersTheSameAndDecliningAfterwardsIsRefused() {
        String customer = register(DemoTenants.ADATUM);
        Map<String, Object> first = as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer)
                .then().statusCode(200).extract().path("");
        Map<String, Object> again = as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer)
                .then().statusCode(200).extract().path("");

        assertEquals(first, again, "the second acceptance changes nothing, not even when it was decided");
        as(ADATUM_ADMIN).post("/v1/relationship-requests/{r}/decline", customer).then().statusCode(409)
                .body("code", equalTo("relationship-already-decided"));
    }

    @Test
    void anotherTenantsGlobalAdminCannotAnswerNorSeeTheRequest() {
        String customer = register(DemoTenants.ADATUM);

        as(LITWARE_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer).then().statusCode(404)
                .contentType("application/problem+json");
        as(LITWARE_ADMIN).post("/v1/relationship-requests/{r}/decline", customer).then().statusCode(404);
        as(LITWARE_ADMIN).get("/v1/relationship-requests").then().statusCode(200)
                .body("id", not(hasItem(customer)))
                .body("customerTenantId", everyItem(equalTo(DemoTenants.LITWARE.toString())));
        // a partner's own Global admin is not the customer's
        partnerGlobalAdmin().post("/v1/relationship-requests/{r}/acceptance", customer).then().statusCode(403);
        as(CONTOSO_GLOBAL_ADMIN).post("/v1/relationship-requests/{r}/acceptance", customer).then().statusCode(403);
        as(CONTOSO_ADMIN_AGENT).get("/v1/relationship-requests").then().statusCode(403);
        refused(customer);
    }

    @Test
    void theCustomersGlobalAdminSeesOnlyRequestsToTheirTenant() {
        String toAdatum = register(DemoTenants.ADATUM);
        String toLitware = register(DemoTenants.LITWARE);

        as(ADATUM_ADMIN).queryParam("status", "PENDING").get("/v1/relationship-requests").then().statusCode(200)
                .body("id", hasItem(toAdatum)).body("id", not(hasItem(toLitware)))
                .body("customerTenantId", everyItem(equalTo(DemoTenants.ADATUM.toString())))
                .body("status", everyItem(equalTo("PENDING")))
                .body("find { it.id == '" + toAdatum + "' }.partnerTenantId", equalTo(partner.toString()));
        as(LITWARE_ADMIN).get("/v1/relationship-requests").then().statusCode(200)
                .body("id", hasItem(toLitware)).body("id", not(hasItem(toAdatum)));
        as(ADATUM_ADMIN).queryParam("status", "MAYBE").get("/v1/relationship-requests").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCustomerInANewTenantIsBoughtForAtOnceAndTheTenantMustBeChosenOneWay() {
        String customer = Api.newCustomer(CONTOSO_ADMIN_AGENT, "US");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().body("relationship", equalTo("ACCEPTED"));
        Api.placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        Map<String, Object> both = Map.of("name", "Both Ltd", "tenantId", UUID.randomUUID().toString(), "newTenant", true,
                "domain", "both.example", "market", "US");
        as(CONTOSO_ADMIN_AGENT).body(both).post("/v1/customers").then().statusCode(400)
                .contentType("application/problem+json");
        as(CONTOSO_ADMIN_AGENT).body(Map.of("name", "Neither Ltd", "domain", "neither.example", "market", "US"))
                .post("/v1/customers").then().statusCode(400).contentType("application/problem+json");
        as(CONTOSO_ADMIN_AGENT).body(Map.of("name", "Neither Ltd", "newTenant", false, "domain", "neither.example",
                "market", "US")).post("/v1/customers").then().statusCode(400);
    }

    /** A partner of its own for each test (a partner registers a tenant once), with an admin agent and a global admin. */
    private final UUID partner = UUID.randomUUID();

    private RequestSpecification partnerAgent() {
        return given().header("Authorization", "Bearer " + TestTokens.token("partner-agent", partner,
                Set.of(Roles.ADMIN_AGENT))).contentType(ContentType.JSON);
    }

    private RequestSpecification partnerGlobalAdmin() {
        return given().header("Authorization", "Bearer " + TestTokens.token("partner-global-admin", partner,
                Set.of(Roles.GLOBAL_ADMIN))).contentType(ContentType.JSON);
    }

    /** The test's partner registers an existing tenant: a reseller relationship request. */
    private String register(UUID tenant) {
        return partnerAgent().body(Map.of("name", "Requested " + tenant, "tenantId", tenant.toString(),
                        "domain", "requested.example", "market", "US"))
                .post("/v1/customers").then().statusCode(201).body("relationship", equalTo("PENDING"))
                .extract().path("id");
    }

    private ValidatableResponse refused(String customer) {
        return partnerAgent().body(Map.of("lines", List.of(line(CatalogFixture.PERPETUAL_SKU, 1, null))))
                .post("/v1/customers/{c}/orders", customer).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("reseller-relationship-required"));
    }

    private static long orders() {
        return QuarkusTransaction.requiringNew().call(() -> Order.count());
    }
}
