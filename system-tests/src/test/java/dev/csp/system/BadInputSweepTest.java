package dev.csp.system;

import static dev.csp.system.Mutations.Kind.DATE;
import static dev.csp.system.Mutations.Kind.ENUM;
import static dev.csp.system.Mutations.Kind.FLAG;
import static dev.csp.system.Mutations.Kind.GUID;
import static dev.csp.system.Mutations.Kind.LIST;
import static dev.csp.system.Mutations.Kind.MONEY;
import static dev.csp.system.Mutations.Kind.OBJECT;
import static dev.csp.system.Mutations.Kind.QUANTITY;
import static dev.csp.system.Mutations.Kind.TEXT;
import static dev.csp.system.Mutations.Kind.WHOLE_NUMBER;
import static dev.csp.system.Mutations.optional;
import static dev.csp.system.Mutations.required;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.csp.system.Fixtures.Ids;
import dev.csp.system.Fixtures.Side;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint, fed what it must refuse: malformed, empty and oversized bodies, wrong types, missing and unknown
 * fields, invalid GUIDs and market codes, dates out of order, unknown enum values, zero, negative and absurd
 * quantities, control characters, very long strings, and path tricks in download tokens. Each must answer 4xx as
 * problem+json with a title and a detail, and no database may have a row more or less afterwards. One dynamic test per
 * endpoint ({@link BadInputCases}, the harness), so a failure names the endpoint and only its wrong answers.
 */
class BadInputSweepTest {

    /**
     * Tables that change by themselves, not because of a request: the audit log signs a checkpoint every minute for
     * each chain that grew, so one written just before the sweep may be signed during it.
     */
    private static final Set<String> CHANGE_BY_THEMSELVES = Set.of("csp_audit.activity_checkpoint");

    private static final String PRODUCT = "windows-server-2022-standard";
    private static final String NO_PRODUCT = "sweep-no-such-product";
    private static final String UNKNOWN = "6f1c1d2e-0000-4000-8000-00000000bad0";

    private final BadInputCases sweep = new BadInputCases();

    /**
     * First the requests are collected, then sent: one test per endpoint, each failing with that endpoint's wrong
     * answers; before them, that no endpoint lacks a case; after them, that no database has a row more or less.
     */
    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedAsAProblemAndChangesNothing() throws Exception {
        Ids contoso = Fixtures.of(Side.CONTOSO);
        Fixtures.of(Side.FABRIKAM); // named in one case: found or made now, before the rows are counted
        Instant since = Instant.now();
        Map<String, Long> before = settledRowCounts(since);

        catalog();
        customersAndOrders(contoso);
        relationshipRequests(contoso);
        supportRequests(contoso);
        entitlementsAndDownloads(contoso);
        activityLog();
        billing(contoso);

        DynamicTest everyEndpoint = dynamicTest("every endpoint has a bad-input case", () -> {
            Set<Endpoint> missed = EnumSet.complementOf(EnumSet.copyOf(sweep.covered()));
            assertTrue(missed.isEmpty(), "endpoints without a bad-input case: " + missed);
        });
        DynamicTest nothingChanged = dynamicTest("no database has a row more or less", () -> {
            Map<String, Long> after = settledRowCounts(since);
            List<String> changed = new ArrayList<>();
            for (String table : new TreeSet<>(after.keySet())) {
                if (!CHANGE_BY_THEMSELVES.contains(table) && !after.get(table).equals(before.get(table))) {
                    changed.add(table + ": " + before.get(table) + " -> " + after.get(table));
                }
            }
            System.out.printf("%s, tables %d, changed %d%n", sweep.summary(), after.size(), changed.size());
            assertTrue(changed.isEmpty(), "rows changed by refused requests:\n" + String.join("\n", changed));
        });
        return Stream.of(Stream.of(everyEndpoint), sweep.tests(), Stream.of(nothingChanged)).flatMap(tests -> tests);
    }

    // ---------------------------------------------------------------- catalog-service

