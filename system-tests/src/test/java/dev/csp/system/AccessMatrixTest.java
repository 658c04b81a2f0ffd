package dev.csp.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.system.Fixtures.Ids;
import dev.csp.system.Fixtures.Side;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import io.restassured.RestAssured;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, as one table: every endpoint, asked by every demo user (both partners' six roles, the customers'
 * admins and a user without a role, platform operations), about an object of their own tenant and of the other one,
 * and with no token, an expired one, an ID token, one from a wrong issuer and a forged one. Expected: the role matrix of
 * docs/ARCHITECTURE.md ("Who may do what"): a role that may never do it gets 403; another tenant's object answers 404
 * exactly as an unknown one; no token or a bad one, 401.
 *
 * <p>Every object is settled (a cancelled order, a revoked entitlement, a decided support request) and every write is
 * one the service refuses on its merits once the caller got through (an existing product, a customer it already has,
 * an unknown SKU, a month not yet ended). So the expected answer for "allowed" is that refusal (404/409/410/422) and
 * running the table changes nothing, however often it runs.
 */
class AccessMatrixTest {

    private static final String PARTNER = "admin-agent,sales-agent,global-admin,account-admin,referral-admin,"
            + "marketing-content-admin";
    private static final String BROWSE = PARTNER + ",catalog-admin";
    private static final String CATALOG_ADMIN = "catalog-admin";
    private static final String READ_CUSTOMERS = "admin-agent,sales-agent,global-admin,account-admin";
    private static final String BUY = "admin-agent,global-admin";
    /** Not named in the matrix: whether (and until when) an order can be cancelled is asked by those who buy. */
    private static final String CANCELLATION_STATE = "admin-agent,global-admin";
    private static final String CANCEL = "admin-agent";
    private static final String SEE_SOFTWARE = "admin-agent,global-admin,customer-global-admin";
    private static final String USE_SOFTWARE = "admin-agent,customer-global-admin";
    private static final String ACTIVITY = "global-admin,account-admin,referral-admin,marketing-content-admin";
    private static final String BILLING = "global-admin,account-admin";
    private static final String SUBMIT_SUPPORT = "admin-agent,global-admin";
    private static final String READ_SUPPORT = "admin-agent,global-admin,support-agent";
    private static final String DECIDE_SUPPORT = "support-agent";
    private static final String ANSWER_RELATIONSHIP = "customer-global-admin";

    private static final String NO_PRODUCT = "access-no-such-product";
    private static final String UNKNOWN_LINK = "6f1c1d2e-0000-4000-8000-00000000a11c";
    private static final String PRODUCT = "windows-server-2022-standard";

    /** Whose object it is: nobody's (catalog, or scoped to the caller), a partner's, an entitlement, a support request. */
    enum Scope {
        NONE((user, side) -> true),
        PARTNER((user, side) -> user.tenantId().equals(side.partner)),
        ENTITLEMENT((user, side) -> user.tenantId().equals(side.partner) && user.roles().stream().anyMatch(r ->
                r.equals("admin-agent") || r.equals("global-admin"))
                || user.tenantId().equals(side.customerTenant) && user.roles().contains("customer-global-admin")),
        CUSTOMER_TENANT((user, side) -> user.tenantId().equals(side.customerTenant)),
        SUPPORT((user, side) -> user.tenantId().equals(side.partner)
                || user.tenantId().equals(DemoTenants.OPERATIONS) && user.roles().contains("support-agent"));

        final BiPredicate<DemoUser, Side> owns;

        Scope(BiPredicate<DemoUser, Side> owns) {
            this.owns = owns;
        }
    }

    /**
     * One line of the table. {@code allowed}: the answer to a caller with the role, about their own object.
     * {@code listed}: for a list, the id that must appear exactly when the caller owns the side's object.
     */
    record Row(Endpoint endpoint, Set<String> roles, Scope scope, int allowed, int otherTenant, Function<Ids, String> path,
               Function<Ids, String> body, Function<Ids, String> listed, boolean listsAllOwn) {

        /** For a body that names another tenant's object: refused exactly as for an unknown one. */
        Row otherTenantAnswers(int status) {
            return new Row(endpoint, roles, scope, allowed, status, path, body, listed, listsAllOwn);
        }

        /** A list that may not show every one of the owner's objects (a period, a page): only leaks are checked. */
        Row mayOmitOwn() {
            return new Row(endpoint, roles, scope, allowed, otherTenant, path, body, listed, false);
        }
    }

