package dev.csp.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus scrapes from the running services (issue 19 item 2): each service's outbox depth and
 * age, each consuming service's Kafka consumer lag per partition (Quarkus' Micrometer Kafka binder), and the age of
 * the stalest audit checkpoint, each with a number, as the alert rules in deploy/base/monitoring expect them. The
 * business counters and lag histograms are checked where they are recorded (each service's BusinessMetricsTest).
 * A consumer's lag per partition exists once it has fetched from the partition, and the Micrometer binder looks for
 * new Kafka metrics once a minute: right after a start, a scrape may go a minute without the lag, as Prometheus would
 * see it; the test scrapes until every series has a number, for at most {@link #BINDER_REFRESH} and a half.
 */
class MetricsTest {

    private static final Map<String, String> SERVICES = Map.of("catalog-service", Platform.CATALOG,
            "order-service", Platform.ORDERS, "entitlement-service", Platform.ENTITLEMENTS,
            "audit-service", Platform.AUDIT, "billing-service", Platform.BILLING);
    private static final List<String> CONSUMERS =
            List.of("order-service", "entitlement-service", "audit-service", "billing-service");

    private static final Duration BINDER_REFRESH = Duration.ofSeconds(60);

    @Test
    void theSeriesTheAlertsReadAreScrapedWithNumbers() {
        await().atMost(BINDER_REFRESH.multipliedBy(3).dividedBy(2)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertEquals(List.of(), scrape(), "series without a number on /q/metrics"));
    }

    /** The series each service should have and has not, with a number, in one scrape of each. */
    private static List<String> scrape() {
        List<String> missing = new ArrayList<>();
        SERVICES.forEach((service, url) -> {
            String metrics = given().baseUri(url).get("/q/metrics").then().statusCode(200).extract().asString();
            expect(missing, service, metrics, "csp_outbox_depth");
            expect(missing, service, metrics, "csp_outbox_oldest_age_seconds");
            expect(missing, service, metrics, "csp_kafka_broker_reachable");
            if (CONSUMERS.contains(service)) {
                expect(missing, service, metrics, "kafka_consumer_fetch_manager_records_lag");
            }
            if (service.equals("audit-service")) {
                expect(missing, service, metrics, "csp_audit_checkpoint_oldest_age_seconds");
            }
        });
        return missing;
    }

    private static void expect(List<String> missing, String service, String metrics, String series) {
        boolean present = metrics.lines()
                .filter(line -> line.startsWith(series + " ") || line.startsWith(series + "{"))
                .anyMatch(line -> !line.endsWith("NaN"));
        if (!present) {
            missing.add(service + " " + series);
        }
    }
}
