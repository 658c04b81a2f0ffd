package dev.csp.entitlement;

import static dev.csp.testing.PrometheusScrape.value;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Keys read, and the lags from an order to its key and from a cancellation to the key's revocation. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void aGrantAKeyReadAndARevocationAreMeasured() {
        double granted = orZero(value("csp_order_to_key_granted_seconds_count"));
        double revoked = orZero(value("csp_cancellation_to_revocation_seconds_count"));
        double read = orZero(value("csp_keys_read_total"));

        Purchases.Purchase purchase = Purchases.buy(1);
        Entitlement entitlement = purchase.entitlements().get(0);
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT))
                .get("/v1/entitlements/{id}/key", entitlement.id).then().statusCode(200);
        OrderEvents.send(OrderEvents.cancelled(purchase.order()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> value("csp_cancellation_to_revocation_seconds_count") >= revoked + 1);
        assertTrue(value("csp_order_to_key_granted_seconds_count") >= granted + 1);
        assertTrue(value("csp_keys_read_total") >= read + 1);
        assertTrue(value("csp_cancellation_to_revocation_seconds_bucket") > 0, "a histogram, for the p99 alert");
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
