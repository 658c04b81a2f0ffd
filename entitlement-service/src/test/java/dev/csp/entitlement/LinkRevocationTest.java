package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.anyone;
import static dev.csp.entitlement.Purchases.as;
import static dev.csp.entitlement.Purchases.createLink;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.events.EventCodec;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Revoke link": one link sent to the wrong person stops working at once; the others and the key keep working. */
@QuarkusTest
class LinkRevocationTest {

    @Test
    void aRevokedLinkIsGoneAtOnceWhileTheOtherLinkAndTheKeyKeepWorking() {
        Purchase purchase = Purchases.buy(1);
        Link kept = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        Link wrongPerson = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        anyone().get(wrongPerson.url).then().statusCode(200);

        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, wrongPerson);

        anyone().get(wrongPerson.url).then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("download-link-revoked")).body("detail", containsString("revoked on"));
        anyone().get(kept.url).then().statusCode(200);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", purchase.entitlement().id).then()
                .statusCode(200);
        createLink(DemoUser.ADATUM_ADMIN, purchase.entitlement(), purchase.build()).then().statusCode(201);
    }

    @Test
    void theRevocationIsPublishedOnceWithWhoRevokedItAndWhoseLinkItWas() {
        Purchase purchase = Purchases.buy(1);
        Link link = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        Link marker = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);

        revokes(DemoUser.ADATUM_ADMIN, purchase, link);
        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, link); // again: nothing changes
        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, marker);

        // one entitlement's events share a key, so they arrive in the order they were written: the marker comes last
        List<DownloadLinkRevoked> revoked = revocations(marker.id);
        List<DownloadLinkRevoked> ofLink = revoked.stream().filter(e -> e.linkId().equals(link.id)).toList();
        assertEquals(1, ofLink.size(), "revoking twice publishes once");
        DownloadLinkRevoked event = ofLink.get(0);
        assertEquals("adatum-admin", event.actor().userName(), "the first to revoke it");
        assertEquals("customer-global-admin", event.actor().role());
        assertEquals("contoso-admin-agent", event.linkCreatedBy().userName());
        assertEquals(purchase.entitlement().id, event.entitlement().entitlementId());
        assertEquals(purchase.entitlement().partnerTenantId, event.entitlement().partnerTenantId());
        assertEquals(purchase.build().language(), event.variant().language());
    }

    @Test
    void theLinksMadeAreListedNewestFirstWithWhoMadeAndWhoRevokedThem() {
        Purchase purchase = Purchases.buy(1);
        Link older = Link.made(DemoUser.ADATUM_ADMIN, purchase);
        Link newer = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, older);

        for (DemoUser user : List.of(DemoUser.CONTOSO_ADMIN_AGENT, DemoUser.ADATUM_ADMIN)) {
            as(user).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("linkId", contains(newer.id.toString(), older.id.toString()))
                    .body("state", contains("ACTIVE", "REVOKED"))
                    .body("createdBy", contains("contoso-admin-agent", "adatum-admin"))
                    .body("revokedBy", contains(nullValue(), equalTo("contoso-admin-agent")))
                    .body("[0].language", equalTo(purchase.build().language()))
                    .body("[0].url", nullValue());
        }
    }

    @Test
    void aCancellationRevokesEveryLinkAndRevokingOneAfterwardsChangesNothing() {
        Purchase purchase = Purchases.buy(1);
        Link link = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        OrderEvents.send(OrderEvents.cancelled(purchase.order()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(purchase.order()).get(0).isRevoked());

        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, link);

        anyone().get(link.url).then().statusCode(410).body("detail", containsString("cancelled"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                .statusCode(200).body("state", contains("REVOKED")).body("revokedBy", contains(nullValue()));
        // as in DownloadLinkTest: the relay is woken at the commit, so two seconds is ample for a wrong event to show
        TestKafka.readUntil(DownloadLinkRevoked.TOPIC, r -> false, Duration.ofSeconds(2)).forEach(r ->
                assertFalse(r.value().contains(link.id.toString()), "the cancellation revoked it, not a user"));
    }

    @Test
    void nobodyElseRevokesOrListsAndARefusalChangesNothing() {
        Purchase purchase = Purchases.buy(2);
        Link link = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);
        Link marker = Link.made(DemoUser.CONTOSO_ADMIN_AGENT, purchase);

        for (DemoUser roleWithout : List.of(DemoUser.CONTOSO_SALES_AGENT, DemoUser.CONTOSO_GLOBAL_ADMIN,
                DemoUser.CONTOSO_ACCOUNT_ADMIN, DemoUser.ADATUM_USER)) {
            revoke(roleWithout, purchase, link.id).then().statusCode(403).contentType("application/problem+json");
            as(roleWithout).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                    .statusCode(403);
        }
        for (DemoUser otherTenant : List.of(DemoUser.FABRIKAM_ADMIN_AGENT, DemoUser.LITWARE_ADMIN,
                DemoUser.NORTHWIND_ADMIN)) {
            revoke(otherTenant, purchase, link.id).then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("not-found"));
            as(otherTenant).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                    .statusCode(404).contentType("application/problem+json");
        }
        // the link of one purchased line cannot be revoked through another line's entitlement
        as(DemoUser.CONTOSO_ADMIN_AGENT).delete("/v1/entitlements/{id}/download-links/{linkId}",
                purchase.entitlements().get(1).id, link.id).then().statusCode(404)
                .contentType("application/problem+json");
        given().delete("/v1/entitlements/{id}/download-links/{linkId}", purchase.entitlement().id, link.id).then()
                .statusCode(401);

        anyone().get(link.url).then().statusCode(200);
        revokes(DemoUser.CONTOSO_ADMIN_AGENT, purchase, marker);
        assertEquals(List.of(marker.id), revocations(marker.id).stream()
                .filter(e -> e.entitlement().entitlementId().equals(purchase.entitlement().id)).map(DownloadLinkRevoked::linkId)
                .toList(), "a refused request publishes nothing");
    }

    @Test
    void badIdsAreProblems() {
        Purchase purchase = Purchases.buy(1);
        UUID entitlement = purchase.entitlement().id;

        for (String path : List.of("/v1/entitlements/not-a-guid/download-links/" + UUID.randomUUID(),
                "/v1/entitlements/" + entitlement + "/download-links/not-a-guid",
                "/v1/entitlements/" + entitlement + "/download-links/" + UUID.randomUUID(),
                "/v1/entitlements/" + UUID.randomUUID() + "/download-links/" + UUID.randomUUID())) {
            as(DemoUser.CONTOSO_ADMIN_AGENT).delete(path).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString(" "));
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/not-a-guid/download-links").then().statusCode(404)
                .contentType("application/problem+json");
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    /** The user revokes the link, and is answered 204 No Content. */
    private static void revokes(DemoUser user, Purchase purchase, Link link) {
        revoke(user, purchase, link.id).then().statusCode(204);
    }

    private static Response revoke(DemoUser user, Purchase purchase, UUID linkId) {
        return as(user).delete("/v1/entitlements/{id}/download-links/{linkId}", purchase.entitlement().id, linkId);
    }

    /** Every revocation published up to and including the marker's. */
    private static List<DownloadLinkRevoked> revocations(UUID marker) {
        List<DownloadLinkRevoked> read = TestKafka.readUntil(DownloadLinkRevoked.TOPIC,
                        r -> r.value().contains(marker.toString()), Duration.ofSeconds(60)).stream()
                .map(r -> EventCodec.fromJson(r.value(), DownloadLinkRevoked.class)).toList();
        assertTrue(read.stream().anyMatch(e -> e.linkId().equals(marker)), "the marker's revocation was published");
        return read;
    }

    /** A link made for the purchase's first entitlement and first build, as the keys dialog makes it. */
    private record Link(UUID id, String url) {

        static Link made(DemoUser user, Purchase purchase) {
            var created = createLink(user, purchase.entitlement(), purchase.build()).then().statusCode(201).extract();
            return new Link(UUID.fromString(created.path("linkId")), created.path("url"));
        }
    }
}
