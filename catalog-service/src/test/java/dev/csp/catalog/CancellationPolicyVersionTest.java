package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.MutableClock;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A new policy version is published at once but applies only to purchases from the day it takes effect. */
@QuarkusTest
class CancellationPolicyVersionTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aNewVersionIsPublishedAtOnceAndSellsFromTheDayItTakesEffect() {
        Map<String, Object> latest = latestVersion("SERVER_SUBSCRIPTION");
        int latestVersion = (Integer) latest.get("version");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = List.of(today, LocalDate.parse((String) latest.get("effectiveFrom"))).stream()
                .max(Comparator.naturalOrder()).orElseThrow().plusDays(30);

        as(DemoUser.OPS_CATALOG_ADMIN).body(Map.of("kind", "SERVER_SUBSCRIPTION", "effectiveFrom", from.toString(),
                        "cancellable", true, "windowDays", 30, "refundKind", "PRORATED",
                        "supportRequestAbove", latest.get("supportRequestAbove")))
                .post("/v1/products/cancellation-policies").then().statusCode(201)
                .body("version", equalTo(latestVersion + 1)).body("effectiveFrom", equalTo(from.toString()));

        ProductPublished snapshot = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC, r ->
                "windows-server-subscription".equals(r.key()) && EventCodec.fromJson(r.value(), ProductPublished.class)
                        .cancellationPolicies().size() == latestVersion + 1).value(), ProductPublished.class);
        assertEquals(from, snapshot.cancellationPolicies().get(latestVersion).effectiveFrom());
        assertEquals(latestVersion, ProductPublished.CancellationPolicy.inEffect(snapshot.cancellationPolicies(), today)
                .orElseThrow().version());
        policyOfWindowsServerSubscription().body("cancellationPolicy.version", equalTo(latestVersion))
                .body("cancellationWindowDays", equalTo(60));

        clock.advance(Duration.between(clock.instant(), from.atStartOfDay(ZoneOffset.UTC)).minusMinutes(1));
        policyOfWindowsServerSubscription().body("cancellationPolicy.version", equalTo(latestVersion));
        clock.advance(Duration.ofMinutes(2));
        policyOfWindowsServerSubscription().body("cancellationPolicy.version", equalTo(latestVersion + 1))
                .body("cancellationWindowDays", equalTo(30)).body("cancellationPolicy.supportRequestAbove.amount", equalTo("50000.00"));
    }

    @Test
    void aVersionThatWouldReachBackIsRefusedAndOnlyCatalogAdminsMayAddOne() {
        Map<String, Object> latest = latestVersion("PERPETUAL_SOFTWARE");
        Map<String, Object> sameDay = Map.of("kind", "PERPETUAL_SOFTWARE", "effectiveFrom", latest.get("effectiveFrom"),
                "cancellable", true, "windowDays", 60, "refundKind", "FULL",
                "supportRequestAbove", latest.get("supportRequestAbove"));

        as(DemoUser.OPS_CATALOG_ADMIN).body(sameDay).post("/v1/products/cancellation-policies").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("policy-must-take-effect-later"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).body(sameDay).post("/v1/products/cancellation-policies").then().statusCode(403);
        as(DemoUser.OPS_CATALOG_ADMIN).body(Map.of("kind", "SOFTWARE_PLAN")).post("/v1/products/cancellation-policies")
                .then().statusCode(400).body("code", equalTo("invalid-request"));
        assertEquals(latest, latestVersion("PERPETUAL_SOFTWARE"));
    }

    private static io.restassured.response.ValidatableResponse policyOfWindowsServerSubscription() {
        return as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "US").get("/v1/products/windows-server-subscription")
                .then().statusCode(200);
    }

    private static Map<String, Object> latestVersion(String kind) {
        List<Map<String, Object>> versions = as(DemoUser.CONTOSO_SALES_AGENT).queryParam("kind", kind)
                .get("/v1/products/cancellation-policies").then().statusCode(200).extract().path("");
        return versions.get(versions.size() - 1);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user)).contentType(ContentType.JSON);
    }
}