    private final List<String> wrong = new ArrayList<>();
    private int cases;

    @Test
    void everyEndpointAnswersEveryCallerAsTheRoleMatrixSays() {
        Map<Side, Ids> objects = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            objects.put(side, Fixtures.of(side));
        }
        List<Row> table = table();
        expiredTokens = BadTokens.expired(table.stream().map(AccessMatrixTest::entitled).distinct().toList(),
                (user, fresh) -> Http.call("GET", Platform.CATALOG, "/v1/markets/US").bearer(fresh).send().status() != 401);
        assertEquals(EnumSet.allOf(Endpoint.class), table.stream().map(Row::endpoint)
                .collect(() -> EnumSet.noneOf(Endpoint.class), Set::add, Set::addAll), "a row for every endpoint");

        for (Row row : table) {
            for (DemoUser user : DemoUser.values()) {
                for (Side side : row.scope() == Scope.NONE ? List.of(home(user)) : List.of(Side.values())) {
                    expect(row, user, side, objects.get(side));
                }
            }
            badCredentials(row, objects.get(Side.CONTOSO));
        }
        System.out.printf("access: cases %d, wrong %d%n", cases, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }

    /** The routes of every service's OpenAPI document are exactly the table's: a new endpoint needs its row. */
    @Test
    void theTableHasEveryEndpointOfEveryService() {
        Set<String> documented = new TreeSet<>();
        for (String service : List.of(Platform.CATALOG, Platform.ORDERS, Platform.ENTITLEMENTS, Platform.AUDIT,
                Platform.BILLING)) {
            Map<String, Map<String, Object>> paths = RestAssured.given().baseUri(service).queryParam("format", "json")
                    .get("/q/openapi").then().statusCode(200).extract().path("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(method -> List.of("get", "post", "put", "delete", "patch").contains(method))
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        }
        Set<String> tabled = new TreeSet<>();
        for (Endpoint endpoint : Endpoint.values()) {
            tabled.add(endpoint.method + " " + endpoint.path);
        }
        assertEquals(documented, tabled);
    }

    private void expect(Row row, DemoUser user, Side side, Ids ids) {
        int expected;
        if (row.endpoint() == Endpoint.DOWNLOAD) {
            expected = 403; // the link is the credential, whoever is signed in: this one is not a link of ours
        } else if (user.roles().stream().noneMatch(row.roles()::contains)) {
            expected = 403;
        } else if (row.listed() == null && !row.scope().owns.test(user, side)) {
            expected = row.otherTenant();
        } else {
            expected = row.allowed();
        }
        Http.Answer response = send(row, Platform.token(user), ids);
        String who = user.userName() + " on " + side + "'s";
        check(row, who, expected, response);
        if (expected == 200 && response.status() == 200 && row.listed() != null) {
            boolean shown = response.body().contains(row.listed().apply(ids));
            boolean owner = row.scope().owns.test(user, side);
            if (shown != owner && (shown || row.listsAllOwn())) {
                wrong.add(row.endpoint() + " as " + who + ": " + (owner ? "does not list its own " : "lists another's ")
                        + row.listed().apply(ids));
            }
        }
    }

    /** No token, an expired one, an ID token, another issuer's, a forged one: each 401, even where a role would do. */
    private void badCredentials(Row row, Ids ids) {
        DemoUser user = entitled(row);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("an expired token", expiredTokens.get(user));
        callers.put("an ID token", BadTokens.idToken(user));
        callers.put("a token from a wrong issuer", BadTokens.fromWrongIssuer(user));
        callers.put("a forged token", BadTokens.forged(user));
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            // the download link needs no sign-in: without a token the (invalid) link itself is judged
            int expected = row.endpoint() == Endpoint.DOWNLOAD && caller.getKey().equals("no token") ? 403 : 401;
            check(row, caller.getKey() + " of " + user.userName(), expected, send(row, caller.getValue(), ids));
        }
    }

