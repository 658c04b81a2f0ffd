package dev.csp.kit.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What a caller gets when a request fails (ProblemMappers, UnauthorizedProblem): always RFC 9457 problem+json with a
 * stable code, a title and a detail for people; a client's mistake is a 4xx naming what was wrong, never a 500; our
 * own bug is a 500 with an incident id and nothing of the cause. Through a probe resource of the kit's test
 * application (ProblemProbe), over real HTTP.
 */
@QuarkusTest
class ProblemsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "404, not-found, Order not found, Order 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f does not exist.",
            "409, already-cancelled, Not allowed now, The order is cancelled already.",
            "410, key-revoked, No longer available, The key was revoked.",
            "422, unknown-sku, Cannot be processed, No such SKU: x.",
            "400, invalid-status, Invalid request, No such case: 499."})
    void aRefusalIsItsStatusCodeTitleAndDetail(int status, String code, String title, String detail) {
        given().get("/test/problems/{s}", status == 400 ? 499 : status).then()
                .statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://csp.dev/problems/" + code))
                .body("title", equalTo(title))
                .body("detail", equalTo(detail))
                .body("violations", nullValue());
    }

    @Test
    void ourOwnBugIsA500WithAnIncidentAndNothingOfTheCause() {
        given().get("/test/problems/bug").then()
                .statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("internal-error"))
                .body("detail", matchesPattern("Something went wrong on our side\\. Incident [0-9a-f-]{36}\\."))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void constraintViolationsNameEachFieldAsTheClientWroteIt() {
        order("{\"kind\": \"SOFTWARE_PLAN\", \"acknowledged\": true, \"lines\": [{\"skuId\": \"\", \"quantity\": 0}]}")
                .statusCode(400)
                .body("code", equalTo("invalid-request"))
                .body("violations.field", equalTo(java.util.List.of("lines[0].quantity", "lines[0].skuId")))
                .body("detail", containsString("lines[0].quantity must be greater than or equal to 1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "not JSON | {\"kind\": | The body is not valid JSON.| ",
            "an unknown field | {\"kind\": \"SOFTWARE_PLAN\", \"lines\": [], \"colour\": 1} | Unknown field 'colour'. | colour",
            "an unknown enum value | {\"kind\": \"HARDWARE\", \"lines\": []} | 'HARDWARE' is not a valid Kind. | kind",
            "an enum as a number | {\"kind\": 1, \"lines\": []} | '1' is not a valid Kind. | kind",
            "a fractional quantity | {\"kind\": \"SOFTWARE_PLAN\", \"lines\": [{\"skuId\": \"s\", \"quantity\": 1.5}]}"
                    + " | '1.5' is not a valid int. | lines[0].quantity",
            "a number for a flag | {\"kind\": \"SOFTWARE_PLAN\", \"acknowledged\": 1, \"lines\": []}"
                    + " | '1' is not a valid boolean. | acknowledged",
            "a control character | {\"kind\": \"SOFTWARE_PLAN\", \"lines\": [{\"skuId\": \"a\\u0000b\", \"quantity\": 1}]}"
                    + " | Text must not contain control characters: 'lines[0].skuId' does. | lines[0].skuId"})
    void anUnreadableBodyIsA400SayingWhereAndWhy(String what, String body, String detail, String field) {
        ValidatableResponse answer = order(body).statusCode(400)
                .body("code", equalTo("malformed-body"))
                .body("title", equalTo("Malformed request body"))
                .body("detail", equalTo(detail));
        if (field == null) {
            answer.body("violations", nullValue());
        } else {
            answer.body("violations[0].field", equalTo(field)).body("violations[0].message", equalTo(detail));
        }
    }

    @Test
    void aPathThatDoesNotExistIsA404Problem() {
        given().get("/test/no-such-path").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("There is nothing at this path."));
    }

    @Test
    void noTokenIsA401WithTheBearerChallengeAndTheWrongRoleA403() {
        given().get("/test/problems/roles").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("unauthorized"));
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_SALES_AGENT)).get("/test/problems/roles")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("code", equalTo("forbidden"))
                .body("detail", equalTo("Your role does not allow this."));
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT)).get("/test/problems/roles")
                .then().statusCode(200);
    }

    private static ValidatableResponse order(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/test/problems/orders").then()
                .contentType(PROBLEM_JSON);
    }
}
