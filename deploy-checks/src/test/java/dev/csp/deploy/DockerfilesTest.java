package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each service has an image recipe in Quarkus's JVM layout that runs as the non-root user 185 on port 8080; the
 * partner UI's recipe builds the static files and serves them as nginx's unprivileged user 101 on port 8080, with the
 * nginx configuration it copies in place. Every file a recipe copies from its build context is there.
 */
class DockerfilesTest {

    private final Repository repository = Repository.locate();

    @Test
    void everyServiceHasAJvmDockerfileRunningAsNonRoot() throws IOException {
        for (String service : repository.services()) {
            List<String> lines = Files.readAllLines(repository.dockerfile(service));
            for (String required : List.of("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime",
                    "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                    "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                    "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                    "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                    "USER 185", "EXPOSE 8080")) {
                assertTrue(lines.stream().anyMatch(line -> line.startsWith(required)), service + ": " + required);
            }
        }
    }

    @Test
    void thePartnerUiHasAnImageServingItsBuildAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(repository.root().resolve("ui/Dockerfile"));
        for (String required : List.of("RUN npm ci", "RUN npm run build", "FROM docker.io/nginxinc/nginx-unprivileged",
                "COPY --from=build --chown=101:101 /ui/nginx.container.conf /etc/nginx/conf.d/default.conf",
                "COPY --from=build --chown=101:101 /ui/dist/ /usr/share/nginx/html/", "USER 101", "EXPOSE 8080")) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(required)), "ui/Dockerfile: " + required);
        }
        String nginx = Files.readString(repository.root().resolve("ui/nginx.container.conf"));
        assertTrue(nginx.contains("listen 8080;") && nginx.contains("try_files $uri $uri/ /index.html;"),
                "ui/nginx.container.conf serves the single-page app on 8080");
        for (String header : List.of("Content-Security-Policy", "frame-ancestors 'none'", "Strict-Transport-Security",
                "connect-src 'self' @OIDC_ORIGIN@")) {
            assertTrue(nginx.contains(header), "ui/nginx.container.conf sends " + header);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("s#@OIDC_ORIGIN@#")),
                "ui/Dockerfile fills in the identity provider's origin for the Content-Security-Policy");
    }

    /**
     * A COPY of a path the build context lacks fails the image build, which nobody runs here (no container runtime):
     * every source of every Dockerfile's COPY exists, except what the build makes first (a service's
     * target/quarkus-app/, after mvn package) and what an earlier stage made (--from).
     */
    @Test
    void everyCopySourceOfEveryDockerfileExists() throws IOException {
        List<Path> dockerfiles = new ArrayList<>(repository.services().stream().map(repository::dockerfile).toList());
        dockerfiles.add(repository.root().resolve("ui/Dockerfile"));
        List<String> missing = new ArrayList<>();
        for (Path dockerfile : dockerfiles) {
            // The README's build commands: a service's context is its module, the UI's is ui/.
            Path context = dockerfile.endsWith("src/main/docker/Dockerfile.jvm")
                    ? dockerfile.getParent().getParent().getParent().getParent() : dockerfile.getParent();
            for (String line : Files.readAllLines(dockerfile)) {
                List<String> words = Arrays.stream(line.trim().split("\\s+")).toList();
                if (!words.get(0).equals("COPY") || words.stream().anyMatch(w -> w.startsWith("--from="))) {
                    continue;
                }
                List<String> sources = words.stream().skip(1).filter(w -> !w.startsWith("--")).toList();
                for (String source : sources.subList(0, sources.size() - 1)) {
                    if (!source.startsWith("target/quarkus-app/") && !exists(context, source)) {
                        missing.add(repository.root().relativize(dockerfile) + ": COPY " + source);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "COPY sources missing from the build context");
    }

    /** A path, or for a wildcard at least one match (Docker fails a COPY whose pattern matches nothing). */
    private static boolean exists(Path context, String source) throws IOException {
        if (!source.contains("*")) {
            return Files.exists(context.resolve(source));
        }
        Path dir = context.resolve(source).getParent();
        String glob = "glob:" + Path.of(source).getFileName();
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> dir.getFileSystem().getPathMatcher(glob).matches(f.getFileName()));
        }
    }
}
