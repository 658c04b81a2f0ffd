package dev.csp.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.kit.failure.Failure;
import dev.csp.testing.DomainImports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A domain failure answers exactly what the HTTP problem it replaces answered, status and body alike. */
class FailureProblemsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachKindAnswersAsTheProblemItReplaces() throws Exception {
        same(ProblemException.notFound("Order", 42), Failure.notFound("Order", 42));
        same(ProblemException.badRequest("unknown-kind", "No."), Failure.invalid("unknown-kind", "No."));
        same(ProblemException.conflict("customer-exists", "Taken."), Failure.notAllowedNow("customer-exists", "Taken."));
        same(ProblemException.unprocessable("unknown-sku", "No SKU."), Failure.ruleViolated("unknown-sku", "No SKU."));
        same(ProblemException.gone("download-link-expired", "Late."), Failure.gone("download-link-expired", "Late."));
        same(ProblemException.forbidden("Not you."), Failure.forbidden("Not you."));
        same(new ProblemException(Problem.of(413, "too-big", "Too big", "Smaller.")),
                new Failure(Failure.Kind.TOO_LARGE, "too-big", "Too big", "Smaller."));
        same(new ProblemException(Problem.of(415, "odd-type", "Odd type", "PDF.")),
                new Failure(Failure.Kind.UNSUPPORTED_TYPE, "odd-type", "Odd type", "PDF."));
        same(new ProblemException(Problem.of(500, "broken", "Broken", "Ours.")),
                new Failure(Failure.Kind.BROKEN, "broken", "Broken", "Ours."));
    }

    @Test
    void extensionMembersFollowTheProblemsOwn() throws Exception {
        Failure refused = Failure.notAllowedNow("support-request-required", "Ask.")
                .with("supportRequestUrl", "/v1/support-requests?orderId=1").with("daysRemaining", 3);
        assertEquals("{\"type\":\"https://csp.dev/problems/support-request-required\",\"title\":\"Not allowed now\","
                        + "\"status\":409,\"detail\":\"Ask.\",\"code\":\"support-request-required\","
                        + "\"supportRequestUrl\":\"/v1/support-requests?orderId=1\",\"daysRemaining\":3}",
                json.writeValueAsString(ProblemMappers.problem(refused)));
        assertEquals("{\"type\":\"https://csp.dev/problems/not-found\",\"title\":\"Order not found\",\"status\":404,"
                        + "\"detail\":\"Order 7 does not exist.\",\"code\":\"not-found\"}",
                json.writeValueAsString(ProblemMappers.problem(Failure.notFound("Order", 7))));
    }

    @Test
    void theDomainCheckFindsAnHttpImport(@TempDir Path sources) throws Exception {
        Path domain = Files.createDirectories(sources.resolve("dev/csp/x/domain/inner"));
        Files.writeString(domain.resolve("Clean.java"), "package dev.csp.x.domain.inner;\nimport dev.csp.kit.failure.Failure;\n");
        Files.writeString(domain.resolve("Speaks.java"), "package dev.csp.x.domain.inner;\n"
                + "import dev.csp.kit.api.ProblemException;\nimport jakarta.ws.rs.core.Response;\n");
        Path api = Files.createDirectories(sources.resolve("dev/csp/x/api"));
        Files.writeString(api.resolve("Resource.java"), "package dev.csp.x.api;\nimport jakarta.ws.rs.GET;\n");

        Path speaks = domain.resolve("Speaks.java");
        assertEquals(List.of(speaks + ": import dev.csp.kit.api.ProblemException;",
                speaks + ": import jakarta.ws.rs.core.Response;"), DomainImports.speakingHttp(sources));
        assertEquals(2, DomainImports.domainFiles(sources));
    }

    private void same(ProblemException before, Failure after) throws Exception {
        Problem answered = ProblemMappers.problem(after);
        assertEquals(before.problem(), answered);
        assertEquals(json.writeValueAsString(before.problem()), json.writeValueAsString(answered));
        assertEquals(before.getMessage(), after.getMessage());
    }
}