    private Map<DemoUser, String> expiredTokens;

    private void check(Row row, String who, int expected, Http.Answer response) {
        cases++;
        if (response.status() != expected) {
            wrong.add(row.endpoint() + " as " + who + ": expected " + expected + ", got " + response.status() + " "
                    + Mutations.printable(String.valueOf(response.body())));
        }
    }

    private static Http.Answer send(Row row, String token, Ids ids) {
        Endpoint endpoint = row.endpoint();
        Http.Call call = Http.call(endpoint.method, endpoint.service, row.path().apply(ids)).bearer(token);
        if (endpoint.mediaType != null && "GET".equals(endpoint.method)) {
            call.header("Accept", endpoint.mediaType);
        }
        String body = row.body() == null ? null : row.body().apply(ids);
        if (endpoint == Endpoint.SUPPORT_SUBMIT_MULTIPART) {
            call.body("multipart/form-data; boundary=access-matrix", Http.form("access-matrix", body, "note.txt", "Access."));
        } else if (body != null) {
            call.json(body);
        }
        return call.send();
    }

    /** The user's own side: partner users and their customers' users; platform operations get Contoso's objects. */
    private static Side home(DemoUser user) {
        return user.tenantId().equals(DemoTenants.FABRIKAM) || user.tenantId().equals(DemoTenants.NORTHWIND)
                ? Side.FABRIKAM : Side.CONTOSO;
    }

    /** Someone the row allows, so that the bad credential is the only thing wrong. */
    private static DemoUser entitled(Row row) {
        for (DemoUser user : DemoUser.values()) {
            if (user.roles().stream().anyMatch(row.roles()::contains)) {
                return user;
            }
        }
        return DemoUser.CONTOSO_ADMIN_AGENT;
    }

    // ---------------------------------------------------------------- the table

    private static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        String nextMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();
        // catalog: not any tenant's
        rows.add(row(Endpoint.MARKETS, BROWSE, Scope.NONE, 200, ids -> "/v1/markets?taxIncluded=true"));
        rows.add(row(Endpoint.MARKET, BROWSE, Scope.NONE, 200, ids -> "/v1/markets/US"));
        rows.add(row(Endpoint.PRODUCTS, BROWSE, Scope.NONE, 200, ids -> "/v1/products?market=US&q=Windows"));
        rows.add(row(Endpoint.PRODUCT, BROWSE, Scope.NONE, 200, ids -> "/v1/products/" + PRODUCT + "?market=US"));
        rows.add(row(Endpoint.SKU_AVAILABILITY, BROWSE, Scope.NONE, 200,
                ids -> "/v1/products/" + PRODUCT + "/skus/" + Fixtures.SKU + "/availability?market=US"));
        rows.add(row(Endpoint.POLICIES, BROWSE, Scope.NONE, 200, ids -> "/v1/products/cancellation-policies"));
        rows.add(row(Endpoint.PRODUCT_CREATE, CATALOG_ADMIN, Scope.NONE, 409, ids -> "/v1/products", ids -> "{\"id\": \""
                + PRODUCT + "\", \"name\": \"Access\", \"kind\": \"PERPETUAL_SOFTWARE\", \"publisher\": \"Access\"}"));
        rows.add(row(Endpoint.PRODUCT_CHANGE, CATALOG_ADMIN, Scope.NONE, 404, ids -> "/v1/products/" + NO_PRODUCT,
                ids -> "{\"name\": \"Access\", \"publisher\": \"Access\", \"active\": true}"));
        rows.add(row(Endpoint.SKU_DEFINE, CATALOG_ADMIN, Scope.NONE, 404, ids -> "/v1/products/" + NO_PRODUCT + "/skus/x-sku",
                ids -> "{\"name\": \"Access\", \"terms\": [], \"billingOptions\": [\"ONE_TIME\"], \"minQuantity\": 1,"
                        + " \"maxQuantity\": 5}"));
        rows.add(row(Endpoint.SKU_PRICES, CATALOG_ADMIN, Scope.NONE, 404, ids -> "/v1/products/" + NO_PRODUCT
                + "/skus/x-sku/prices", ids -> "{\"prices\": [{\"market\": \"US\", \"unitPrice\": {\"amount\": \"1.00\","
                + " \"currency\": \"USD\"}}]}"));
        rows.add(row(Endpoint.PRODUCT_MARKET, CATALOG_ADMIN, Scope.NONE, 404, ids -> "/v1/products/" + NO_PRODUCT
                + "/availability/US", ids -> "{\"available\": true}"));
        rows.add(row(Endpoint.POLICY_ADD, CATALOG_ADMIN, Scope.NONE, 422, ids -> "/v1/products/cancellation-policies",
                ids -> "{\"kind\": \"PERPETUAL_SOFTWARE\", \"effectiveFrom\": \"2000-01-01\", \"cancellable\": true,"
                        + " \"windowDays\": 60, \"refundKind\": \"FULL\", \"supportRequestAbove\": []}"));

