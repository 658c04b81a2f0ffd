package dev.csp.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.audit.domain.Activity;
import dev.csp.events.EventCodec;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityLogTest {

    @Test
    void aKeyReadIsLoggedOnceHoweverOftenItIsDelivered() {
        SoftwareKeyAccessed read = keyRead(DemoTenants.CONTOSO, "adatum-admin");
        String json = EventCodec.toJson(read);
        TestKafka.send(read.topic(), read.key(), json);
        TestKafka.send(read.topic(), read.key(), json);
        SoftwareKeyAccessed marker = keyRead(DemoTenants.CONTOSO, "marker");
        TestKafka.send(marker.topic(), marker.key(), EventCodec.toJson(marker));

        await().atMost(Duration.ofSeconds(20)).until(() -> entries(marker) == 1);
        assertEquals(1, entries(read));
        as(DemoUser.CONTOSO_REFERRAL_ADMIN).get("/v1/activity-log").then().statusCode(200)
                .body("find { it.subjectId == '" + read.entitlement().entitlementId() + "' }.type", equalTo("KEY_ACCESSED"))
                .body("find { it.subjectId == '" + read.entitlement().entitlementId() + "' }.userName", equalTo("adatum-admin"));
        as(DemoUser.CONTOSO_ACCOUNT_ADMIN).get("/v1/activity-log/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aRevokedLinkIsLoggedWithWhoRevokedItAndWhoseLinkItWas() {
        DownloadLinkRevoked revoked = Fixtures.linkRevoked(DemoTenants.CONTOSO, "adatum-admin", "contoso-admin-agent",
                Instant.now());
        TestKafka.send(revoked.topic(), revoked.key(), EventCodec.toJson(revoked));

        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Activity.count("eventId", revoked.eventId())) == 1);
        String entry = "find { it.subjectId == '" + revoked.entitlement().entitlementId() + "' }";
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("type", "DOWNLOAD_LINK_REVOKED").get("/v1/activity-log").then()
                .statusCode(200)
                .body(entry + ".type", equalTo("DOWNLOAD_LINK_REVOKED"))
                .body(entry + ".userName", equalTo("adatum-admin"))
                .body(entry + ".userRole", equalTo("customer-global-admin"))
                .body(entry + ".productName", equalTo("SQL Server 2022 Standard"))
                .body(entry + ".detail", equalTo("2025 en-US x64, link made by contoso-admin-agent"));
        as(DemoUser.FABRIKAM_GLOBAL_ADMIN).get("/v1/activity-log").then().statusCode(200)
                .body("subjectId", not(hasItem(revoked.entitlement().entitlementId().toString())));
        as(DemoUser.CONTOSO_ACCOUNT_ADMIN).get("/v1/activity-log/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void onlyThePartnersComplianceRolesReadItsOwnLog() {
        SoftwareKeyAccessed read = keyRead(DemoTenants.CONTOSO, "contoso-admin-agent");
        TestKafka.send(read.topic(), read.key(), EventCodec.toJson(read));
        await().atMost(Duration.ofSeconds(20)).until(() -> entries(read) == 1);

        for (DemoUser reader : new DemoUser[] {DemoUser.CONTOSO_GLOBAL_ADMIN, DemoUser.CONTOSO_ACCOUNT_ADMIN,
                DemoUser.CONTOSO_REFERRAL_ADMIN, DemoUser.CONTOSO_MARKETING_ADMIN}) {
            as(reader).get("/v1/activity-log").then().statusCode(200).body("subjectId", hasItem(read.entitlement().entitlementId().toString()));
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/activity-log").then().statusCode(403);
        as(DemoUser.CONTOSO_SALES_AGENT).get("/v1/activity-log").then().statusCode(403);
        as(DemoUser.FABRIKAM_GLOBAL_ADMIN).get("/v1/activity-log").then().statusCode(200)
                .body("subjectId", not(hasItem(read.entitlement().entitlementId().toString())));
        given().get("/v1/activity-log").then().statusCode(401);
    }

    @Test
    void badRangesAreProblems() {
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/v1/activity-log").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-range"));
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("from", "last tuesday")
                .get("/v1/activity-log").then().statusCode(400).body("code", equalTo("invalid-date"));
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("from", "2000-01-01T00:00:00Z")
                .get("/v1/activity-log").then().statusCode(400).body("code", equalTo("beyond-retention"));
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("limit", "100000")
                .get("/v1/activity-log").then().statusCode(400).body("code", equalTo("invalid-request"));
    }

    @Test
    void aPoisonRecordIsSetAsideAndTheStreamGoesOn() {
        String poison = "{\"eventId\":\"" + UUID.randomUUID() + "\"}";
        SoftwareKeyAccessed next = keyRead(DemoTenants.CONTOSO, "after-poison");
        TestKafka.send(SoftwareKeyAccessed.TOPIC, "poison", poison);
        TestKafka.send(next.topic(), next.key(), EventCodec.toJson(next));

        await().atMost(Duration.ofSeconds(20)).until(() -> entries(next) == 1);
        TestKafka.await("audit-service.software-key-accessed.dlq", r -> poison.equals(r.value()));
    }

    private static SoftwareKeyAccessed keyRead(UUID partner, String userName) {
        return Fixtures.keyRead(partner, userName, Instant.now());
    }

    private static long entries(SoftwareKeyAccessed read) {
        return QuarkusTransaction.requiringNew().call(() -> Activity.count("subjectId", read.entitlement().entitlementId()));
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }
}
