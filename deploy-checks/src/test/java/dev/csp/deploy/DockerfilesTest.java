package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each service has an image recipe in Quarkus's JVM layout that runs as the non-root user 185 on port 8080. */
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
}
