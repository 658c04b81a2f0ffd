package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.anyone;
import static io.restassured.RestAssured.given;
import static dev.csp.entitlement.Purchases.linkFor;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.events.EventCodec;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Download": a copied link serves the file to anyone holding it, until it expires or the purchase is cancelled. */
@QuarkusTest
class DownloadTest {

    @Inject
    MutableClock clock;

    @Test
    void aLinkServesTheFileTheCatalogDescribesAndIsLogged() {
        Purchase purchase = Purchases.buy(1);
        ProductPublished.Download build = purchase.build();
        String url = linkFor(purchase.entitlement(), build);

        byte[] body = anyone().get(url).then().statusCode(200)
                .header("Content-Length", String.valueOf(build.sizeBytes()))
                .header("ETag", "\"" + build.sha256() + "\"")
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", "attachment; filename=\"" + build.fileName() + "\"; filename*=UTF-8''"
                        + build.fileName())
                .extract().asByteArray();

        assertEquals(build.sha256(), HexFormat.of().formatHex(CatalogEvents.sha256(body)),
                "the catalog's checksum matches the bytes served");
        String token = url.substring(url.lastIndexOf('/') + 1);
        SoftwareDownloaded downloaded = EventCodec.fromJson(Purchases.awaitRecord(SoftwareDownloaded.TOPIC,
                r -> r.value().contains(purchase.entitlement().id.toString())).value(), SoftwareDownloaded.class);
        assertEquals("contoso-admin-agent", downloaded.actor().userName(), "the link's creator");
        assertEquals(OrderEvents.ADATUM_CUSTOMER, downloaded.entitlement().customerId());
        assertEquals(Purchases.USER_AGENT, downloaded.userAgent());
        assertEquals("127.0.0.1", downloaded.clientAddress());
        assertEquals(build.language(), downloaded.variant().language());
        assertEquals(null, downloaded.contentRange());
        assertFalse(EventCodec.toJson(downloaded).contains(token), "the token never travels in events");
    }

    @Test
    void rangesResumeADownloadWithTheSameBytes() {
        Purchase purchase = Purchases.buy(1);
        ProductPublished.Download build = purchase.build();
        byte[] whole = CatalogEvents.sampleBytes(build.fileName(), (int) build.sizeBytes());
        String url = linkFor(purchase.entitlement(), build);
        String etag = "\"" + build.sha256() + "\"";

        byte[] first = anyone().header("Range", "bytes=0-99").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 0-99/300000").header("Content-Length", "100")
                .header("ETag", etag).extract().asByteArray();
        byte[] rest = anyone().header("Range", "bytes=100-").header("If-Range", etag).get(url).then().statusCode(206)
                .header("Content-Range", "bytes 100-299999/300000").header("Content-Length", "299900")
                .extract().asByteArray();
        byte[] tail = anyone().header("Range", "bytes=-10").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 299990-299999/300000").extract().asByteArray();

        assertArrayEquals(Arrays.copyOfRange(whole, 0, 100), first);
        assertArrayEquals(Arrays.copyOfRange(whole, 100, whole.length), rest);
        assertArrayEquals(Arrays.copyOfRange(whole, 299_990, whole.length), tail);
        anyone().header("Range", "bytes=300000-").get(url).then().statusCode(416)
                .header("Content-Range", "bytes */300000").body("code", equalTo("range-not-satisfiable"));
        anyone().header("Range", "bytes=0-99").header("If-Range", "\"another-version\"").get(url).then()
                .statusCode(200).header("Content-Length", "300000");
        Purchases.awaitRecord(SoftwareDownloaded.TOPIC, r -> r.value().contains("bytes 100-299999/300000"));
    }

    @Test
    void aTamperedLinkIsRefused() {
        Purchase purchase = Purchases.buy(1);
        String url = linkFor(purchase.entitlement(), purchase.build());
        String token = url.substring(url.lastIndexOf('/') + 1);
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        String otherBuild = linkFor(purchase.entitlement(), purchase.builds().get(1));
        String otherMac = otherBuild.substring(otherBuild.lastIndexOf('.') + 1);

        for (String forged : List.of(flip(token, token.length() - 5), flip(token, 0), flip(token, token.indexOf('.') - 3), token.substring(0, token.indexOf('.') + 1)
                + otherMac, token.replace(".", ""), "not-a-token", token + "A")) {
            anyone().get(base + forged).then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("download-link-invalid"));
        }
        anyone().get(url).then().statusCode(200);
    }

    @Test
    void anExpiredLinkIsGone() {
        Purchase purchase = Purchases.buy(1);
        String url = linkFor(purchase.entitlement(), purchase.build());
        try {
            clock.advance(Duration.ofMinutes(59));
            anyone().get(url).then().statusCode(200);
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            anyone().get(url).then().statusCode(410).body("code", equalTo("download-link-expired"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void cancellingRevokesEveryLinkOfTheCancelledLinesOnly() {
        Purchase purchase = Purchases.buy(2);
        String cancelled = linkFor(purchase.entitlements().get(0), purchase.build());
        String cancelledToo = linkFor(purchase.entitlements().get(0), purchase.builds().get(1));
        String kept = linkFor(purchase.entitlements().get(1), purchase.build());
        anyone().get(cancelled).then().statusCode(200);

        OrderEvents.send(OrderEvents.cancelledLines(purchase.order(), List.of(purchase.entitlement().lineId)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(purchase.order()).stream()
                .anyMatch(e -> e.isRevoked()));

        anyone().get(cancelled).then().statusCode(410).body("code", equalTo("download-link-revoked"));
        anyone().get(cancelledToo).then().statusCode(410);
        anyone().get(kept).then().statusCode(200);
        Purchases.as(dev.csp.testing.DemoUser.ADATUM_ADMIN).get("/v1/entitlements/{id}", purchase.entitlement().id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("downloads.size()", equalTo(0));
    }

    @Test
    void floodingALinkIsRefusedWithRetryAfterAndNeverReachesTheActivityLog() {
        Purchase purchase = Purchases.buy(1);
        ProductPublished.Download small = purchase.builds().get(1);
        String flooded = linkFor(purchase.entitlement(), small);
        String other = linkFor(purchase.entitlement(), small);
        int served = 0;
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            io.restassured.response.Response response = anyone().get(flooded);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                response.then().statusCode(200);
                served++;
            }
        }
        try {
            org.junit.jupiter.api.Assertions.assertNotNull(refused, "60 downloads of one link in a row are not all served");
            org.junit.jupiter.api.Assertions.assertTrue(served >= 30, "the burst of 30 is served: " + served);
            refused.then().contentType("application/problem+json").body("code", equalTo("download-rate-limited"))
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
            anyone().get(other).then().statusCode(200);
            clock.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
            given().header("User-Agent", "after-the-wait").get(flooded).then().statusCode(200);
        } finally {
            clock.reset();
        }
        String entitlementId = purchase.entitlement().id.toString();
        long recorded = dev.csp.testing.TestKafka.readUntil(SoftwareDownloaded.TOPIC,
                        r -> r.value().contains(entitlementId) && r.value().contains("after-the-wait"), Duration.ofSeconds(60))
                .stream().filter(r -> r.value().contains(entitlementId)).count();
        assertEquals(served + 2, recorded, "every download served is recorded (the flood's, the other link's, the one"
                + " after the wait), none that was refused");
    }

    /** Changes one character of the token to another valid one, as a curious recipient might. */
    private static String flip(String token, int at) {
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }
}