        // customers and orders: the partner's own
        rows.add(list(Endpoint.CUSTOMERS, READ_CUSTOMERS, Scope.PARTNER, ids -> "/v1/customers?q="
                + ids.side().customerName.split(" ")[0], Ids::customerId));
        rows.add(row(Endpoint.CUSTOMER, READ_CUSTOMERS, Scope.PARTNER, 200, ids -> "/v1/customers/" + ids.customerId()));
        // what the customer can be sold, from order-service's copy of the catalog (Add products)
        rows.add(row(Endpoint.CUSTOMER_PRODUCTS, READ_CUSTOMERS, Scope.PARTNER, 200,
                ids -> "/v1/customers/" + ids.customerId() + "/products"));
        rows.add(row(Endpoint.CUSTOMER_ADD, BUY, Scope.NONE, 409, ids -> "/v1/customers", ids -> "{\"name\": \"Access\","
                + " \"tenantId\": \"" + ids.side().customerTenant + "\", \"domain\": \"access.example\", \"market\": \"US\"}"));
        rows.add(row(Endpoint.ORDER_PLACE, BUY, Scope.PARTNER, 422, ids -> "/v1/customers/" + ids.customerId() + "/orders",
                ids -> "{\"lines\": [{\"skuId\": \"access-no-such-sku\", \"quantity\": 1}]}"));
        rows.add(row(Endpoint.ORDERS, READ_CUSTOMERS, Scope.PARTNER, 200, ids -> "/v1/customers/" + ids.customerId() + "/orders"));
        rows.add(row(Endpoint.ORDER, READ_CUSTOMERS, Scope.PARTNER, 200, AccessMatrixTest::order));
        rows.add(row(Endpoint.CANCELLATION_ELIGIBILITY, CANCELLATION_STATE, Scope.PARTNER, 200,
                ids -> order(ids) + "/cancellation-eligibility"));
        rows.add(row(Endpoint.CANCELLATION, CANCEL, Scope.PARTNER, 409, ids -> order(ids) + "/cancellations",
                ids -> "{\"acknowledged\": true}"));

        // reseller relationship requests: answered by the customer tenant's Global admin. The demo customer's is
        // accepted: accepting again answers 200 and changes nothing, declining it now is a 409
        rows.add(list(Endpoint.RELATIONSHIP_REQUESTS, ANSWER_RELATIONSHIP, Scope.CUSTOMER_TENANT,
                ids -> "/v1/relationship-requests?status=ACCEPTED&limit=200", Ids::customerId));
        rows.add(row(Endpoint.RELATIONSHIP_ACCEPT, ANSWER_RELATIONSHIP, Scope.CUSTOMER_TENANT, 200,
                ids -> "/v1/relationship-requests/" + ids.customerId() + "/acceptance"));
        rows.add(row(Endpoint.RELATIONSHIP_DECLINE, ANSWER_RELATIONSHIP, Scope.CUSTOMER_TENANT, 409,
                ids -> "/v1/relationship-requests/" + ids.customerId() + "/decline"));

