package dev.csp.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.DomainImports;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domain classes throw domain failures; no file in the domain imports the HTTP problem types or JAX-RS. */
class DomainSpeaksNoHttpTest {

    @Test
    void noDomainFileImportsHttp() {
        Path sources = Path.of("src/main/java");
        assertTrue(DomainImports.domainFiles(sources) > 0, "no domain sources under " + sources.toAbsolutePath());
        assertEquals(List.of(), DomainImports.speakingHttp(sources));
    }
}
