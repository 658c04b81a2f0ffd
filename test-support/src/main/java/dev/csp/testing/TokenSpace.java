package dev.csp.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link RefusedTokens} against a service's endpoints (each a request the user would be allowed to make with a
 * good token) and says what was answered wrongly: each must be a 401 in problem+json, whatever the endpoint.
 */
public final class TokenSpace {

    private TokenSpace() {
    }

    /** One request: a method and a path, asked as {@code user}. */
    public record Call(String method, String path) {
    }

    public static Call get(String path) {
        return new Call("GET", path);
    }

    public static Call post(String path) {
        return new Call("POST", path);
    }

    /** The wrong answers ("flaw on call: status"), empty when every bad token was refused on every call. */
    public static List<String> wrongAnswers(DemoUser user, List<Call> calls) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> token : RefusedTokens.of(user).entrySet()) {
            for (Call call : calls) {
                RequestSpecification request = given().header("Authorization", token.getValue());
                if (!call.method().equals("GET")) {
                    request.contentType("application/json").body("{}");
                }
                Response response = request.request(call.method(), call.path());
                String type = String.valueOf(response.getContentType());
                if (response.statusCode() != 401 || !type.startsWith("application/problem+json")) {
                    wrong.add(token.getKey() + " on " + call.method() + " " + call.path() + ": " + response.statusCode()
                            + " " + type);
                }
            }
        }
        return wrong;
    }
}