    private void catalog() {
        DemoUser reader = DemoUser.CONTOSO_SALES_AGENT;
        DemoUser admin = DemoUser.OPS_CATALOG_ADMIN;
        for (String query : List.of("taxIncluded=maybe", "azureReservationsAvailable=2",
                "name=" + "n".repeat(101), "name=%00", "name=a%1bb")) {
            sweep.get(reader, Endpoint.MARKETS, "/v1/markets?" + query);
        }
        for (String code : List.of("ZZ", "QQ", "USAUSAUSAUS", "%00", "U%0aS", "..%2F..%2Fetc", "%2e%2e", "%C0%AE",
                "x".repeat(3000))) {
            sweep.get(reader, Endpoint.MARKET, "/v1/markets/" + code);
        }
        for (String query : List.of("", "market=ZZ", "market=USA", "market=1", "market=%00", "market=US&kind=HARDWARE",
                "market=US&kind=" + "k".repeat(41), "market=US&q=" + "q".repeat(101), "market=US&q=%00",
                "market=" + "m".repeat(11))) {
            sweep.get(reader, Endpoint.PRODUCTS, "/v1/products" + (query.isEmpty() ? "" : "?" + query));
        }
        for (String path : List.of(PRODUCT + "?market=ZZ", PRODUCT, NO_PRODUCT + "?market=US",
                "p".repeat(101) + "?market=US", "win%00dows?market=US", "..%2F..%2Fmarkets?market=US")) {
            sweep.get(reader, Endpoint.PRODUCT, "/v1/products/" + path);
        }
        for (String path : List.of(PRODUCT + "/skus/ws2022-std-16core/availability?market=ZZ",
                PRODUCT + "/skus/ws2022-std-16core/availability", PRODUCT + "/skus/no-such-sku/availability?market=US",
                NO_PRODUCT + "/skus/ws2022-std-16core/availability?market=US",
                PRODUCT + "/skus/" + "s".repeat(101) + "/availability?market=US")) {
            sweep.get(reader, Endpoint.SKU_AVAILABILITY, "/v1/products/" + path);
        }
        for (String kind : List.of("HARDWARE", "k".repeat(41), "%00")) {
            sweep.get(reader, Endpoint.POLICIES, "/v1/products/cancellation-policies?kind=" + kind);
        }

        // the product exists already (409): nothing a broken variant does can create one
        sweep.bodies(admin, Endpoint.PRODUCT_CREATE, "/v1/products", map("id", PRODUCT, "name", "Sweep", "kind",
                "PERPETUAL_SOFTWARE", "publisher", "Sweep"), List.of(required("id", TEXT), required("name", TEXT),
                required("kind", ENUM), required("publisher", TEXT)));
        // no such product (404): the shape is judged first
        sweep.bodies(admin, Endpoint.PRODUCT_CHANGE, "/v1/products/" + NO_PRODUCT, map("name", "Sweep", "publisher", "Sweep",
                "active", true), List.of(required("name", TEXT), required("publisher", TEXT), required("active", FLAG)));
        Map<String, Object> sku = map("name", "Sweep", "terms", List.of(), "billingOptions", List.of("ONE_TIME"),
                "minQuantity", 1, "maxQuantity", 5);
        sweep.bodies(admin, Endpoint.SKU_DEFINE, "/v1/products/" + NO_PRODUCT + "/skus/sweep-sku", sku, List.of(
                required("name", TEXT), required("terms", LIST), required("billingOptions", LIST),
                required("minQuantity", QUANTITY), required("maxQuantity", QUANTITY)));
        Map<String, Object> prices = map("prices", List.of(map("market", "US", "term", null,
                "unitPrice", map("amount", "99.00", "currency", "USD"))));
        sweep.bodies(admin, Endpoint.SKU_PRICES, "/v1/products/" + NO_PRODUCT + "/skus/sweep-sku/prices", prices, List.of(
                required("prices", LIST), required("prices[0].market", TEXT), optional("prices[0].term", TEXT),
                required("prices[0].unitPrice", MONEY)));
        sweep.bodies(admin, Endpoint.PRODUCT_MARKET, "/v1/products/" + NO_PRODUCT + "/availability/US", map("available", true),
                List.of(required("available", FLAG)));
        // a policy that takes effect in the past, and names no thresholds: refused on both counts
        sweep.bodies(admin, Endpoint.POLICY_ADD, "/v1/products/cancellation-policies", map("kind", "PERPETUAL_SOFTWARE",
                "effectiveFrom", "2000-01-01", "cancellable", true, "windowDays", 60, "refundKind", "FULL",
                "supportRequestAbove", List.of()), List.of(required("kind", ENUM), required("effectiveFrom", DATE),
                required("cancellable", FLAG), required("windowDays", WHOLE_NUMBER), required("refundKind", ENUM),
                required("supportRequestAbove", LIST)));

        // what only the real product can answer: the catalog's own rules, each of which must refuse
        String realSku = "/v1/products/" + PRODUCT + "/skus/ws2022-std-16core";
        sweep.json(admin, Endpoint.SKU_DEFINE, realSku, "min above max", Mutations.write(with(sku, "minQuantity", 10)));
        sweep.json(admin, Endpoint.SKU_DEFINE, realSku, "a term for perpetual software", Mutations.write(with(sku, "terms",
                List.of("P1Y"))));
        sweep.json(admin, Endpoint.SKU_DEFINE, "/v1/products/" + PRODUCT + "/skus/Not%20An%20Id", "an invalid SKU id",
                Mutations.write(sku));
        for (Map<String, Object> price : List.of(
                map("market", "ZZ", "unitPrice", map("amount", "99.00", "currency", "USD")),
                map("market", "USA", "unitPrice", map("amount", "99.00", "currency", "USD")),
                map("market", "JP", "unitPrice", map("amount", "1000", "currency", "USD")),
                map("market", "US", "unitPrice", map("amount", "-1.00", "currency", "USD")),
                map("market", "US", "unitPrice", map("amount", "0.001", "currency", "USD")),
                map("market", "US", "term", "P1Y", "unitPrice", map("amount", "99.00", "currency", "USD")))) {
            sweep.json(admin, Endpoint.SKU_PRICES, realSku + "/prices", "price " + price, Mutations.write(map("prices",
                    List.of(price))));
        }
        for (String market : List.of("ZZ", "USAUSAUSAUS", "%00", "U1")) {
            sweep.json(admin, Endpoint.PRODUCT_MARKET, "/v1/products/" + PRODUCT + "/availability/" + market, "market " + market,
                    "{\"available\": true}");
        }
    }

