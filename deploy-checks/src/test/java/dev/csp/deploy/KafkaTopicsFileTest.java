package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** deploy/base/kafka-topics.yaml is what TopicManifest makes of today's contracts and dead-letter settings. */
class KafkaTopicsFileTest {

    private final Repository repository = Repository.locate();

    @Test
    void theTopicFileIsUpToDate() throws IOException {
        Path file = repository.root().resolve("deploy/base/kafka-topics.yaml");
        String expected = TopicManifest.render(ExpectedTopics.of(repository));
        if (Boolean.getBoolean("csp.deploy.write-topics")) {
            Files.writeString(file, expected);
        }
        assertEquals(expected, Files.readString(file), "deploy/base/kafka-topics.yaml is out of date: regenerate it"
                + " with mvn -B -o -f deploy-checks/pom.xml test -Dcsp.deploy.write-topics=true");
    }
}