        // support requests: submitted by the partner, decided by platform operations
        // another partner's customer and order in the body: "unknown customer", as for one that does not exist
        rows.add(row(Endpoint.SUPPORT_SUBMIT, SUBMIT_SUPPORT, Scope.PARTNER, 422, ids -> "/v1/support-requests",
                AccessMatrixTest::refundInAnotherCurrency).otherTenantAnswers(422));
        rows.add(row(Endpoint.SUPPORT_SUBMIT_MULTIPART, SUBMIT_SUPPORT, Scope.PARTNER, 422, ids -> "/v1/support-requests",
                AccessMatrixTest::refundInAnotherCurrency).otherTenantAnswers(422));
        rows.add(list(Endpoint.SUPPORT_REQUESTS, READ_SUPPORT, Scope.SUPPORT,
                ids -> "/v1/support-requests?status=REJECTED&limit=100", Ids::supportRequestId));
        rows.add(row(Endpoint.SUPPORT_REQUEST, READ_SUPPORT, Scope.SUPPORT, 200,
                ids -> "/v1/support-requests/" + ids.supportRequestId()));
        rows.add(row(Endpoint.SUPPORT_ATTACHMENT, READ_SUPPORT, Scope.SUPPORT, 200,
                ids -> "/v1/support-requests/" + ids.supportRequestId() + "/attachments/" + ids.attachmentId()));
        rows.add(row(Endpoint.SUPPORT_REVIEW, DECIDE_SUPPORT, Scope.SUPPORT, 409,
                ids -> "/v1/support-requests/" + ids.supportRequestId() + "/review"));
        rows.add(row(Endpoint.SUPPORT_APPROVAL, DECIDE_SUPPORT, Scope.SUPPORT, 409,
                ids -> "/v1/support-requests/" + ids.supportRequestId() + "/approval",
                ids -> "{\"approvedAmount\": {\"amount\": \"1.00\", \"currency\": \"" + ids.currency() + "\"}}"));
        rows.add(row(Endpoint.SUPPORT_REJECTION, DECIDE_SUPPORT, Scope.SUPPORT, 409,
                ids -> "/v1/support-requests/" + ids.supportRequestId() + "/rejection", ids -> "{\"reason\": \"Access.\"}"));

