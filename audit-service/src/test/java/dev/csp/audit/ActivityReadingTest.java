package dev.csp.audit;

import static dev.csp.audit.Fixtures.auditor;
import static dev.csp.audit.Fixtures.downloaded;
import static dev.csp.audit.Fixtures.keyRead;
import static dev.csp.audit.Fixtures.linkCreated;
import static dev.csp.audit.Fixtures.reader;
import static dev.csp.audit.Fixtures.record;
import static dev.csp.audit.Fixtures.revoked;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.not;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.events.Event;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityReadingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @Inject
    ActivityLog log;

    @Test
    void pagesHaveNoGapsOrRepeatsWhileNewEntriesArrive() {
        UUID partner = UUID.randomUUID();
        Instant base = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        // 25 entries, two at each instant, so pages also split entries of the same moment
        List<SoftwareKeyAccessed> before = IntStream.range(0, 25).mapToObj(i -> keyRead(partner, "u" + i, base.minusSeconds(60L * (i / 2)))).toList();
        record(log, before);
        List<String> expected = entityIdsNewestFirst(partner);

        Response first = auditor(partner).queryParam("limit", 10).get("/v1/activity-log");
        first.then().statusCode(200).body("$", hasSize(10));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("subjectId", String.class));
        // while the reader pages: newer entries, and older ones delivered late, both before and after the reader's position
        record(log, keyRead(partner, "late", Instant.now()), keyRead(partner, "late", base.minusSeconds(60 * 3)),
                keyRead(partner, "late", base.minusSeconds(60 * 9)), keyRead(partner, "late", base.minusSeconds(60 * 20)));

        String next = next(first);
        while (next != null) {
            // followed as given, as a client follows a link: already encoded
            Response page = given().urlEncodingEnabled(false).header("Authorization", auditorToken(partner)).get(next);
            page.then().log().ifValidationFails().statusCode(200);
            seen.addAll(page.jsonPath().getList("subjectId", String.class));
            next = next(page);
        }

        assertEquals(expected, seen);
        auditor(partner).queryParam("limit", 500).get("/v1/activity-log").then().statusCode(200).body("$", hasSize(29));
    }

    @Test
    void filtersNarrowTheLogByTypeCustomerAndUser() {
        UUID partner = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        Instant now = Instant.now();
        SoftwareKeyAccessed ofCustomer = keyRead(partner, customer, "carol", now.minusSeconds(30), "Windows Server 2025");
        record(log, ofCustomer, keyRead(partner, "dave", now.minusSeconds(20)), downloaded(partner, "carol", now.minusSeconds(10)),
                revoked(partner, now.minusSeconds(5)));

        auditor(partner).queryParam("type", "key-accessed").get("/v1/activity-log").then().statusCode(200)
                .body("userName", contains("dave", "carol"));
        auditor(partner).queryParam("customerId", customer.toString()).get("/v1/activity-log").then().statusCode(200)
                .body("subjectId", contains(ofCustomer.entitlement().entitlementId().toString()));
        auditor(partner).queryParam("user", "carol").get("/v1/activity-log").then().statusCode(200)
                .body("type", contains("SOFTWARE_DOWNLOADED", "KEY_ACCESSED"));
        auditor(partner).queryParam("user", "carol").queryParam("type", "SOFTWARE_DOWNLOADED").get("/v1/activity-log").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void usersAnswerWhoReadKeysOrDownloadedSoftwareInThePeriod() {
        UUID partner = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        record(log, keyRead(partner, "alice", now.minusSeconds(50)), keyRead(partner, "alice", now.minusSeconds(40)),
                downloaded(partner, "alice", now.minusSeconds(30)), linkCreated(partner, "bob", now.minusSeconds(20)),
                keyRead(partner, "old-timer", now.minus(Duration.ofDays(40))), revoked(partner, now.minusSeconds(10)));

        auditor(partner).get("/v1/activity-log/users").then().statusCode(200)
                .body("userName", contains("bob", "alice"))
                .body("find { it.userName == 'alice' }.keyAccesses", equalTo(2))
                .body("find { it.userName == 'alice' }.downloads", equalTo(1))
                .body("find { it.userName == 'alice' }.lastActivityAt", equalTo(now.minusSeconds(30).toString()))
                .body("find { it.userName == 'bob' }.downloadLinksCreated", equalTo(1));
        auditor(partner).queryParam("from", now.minus(Duration.ofDays(60)).toString()).get("/v1/activity-log/users")
                .then().statusCode(200).body("userName", contains("bob", "alice", "old-timer"));
    }

    @Test
    void theUsersSummaryDownloadsAsCsvWithTheSameFigures() {
        UUID partner = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        record(log, keyRead(partner, "alice", now.minusSeconds(50)), downloaded(partner, "alice", now.minusSeconds(30)),
                linkCreated(partner, "=cmd|' /C calc'!A0", now.minusSeconds(20)));

        String csv = auditor(partner).accept("text/csv").get("/v1/activity-log/export/users").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"activity-users-"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("userName,userTenantId,keyAccesses,downloadLinksCreated,downloads,lastActivityAt", lines.get(0));
        assertEquals(3, lines.size(), csv);
        // newest first, as the JSON answer; a user name a spreadsheet would run as a formula is defused
        assertTrue(lines.get(1).startsWith("'=cmd|' /C calc'!A0,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",0,1,0," + now.minusSeconds(20)), lines.get(1));
        assertTrue(lines.get(2).startsWith("alice,") && lines.get(2).endsWith(",1,0,1," + now.minusSeconds(30)), lines.get(2));
    }

    @Test
    void exportStreamsEveryEntryOfThePeriodAsCsv() {
        UUID partner = UUID.randomUUID();
        Instant now = Instant.now();
        List<Event> entries = new ArrayList<>();
        // more than two of the export's batches (2,000), two entries at each instant, so batches split equal times
        IntStream.range(0, 4_500).forEach(i -> entries.add(keyRead(partner, "bulk", now.minusSeconds(i / 2 + 10L))));
        entries.add(keyRead(partner, UUID.randomUUID(), "=HYPERLINK(\"x\")", now, "SQL Server, \"Enterprise\""));
        QuarkusTransaction.requiringNew().run(() -> log.record(entries));

        String csv = auditor(partner).get("/v1/activity-log/export").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asString();

        String[] lines = csv.split("\r\n");
        assertEquals(1 + 4_501, lines.length);
        List<Long> ids = java.util.Arrays.stream(lines, 2, lines.length).map(line -> Long.valueOf(line.split(",")[11])).toList();
        assertEquals(4_500, Set.copyOf(ids).size(), "every entry exactly once");
        List<Instant> times = java.util.Arrays.stream(lines, 2, lines.length).map(line -> Instant.parse(line.split(",")[0])).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times, "newest first across batches");
        assertEquals("occurredAt,type,userName,userRole,userTenantId,customerId,customerTenantId,productName,subjectId,orderId,"
                + "detail,id,chainSeq,hash", lines[0]);
        assertEquals(true, lines[1].contains(",\"'=HYPERLINK(\"\"x\"\")\",") && lines[1].contains(",\"SQL Server, \"\"Enterprise\"\"\","),
                lines[1]);
        reader(UUID.randomUUID(), "account-admin").get("/v1/activity-log/export").then().statusCode(200)
                .body(equalTo(lines[0] + "\r\n"));
    }

    @Test
    void theDefaultPeriodIsTheLast30DaysAndAnyPeriodWithinTheRetentionCanBeRead() {
        UUID partner = UUID.randomUUID();
        SoftwareKeyAccessed recent = keyRead(partner, "r", Instant.now().minus(Duration.ofDays(29)));
        SoftwareKeyAccessed old = keyRead(partner, "o", Instant.now().minus(Duration.ofDays(365 * 5)));
        record(log, recent, old);

        auditor(partner).get("/v1/activity-log").then().statusCode(200).body("subjectId", contains(recent.entitlement().entitlementId().toString()));
        auditor(partner).queryParam("from", Instant.now().minus(Duration.ofDays(365 * 6)).toString()).get("/v1/activity-log")
                .then().statusCode(200).body("subjectId", contains(recent.entitlement().entitlementId().toString(), old.entitlement().entitlementId().toString()));
        auditor(partner).queryParam("from", Instant.now().minus(Duration.ofDays(365 * 8)).toString()).get("/v1/activity-log")
                .then().statusCode(400).body("code", equalTo("beyond-retention"));
    }

    @Test
    void everyReadingEndpointKeepsTheRolesAndTheTenant() {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "secret-reader", Instant.now().minusSeconds(5)));
        for (String path : List.of("/v1/activity-log", "/v1/activity-log/users", "/v1/activity-log/export", "/v1/activity-log/verify")) {
            for (String role : List.of("global-admin", "account-admin", "referral-admin", "marketing-content-admin")) {
                reader(partner, role).get(path).then().statusCode(200).body(anyOf(containsString("secret-reader"), containsString("intact")));
            }
            reader(partner, "admin-agent").get(path).then().statusCode(403);
            reader(partner, "sales-agent").get(path).then().statusCode(403);
            reader(partner, "customer-global-admin").get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
            reader(UUID.randomUUID(), "global-admin").get(path).then().statusCode(200).body(not(containsString("secret-reader")));
            auditor(partner).queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z").get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-range"));
            auditor(partner).queryParam("to", "yesterday").get(path).then().statusCode(400).body("code", equalTo("invalid-date"));
        }
        auditor(partner).queryParam("cursor", "not-a-cursor").get("/v1/activity-log").then().statusCode(400).body("code", equalTo("invalid-cursor"));
        auditor(partner).queryParam("type", "KEY_STOLEN").get("/v1/activity-log").then().statusCode(400).body("code", equalTo("invalid-type"));
        auditor(partner).queryParam("customerId", "42").get("/v1/activity-log/export").then().statusCode(400)
                .body("code", equalTo("invalid-customerId"));
        auditor(partner).queryParam("user", "a\u0000b").get("/v1/activity-log").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-characters"));
        auditor(partner).queryParam("limit", "all").get("/v1/activity-log").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'limit' must be a whole number"));
    }

    private List<String> entityIdsNewestFirst(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> Activity.<Activity>list(
                        "partnerTenantId = ?1", partner).stream()
                .sorted(Comparator.<Activity, Instant>comparing(a -> a.occurredAt).thenComparing(a -> a.id).reversed())
                .map(a -> a.subjectId.toString()).toList());
    }

    private static String next(Response page) {
        String link = page.getHeader("Link");
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        return next.find() ? next.group(1) : null;
    }

    private static String auditorToken(UUID partner) {
        return "Bearer " + TestTokens.token("global-admin-of-" + partner, partner, Set.of("global-admin"));
    }
}