    // ---------------------------------------------------------------- order-service

    private void customersAndOrders(Ids contoso) {
        DemoUser agent = DemoUser.CONTOSO_ADMIN_AGENT;
        for (String query : List.of("cursor=-1", "cursor=abc", "limit=0", "limit=201", "limit=99999999999", "limit=1e3",
                "q=" + "q".repeat(201), "q=%00", "q=a%0d%0ab")) {
            sweep.get(agent, Endpoint.CUSTOMERS, "/v1/customers?" + query);
        }
        for (String id : badIds()) {
            sweep.get(agent, Endpoint.CUSTOMER, "/v1/customers/" + id);
            sweep.get(agent, Endpoint.ORDERS, "/v1/customers/" + id + "/orders");
            sweep.get(agent, Endpoint.ORDER, "/v1/customers/" + contoso.customerId() + "/orders/" + id);
            sweep.get(agent, Endpoint.ORDER, "/v1/customers/" + id + "/orders/" + contoso.orderId());
            sweep.get(agent, Endpoint.CANCELLATION_ELIGIBILITY, "/v1/customers/" + contoso.customerId() + "/orders/" + id
                    + "/cancellation-eligibility");
        }
        String orders = "/v1/customers/" + contoso.customerId() + "/orders";
        // our customer, another partner's order: no such order of this customer
        Ids fabrikam = Fixtures.of(Side.FABRIKAM);
        sweep.get(agent, Endpoint.ORDER, orders + "/" + fabrikam.orderId());
        sweep.get(agent, Endpoint.CANCELLATION_ELIGIBILITY, orders + "/" + fabrikam.orderId() + "/cancellation-eligibility");
        sweep.json(agent, Endpoint.CANCELLATION, orders + "/" + fabrikam.orderId() + "/cancellations", "another partner's order",
                "{\"acknowledged\": true}");
        sweep.get(agent, Endpoint.CANCELLATION_ELIGIBILITY, orders + "/" + contoso.orderId() + "/cancellation-eligibility?lineId="
                + fabrikam.lineId());
        for (String query : List.of("cursor=-1", "limit=0", "limit=101", "limit=abc")) {
            sweep.get(agent, Endpoint.ORDERS, orders + "?" + query);
        }
        // what a customer can be sold (order-service's copy of the catalog): an unknown kind, an overlong q, no such customer
        for (String query : List.of("kind=SOMETHING", "kind=" + "k".repeat(41), "q=" + "q".repeat(101))) {
            sweep.get(agent, Endpoint.CUSTOMER_PRODUCTS, "/v1/customers/" + contoso.customerId() + "/products?" + query);
        }
        for (String id : badIds()) {
            sweep.get(agent, Endpoint.CUSTOMER_PRODUCTS, "/v1/customers/" + id + "/products");
        }
        String eligibility = orders + "/" + contoso.orderId() + "/cancellation-eligibility";
        for (String query : List.of("lineId=not-a-guid", "lineId=" + UNKNOWN,
                String.join("&", Collections.nCopies(51, "lineId=" + contoso.lineId())))) {
            sweep.get(agent, Endpoint.CANCELLATION_ELIGIBILITY, eligibility + "?" + query);
        }

        // the tenant is Adatum, already Contoso's customer (409)
        Map<String, Object> customer = map("name", "Sweep Ltd", "tenantId", DemoTenants.ADATUM.toString(),
                "domain", "sweep.example", "market", "US");
        sweep.bodies(agent, Endpoint.CUSTOMER_ADD, "/v1/customers", customer, List.of(required("name", TEXT),
                required("tenantId", GUID), required("domain", TEXT), required("market", TEXT)));
        for (String market : List.of("ZZ", "QQ", "us", "USA", "U1", "")) {
            sweep.json(agent, Endpoint.CUSTOMER_ADD, "/v1/customers", "market " + market, Mutations.write(
                    with(customer, "tenantId", UUID.randomUUID().toString(), "market", market)));
        }
        for (String domain : List.of("not a domain", "-x.example", "x..example", "localhost", "a".repeat(254) + ".example")) {
            sweep.json(agent, Endpoint.CUSTOMER_ADD, "/v1/customers", "domain " + Mutations.printable(domain), Mutations.write(
                    with(customer, "tenantId", UUID.randomUUID().toString(), "domain", domain)));
        }
        sweep.idempotencyKeys(agent, Endpoint.CUSTOMER_ADD, "/v1/customers", Mutations.write(customer));

        // no such SKU (422)
        Map<String, Object> order = map("lines", List.of(map("skuId", "sweep-no-such-sku", "quantity", 1)));
        sweep.bodies(agent, Endpoint.ORDER_PLACE, orders, order, List.of(required("lines", LIST),
                required("lines[0]", OBJECT), required("lines[0].skuId", TEXT), required("lines[0].quantity", QUANTITY),
                optional("lines[0].term", TEXT), optional("lines[0].billing", ENUM)));
        sweep.json(agent, Endpoint.ORDER_PLACE, orders, "51 lines", Mutations.write(map("lines",
                Collections.nCopies(51, map("skuId", "sweep-no-such-sku", "quantity", 1)))));
        sweep.json(agent, Endpoint.ORDER_PLACE, orders, "no lines", "{\"lines\": []}");
        // the real SKU: a quantity read as something else than was written would buy it
        for (Map<String, Object> line : List.of(map("skuId", Fixtures.SKU, "quantity", 1.5),
                map("skuId", Fixtures.SKU, "quantity", 1.0), map("skuId", Fixtures.SKU, "quantity", 1001),
                map("skuId", Fixtures.SKU, "quantity", 1, "term", "P1Y"),
                map("skuId", Fixtures.SKU, "quantity", 1, "term", "P0Y"),
                map("skuId", Fixtures.SKU, "quantity", 1, "term", "1 year"),
                map("skuId", "WS2022-STD-16CORE", "quantity", 1))) {
            sweep.json(agent, Endpoint.ORDER_PLACE, orders, "line " + line, Mutations.write(map("lines", List.of(line))));
        }
        for (String id : badIds()) {
            sweep.json(agent, Endpoint.ORDER_PLACE, "/v1/customers/" + id + "/orders", "customer " + id, Mutations.write(order));
        }
        sweep.idempotencyKeys(agent, Endpoint.ORDER_PLACE, orders, Mutations.write(order));

        // the order is cancelled already (409)
        String cancellations = orders + "/" + contoso.orderId() + "/cancellations";
        sweep.bodies(agent, Endpoint.CANCELLATION, cancellations, map("acknowledged", true, "lineIds", List.of(UNKNOWN)),
                List.of(required("acknowledged", FLAG), optional("lineIds", LIST), optional("lineIds[0]", GUID)));
        sweep.json(agent, Endpoint.CANCELLATION, cancellations, "not acknowledged", "{\"acknowledged\": false}");
        sweep.json(agent, Endpoint.CANCELLATION, cancellations, "51 lines", Mutations.write(map("acknowledged", true,
                "lineIds", Collections.nCopies(51, contoso.lineId()))));
        for (String id : badIds()) {
            sweep.json(agent, Endpoint.CANCELLATION, orders + "/" + id + "/cancellations", "order " + id,
                    "{\"acknowledged\": true}");
        }
    }