        // software: the partner's, and the customer's own tenant's
        rows.add(list(Endpoint.ENTITLEMENTS, SEE_SOFTWARE, Scope.ENTITLEMENT,
                ids -> "/v1/entitlements?customerId=" + ids.customerId(), Ids::entitlementId));
        rows.add(row(Endpoint.ENTITLEMENT, SEE_SOFTWARE, Scope.ENTITLEMENT, 200, ids -> "/v1/entitlements/" + ids.entitlementId()));
        rows.add(row(Endpoint.KEY, USE_SOFTWARE, Scope.ENTITLEMENT, 410, ids -> "/v1/entitlements/" + ids.entitlementId() + "/key"));
        rows.add(row(Endpoint.DOWNLOAD_LINK, USE_SOFTWARE, Scope.ENTITLEMENT, 410,
                ids -> "/v1/entitlements/" + ids.entitlementId() + "/download-links",
                ids -> "{\"version\": \"2022\", \"language\": \"en-us\", \"bitness\": \"x64\"}"));
        // the links made for the revoked entitlement are still listed (revoked); revoking an unknown one is a 404
        // for everyone, so this row tells roles (403) from the rest, and revokes nothing
        rows.add(row(Endpoint.DOWNLOAD_LINKS, USE_SOFTWARE, Scope.ENTITLEMENT, 200,
                ids -> "/v1/entitlements/" + ids.entitlementId() + "/download-links"));
        rows.add(row(Endpoint.DOWNLOAD_LINK_REVOKE, USE_SOFTWARE, Scope.ENTITLEMENT, 404,
                ids -> "/v1/entitlements/" + ids.entitlementId() + "/download-links/" + UNKNOWN_LINK));
        rows.add(row(Endpoint.DOWNLOAD, "", Scope.NONE, 403,
                ids -> "/v1/downloads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        // the activity log: the caller's own partner's, whatever is asked
        rows.add(list(Endpoint.ACTIVITY, ACTIVITY, Scope.PARTNER,
                ids -> "/v1/activity-log?customerId=" + ids.customerId() + "&limit=500", Ids::orderId).mayOmitOwn());
        rows.add(row(Endpoint.ACTIVITY_USERS, ACTIVITY, Scope.NONE, 200, ids -> "/v1/activity-log/users"));
        rows.add(row(Endpoint.ACTIVITY_USERS_EXPORT, ACTIVITY, Scope.NONE, 200, ids -> "/v1/activity-log/export/users"));
        rows.add(row(Endpoint.ACTIVITY_VERIFY, ACTIVITY, Scope.NONE, 200, ids -> "/v1/activity-log/verify"));
        rows.add(row(Endpoint.ACTIVITY_CHECKPOINTS, ACTIVITY, Scope.NONE, 200, ids -> "/v1/activity-log/checkpoints"));
        rows.add(row(Endpoint.ACTIVITY_CHAIN, ACTIVITY, Scope.NONE, 200, ids -> "/v1/activity-log/chain"));
        rows.add(list(Endpoint.ACTIVITY_EXPORT, ACTIVITY, Scope.PARTNER,
                ids -> "/v1/activity-log/export?customerId=" + ids.customerId(), Ids::orderId).mayOmitOwn());

        // billing: the partner's own
        rows.add(list(Endpoint.INVOICES, BILLING, Scope.PARTNER, ids -> "/v1/invoices?limit=100", Ids::invoiceId));
        rows.add(row(Endpoint.INVOICE, BILLING, Scope.PARTNER, 200, ids -> "/v1/invoices/" + ids.invoiceId()));
        rows.add(row(Endpoint.INVOICE_LINES, BILLING, Scope.PARTNER, 200, ids -> "/v1/invoices/" + ids.invoiceId() + "/line-items"));
        rows.add(row(Endpoint.INVOICE_LINES_AS_CSV, BILLING, Scope.PARTNER, 200,
                ids -> "/v1/invoices/" + ids.invoiceId() + "/line-items"));
        rows.add(row(Endpoint.INVOICE_CSV, BILLING, Scope.PARTNER, 200, ids -> "/v1/invoices/" + ids.invoiceId() + "/line-items.csv"));
        rows.add(row(Endpoint.PERIOD_CLOSE, BILLING, Scope.NONE, 409, ids -> "/v1/billing/periods/" + nextMonth + "/close"));
        rows.add(row(Endpoint.UNBILLED, BILLING, Scope.NONE, 200, ids -> "/v1/billing/unbilled/line-items?currency=XTS"));
        return rows;
    }

    private static String order(Ids ids) {
        return "/v1/customers/" + ids.customerId() + "/orders/" + ids.orderId();
    }

    /** A refund for the side's cancelled order, asked in a currency it was not paid in: refused once let through. */
    private static String refundInAnotherCurrency(Ids ids) {
        return "{\"type\": \"CSP_PURCHASE_REFUND\", \"impact\": \"MINIMAL\", \"title\": \"Access\", \"customerTenantId\": \""
                + ids.side().customerTenant + "\", \"orderId\": \"" + ids.orderId() + "\", \"refundReason\": \"Access\","
                + " \"amountRequested\": {\"amount\": \"1.00\", \"currency\": \"XTS\"}, \"contact\": {\"name\": \"Access\","
                + " \"email\": \"access@example.com\", \"phone\": \"+1 425 555 0100\"}}";
    }

    private static Row row(Endpoint endpoint, String roles, Scope scope, int allowed, Function<Ids, String> path) {
        return row(endpoint, roles, scope, allowed, path, null);
    }

    private static Row row(Endpoint endpoint, String roles, Scope scope, int allowed, Function<Ids, String> path,
                           Function<Ids, String> body) {
        return new Row(endpoint, roles(roles), scope, allowed, 404, path, body, null, true);
    }

    /** A list of the caller's own: the side's object appears for its owners and for nobody else. */
    private static Row list(Endpoint endpoint, String roles, Scope scope, Function<Ids, String> path,
                            Function<Ids, String> listed) {
        return new Row(endpoint, roles(roles), scope, 200, 200, path, null, listed, true);
    }

    private static Set<String> roles(String names) {
        return names.isEmpty() ? Set.of() : Set.of(names.split(","));
    }
}
