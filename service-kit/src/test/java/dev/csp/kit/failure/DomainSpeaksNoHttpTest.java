package dev.csp.kit.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.DomainImports;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service's domain throws {@link Failure}s: no file in a domain package imports the HTTP problem types or
 * JAX-RS. Read from the services' sources beside this module, as they are in this checkout.
 */
class DomainSpeaksNoHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "order-service", "entitlement-service", "audit-service", "billing-service"})
    void noDomainFileImportsHttp(String service) {
        Path sources = Path.of("..", service, "src/main/java");
        assertTrue(DomainImports.domainFiles(sources) > 0, "no domain sources under " + sources.toAbsolutePath());
        assertEquals(List.of(), DomainImports.speakingHttp(sources));
    }
}