    private void relationshipRequests(Ids contoso) {
        DemoUser admin = DemoUser.ADATUM_ADMIN;
        for (String query : List.of("status=MAYBE", "status=accepted", "cursor=-1", "cursor=x", "limit=0", "limit=201", "limit=abc")) {
            sweep.get(admin, Endpoint.RELATIONSHIP_REQUESTS, "/v1/relationship-requests?" + query);
        }
        for (String id : badIds()) {
            sweep.post(admin, Endpoint.RELATIONSHIP_ACCEPT, "/v1/relationship-requests/" + id + "/acceptance");
            sweep.post(admin, Endpoint.RELATIONSHIP_DECLINE, "/v1/relationship-requests/" + id + "/decline");
        }
        // Fabrikam's customer is another tenant's request (404); Contoso's demo customer is accepted already (409)
        sweep.post(admin, Endpoint.RELATIONSHIP_ACCEPT, "/v1/relationship-requests/" + Fixtures.of(Side.FABRIKAM).customerId()
                + "/acceptance");
        sweep.post(admin, Endpoint.RELATIONSHIP_DECLINE, "/v1/relationship-requests/" + contoso.customerId() + "/decline");
    }

    private void supportRequests(Ids contoso) {
        DemoUser agent = DemoUser.CONTOSO_ADMIN_AGENT;
        DemoUser support = DemoUser.OPS_SUPPORT_AGENT;
        for (String query : List.of("status=LOST", "status=submitted", "cursor=-1", "limit=0", "limit=101",
                "cursor=x")) {
            sweep.get(agent, Endpoint.SUPPORT_REQUESTS, "/v1/support-requests?" + query);
        }
        for (String id : badIds()) {
            sweep.get(agent, Endpoint.SUPPORT_REQUEST, "/v1/support-requests/" + id);
            sweep.get(agent, Endpoint.SUPPORT_ATTACHMENT, "/v1/support-requests/" + contoso.supportRequestId() + "/attachments/" + id);
            sweep.get(agent, Endpoint.SUPPORT_ATTACHMENT, "/v1/support-requests/" + id + "/attachments/" + contoso.attachmentId());
            sweep.post(support, Endpoint.SUPPORT_REVIEW, "/v1/support-requests/" + id + "/review");
            sweep.json(support, Endpoint.SUPPORT_APPROVAL, "/v1/support-requests/" + id + "/approval", "request " + id,
                    "{\"approvedAmount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}}");
            sweep.json(support, Endpoint.SUPPORT_REJECTION, "/v1/support-requests/" + id + "/rejection", "request " + id,
                    "{\"reason\": \"No.\"}");
        }
        Ids fabrikam = Fixtures.of(Side.FABRIKAM);
        sweep.get(agent, Endpoint.SUPPORT_ATTACHMENT, "/v1/support-requests/" + contoso.supportRequestId() + "/attachments/"
                + fabrikam.attachmentId());
        // the fixture is decided already (409)
        sweep.post(support, Endpoint.SUPPORT_REVIEW, "/v1/support-requests/" + contoso.supportRequestId() + "/review");

        // asked in a currency the order was not paid in (422)
        Map<String, Object> request = map("type", "CSP_PURCHASE_REFUND", "impact", "MINIMAL", "title", "Sweep",
                "description", "Sweep", "customerTenantId", DemoTenants.ADATUM.toString(), "customerDomain", "adatum.example",
                "orderId", contoso.orderId(), "refundReason", "Sweep",
                "amountRequested", map("amount", "1.00", "currency", "XTS"),
                "contact", map("name", "Sweep", "email", "sweep@example.com", "phone", "+1 425 555 0100"));
        List<Mutations.Field> fields = List.of(required("type", ENUM), required("impact", ENUM), required("title", TEXT),
                optional("description", TEXT), optional("customerTenantId", GUID), optional("customerDomain", TEXT),
                optional("orderId", GUID), optional("subscriptionId", GUID), required("refundReason", TEXT),
                required("amountRequested", MONEY), required("amountRequested.amount", TEXT),
                required("contact", OBJECT), required("contact.email", TEXT), required("contact.phone", TEXT));
        sweep.bodies(agent, Endpoint.SUPPORT_SUBMIT, "/v1/support-requests", request, fields);
        for (Map<String, Object> amount : List.of(map("amount", "0", "currency", "USD"),
                map("amount", "-5", "currency", "USD"), map("amount", "1e400", "currency", "USD"),
                map("amount", "1000000000", "currency", "USD"), map("amount", "1.00", "currency", "EUR"))) {
            sweep.json(agent, Endpoint.SUPPORT_SUBMIT, "/v1/support-requests", "amount " + amount,
                    Mutations.write(with(request, "amountRequested", amount)));
        }
        sweep.json(agent, Endpoint.SUPPORT_SUBMIT, "/v1/support-requests", "another partner's order",
                Mutations.write(with(request, "orderId", Fixtures.of(Side.FABRIKAM).orderId())));
        sweep.json(agent, Endpoint.SUPPORT_SUBMIT, "/v1/support-requests", "no customer and no order",
                Mutations.write(with(with(with(request, "customerTenantId", Mutations.REMOVED), "customerDomain",
                        Mutations.REMOVED), "orderId", Mutations.REMOVED)));
        sweep.idempotencyKeys(agent, Endpoint.SUPPORT_SUBMIT, "/v1/support-requests", Mutations.write(request));
        multipart(agent, Mutations.write(request));

        String decided = "/v1/support-requests/" + contoso.supportRequestId();
        sweep.bodies(support, Endpoint.SUPPORT_APPROVAL, decided + "/approval", map("approvedAmount",
                map("amount", "1.00", "currency", contoso.currency()), "note", "Sweep"), List.of(
                required("approvedAmount", MONEY), required("approvedAmount.amount", TEXT), optional("note", TEXT)));
        sweep.bodies(support, Endpoint.SUPPORT_REJECTION, decided + "/rejection", map("reason", "Sweep"),
                List.of(required("reason", TEXT)));
    }

