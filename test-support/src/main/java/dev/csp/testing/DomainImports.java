package dev.csp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The domain speaks no HTTP: lists each import of the HTTP problem types ({@code dev.csp.kit.api}), of JAX-RS or of
 * RESTEasy in a source file under a {@code domain} package. A domain failure is a {@code dev.csp.kit.failure.Failure};
 * only the API knows which status it becomes.
 */
public final class DomainImports {

    static final List<String> HTTP = List.of("dev.csp.kit.api.", "jakarta.ws.rs.", "org.jboss.resteasy.");

    private DomainImports() {
    }

    /** "path: import line" for each offending import under {@code sources} (such as a module's src/main/java). */
    public static List<String> speakingHttp(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(DomainImports::inDomain).flatMap(DomainImports::httpImports).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The domain files found under {@code sources}, so a check cannot pass by looking in the wrong place. */
    public static long domainFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(DomainImports::inDomain).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inDomain(Path file) {
        return file.toString().endsWith(".java")
                && file.getParent() != null && file.getParent().toString().replace('\\', '/').matches(".*/domain(/.*)?");
    }

    private static Stream<String> httpImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .filter(line -> HTTP.stream().anyMatch(prefix -> line.replace("import static ", "import ")
                            .startsWith("import " + prefix)))
                    .map(line -> file + ": " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