    /** The multipart form: broken forms, and the same JSON part broken as for the JSON endpoint. */
    private void multipart(DemoUser agent, String request) {
        String boundary = "sweep-boundary";
        String json = "Content-Disposition: form-data; name=\"request\"\r\nContent-Type: application/json\r\n\r\n";
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("no parts", "--" + boundary + "--\r\n");
        forms.put("cut off", "--" + boundary + "\r\nContent-Disposition: form-data;");
        forms.put("garbage", "garbage");
        forms.put("no request part", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n");
        forms.put("malformed JSON part", "--" + boundary + "\r\n" + json + "{\"type\":\r\n--" + boundary + "--\r\n");
        forms.put("empty JSON part", "--" + boundary + "\r\n" + json + "\r\n--" + boundary + "--\r\n");
        String attachment = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"%s\"\r\n"
                + "Content-Type: %s\r\n\r\n%s\r\n";
        String withRequest = "--" + boundary + "\r\n" + json + request + "\r\n";
        forms.put("an executable as a PDF", withRequest + String.format(attachment, "setup.pdf", "application/pdf", "MZ\u0090")
                + "--" + boundary + "--\r\n");
        forms.put("an empty file", withRequest + String.format(attachment, "empty.txt", "text/plain", "") + "--" + boundary + "--\r\n");
        forms.put("four files", withRequest + String.format(attachment, "1.txt", "text/plain", "a").repeat(4) + "--"
                + boundary + "--\r\n");
        forms.put("a path as file name", withRequest + String.format(attachment, "../../etc/passwd", "text/plain", "a")
                + "--" + boundary + "--\r\n");
        for (Map.Entry<String, String> form : forms.entrySet()) {
            sweep.send(agent, Endpoint.SUPPORT_SUBMIT_MULTIPART, form.getKey(), "/v1/support-requests",
                    "multipart/form-data; boundary=" + boundary, form.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
        sweep.send(agent, Endpoint.SUPPORT_SUBMIT_MULTIPART, "no boundary", "/v1/support-requests", "multipart/form-data",
                "x".getBytes(StandardCharsets.US_ASCII));
        for (Mutations.Variant variant : Mutations.of(map("title", "x"), List.of())) {
            String form = "--" + boundary + "\r\n" + json + variant.body() + "\r\n--" + boundary + "--\r\n";
            sweep.send(agent, Endpoint.SUPPORT_SUBMIT_MULTIPART, "request part: " + variant.what(), "/v1/support-requests",
                    "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
        }
        sweep.oversized(agent, Endpoint.SUPPORT_SUBMIT_MULTIPART, "/v1/support-requests", "multipart/form-data; boundary=x");
    }

    // ---------------------------------------------------------------- entitlement-service

    private void entitlementsAndDownloads(Ids contoso) {
        DemoUser agent = DemoUser.CONTOSO_ADMIN_AGENT;
        for (String query : List.of("", "customerId=not-a-guid", "customerId=123",
                "customerId=" + "c".repeat(3000), "customerId=%00")) {
            sweep.get(agent, Endpoint.ENTITLEMENTS, "/v1/entitlements" + (query.isEmpty() ? "" : "?" + query));
        }
        for (String id : badIds()) {
            sweep.get(agent, Endpoint.ENTITLEMENT, "/v1/entitlements/" + id);
            sweep.get(agent, Endpoint.KEY, "/v1/entitlements/" + id + "/key");
            sweep.json(agent, Endpoint.DOWNLOAD_LINK, "/v1/entitlements/" + id + "/download-links", "entitlement " + id,
                    "{\"version\": \"2022\", \"language\": \"en-us\", \"bitness\": \"x64\"}");
            sweep.get(agent, Endpoint.DOWNLOAD_LINKS, "/v1/entitlements/" + id + "/download-links");
            sweep.delete(agent, Endpoint.DOWNLOAD_LINK_REVOKE, "/v1/entitlements/" + id + "/download-links/" + UNKNOWN);
            sweep.delete(agent, Endpoint.DOWNLOAD_LINK_REVOKE, "/v1/entitlements/" + contoso.entitlementId()
                    + "/download-links/" + id);
        }
        // revoked: its key is gone (410), and no link is made for it
        sweep.get(agent, Endpoint.KEY, "/v1/entitlements/" + contoso.entitlementId() + "/key");
        sweep.bodies(agent, Endpoint.DOWNLOAD_LINK, "/v1/entitlements/" + contoso.entitlementId() + "/download-links",
                map("version", "2022", "language", "en-us", "bitness", "x64"), List.of(required("version", TEXT),
                        required("language", TEXT), required("bitness", TEXT)));

        String genuineLooking = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        for (String token : List.of("abc", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252F..%252F",
                "..%5c..%5cwindows%5cwin.ini", "%2e%2e", "%2e%2e%2f", ".", "..%2F", "%00", "abc%00def", genuineLooking + "%00",
                "%C0%AE%C0%AE%C0%AF", "%ff%fe", "a.b.c", ".a", "a.", genuineLooking, genuineLooking.replace('.', '~'),
                "%252e%252e", "x".repeat(3000), genuineLooking + "." + genuineLooking, "%20", "%0d%0aSet-Cookie:%20x=y")) {
            sweep.get(null, Endpoint.DOWNLOAD, "/v1/downloads/" + token);
        }
        // longer than the HTTP server reads a request line (4 KB): refused by the server before any application code
        sweep.rawRefusableByTheServer(Endpoint.DOWNLOAD, "a 10,000 character token", Platform.ENTITLEMENTS,
                "GET /v1/downloads/" + "x".repeat(10_000) + " HTTP/1.1");
    }

    // ---------------------------------------------------------------- audit-service

    private void activityLog() {
        DemoUser auditor = DemoUser.CONTOSO_GLOBAL_ADMIN;
        List<String> periods = List.of("from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z", "from=yesterday",
                "to=2026-13-01T00:00:00Z", "from=2026-11-01", "from=2026-11-01T00:00:00", "from=1900-01-01T00:00:00Z",
                "from=-999999999-01-01T00:00:00Z", "to=%2B999999999-12-31T23:59:59Z", "to=%2B300000-01-01T00:00:00Z",
                "to=-1000000000-01-01T00:00:00Z", "from=" + "9".repeat(3000), "from=%00");
        for (Endpoint endpoint : List.of(Endpoint.ACTIVITY, Endpoint.ACTIVITY_USERS, Endpoint.ACTIVITY_VERIFY,
                Endpoint.ACTIVITY_EXPORT, Endpoint.ACTIVITY_USERS_EXPORT, Endpoint.ACTIVITY_CHECKPOINTS,
                Endpoint.ACTIVITY_CHAIN)) {
            for (String period : periods) {
                sweep.get(auditor, endpoint, endpoint.path + "?" + period);
            }
        }
        for (String query : List.of("type=KEY_STOLEN", "type=%00", "customerId=x", "customerId=" + "1".repeat(3000),
                "user=" + "u".repeat(201), "user=a%00b", "user=%1b%5b31m")) {
            sweep.get(auditor, Endpoint.ACTIVITY, "/v1/activity-log?" + query);
            sweep.get(auditor, Endpoint.ACTIVITY_EXPORT, "/v1/activity-log/export?" + query);
        }
        for (String query : List.of("limit=0", "limit=501", "limit=-1", "limit=abc", "limit=99999999999",
                "cursor=not-a-cursor", "cursor=" + base64("a1:1:1"), "cursor=" + base64("a1:x:1:1"),
                "cursor=" + base64("a2:1:1:1"), "cursor=" + base64("a1:99999999999999999999:1:1"), "cursor=%00",
                "cursor=" + "c".repeat(3000))) {
            sweep.get(auditor, Endpoint.ACTIVITY, "/v1/activity-log?" + query);
        }
    }

    // ---------------------------------------------------------------- billing-service

    private void billing(Ids contoso) {
        DemoUser billing = DemoUser.CONTOSO_ACCOUNT_ADMIN;
        for (String query : List.of("period=2026-13", "period=2026-1", "period=26-01", "period=2026/01", "period=%00",
                "cursor=-1", "cursor=x", "limit=0", "limit=101")) {
            sweep.get(billing, Endpoint.INVOICES, "/v1/invoices?" + query);
        }
        for (String id : badIds()) {
            sweep.get(billing, Endpoint.INVOICE, "/v1/invoices/" + id);
            sweep.get(billing, Endpoint.INVOICE_LINES, "/v1/invoices/" + id + "/line-items");
            sweep.get(billing, Endpoint.INVOICE_LINES_AS_CSV, "/v1/invoices/" + id + "/line-items");
            sweep.get(billing, Endpoint.INVOICE_CSV, "/v1/invoices/" + id + "/line-items.csv");
        }
        String lines = "/v1/invoices/" + contoso.invoiceId() + "/line-items";
        for (String query : List.of("cursor=-1", "cursor=x", "limit=0", "limit=1001", "limit=99999999999")) {
            sweep.get(billing, Endpoint.INVOICE_LINES, lines + "?" + query);
        }
        String current = YearMonth.now(ZoneOffset.UTC).toString();
        String next = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();
        for (String period : List.of(current, next, "2999-12", "2026-13", "2026-00", "2026-1", "26-01",
                "%2B10000-01", "99999999999-01", "last-month", "..%2F..%2F", "2026-01%00", "p".repeat(3000))) {
            sweep.post(billing, Endpoint.PERIOD_CLOSE, "/v1/billing/periods/" + period + "/close");
        }
        for (String currency : List.of("usd", "US", "USDX", "%00", "1")) {
            sweep.get(billing, Endpoint.UNBILLED, "/v1/billing/unbilled/line-items?currency=" + currency);
        }
    }

    // ---------------------------------------------------------------- the families

    /** Path segments that are no id: malformed GUIDs, path tricks, control characters, and an unknown GUID. */
    private static List<String> badIds() {
        return List.of("not-a-guid", "1234", "00000000-0000-0000-0000-00000000000g", UNKNOWN + "x",
                "%7B" + UNKNOWN + "%7D", "%00", "..%2F..%2F", "%2e%2e%2fx", "i".repeat(300), UNKNOWN);
    }

    // ---------------------------------------------------------------- helpers

    /** Row counts once they stop moving: what earlier tests set going (relays, consumers) has come to rest. */
    private static Map<String, Long> settledRowCounts(Instant since) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Long> last = withoutSelfChanging(Databases.rowCounts(since));
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            Map<String, Long> now = withoutSelfChanging(Databases.rowCounts(since));
            if (!now.equals(last)) {
                last = now;
                stableSince = Instant.now();
            } else if (Duration.between(stableSince, Instant.now()).toMillis() >= 2000) {
                return now;
            }
        }
        return last;
    }

    private static Map<String, Long> withoutSelfChanging(Map<String, Long> counts) {
        Map<String, Long> kept = new LinkedHashMap<>(counts);
        CHANGE_BY_THEMSELVES.forEach(kept::remove);
        return kept;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pathsAndValues) {
        Map<String, Object> result = base;
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            result = Mutations.with(result, (String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return result;
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
