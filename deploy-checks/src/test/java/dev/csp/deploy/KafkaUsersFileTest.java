package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.deploy.UserManifest.Acl;
import dev.csp.deploy.UserManifest.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * deploy/base/kafka-users.yaml is what UserManifest makes of today's services: each may write what it publishes and
 * read what it consumes, and the topics they name are the contracts' topics, each with one publisher.
 */
class KafkaUsersFileTest {

    private final Repository repository = Repository.locate();

    @Test
    void theUserFileIsUpToDate() throws IOException {
        Path file = repository.root().resolve("deploy/base/kafka-users.yaml");
        String expected = UserManifest.render(repository);
        if (Boolean.getBoolean("csp.deploy.write-users")) {
            Files.writeString(file, expected);
        }
        assertEquals(expected, Files.readString(file), "deploy/base/kafka-users.yaml is out of date: regenerate it"
                + " with mvn -B -o -f deploy-checks/pom.xml test -Dcsp.deploy.write-users=true");
    }

    @Test
    void aServiceWritesWhatItPublishesAndReadsWhatItConsumesInItsGroup() {
        Properties properties = Settings.of("""
                quarkus.application.name=x-service
                csp.outbox.topics=b-out, a-out
                mp.messaging.incoming.many.topics=d-in,c-in
                %test.mp.messaging.incoming.e.topic=e-in
                csp.kafka.also-reads=b-out
                """);

        assertEquals(new User("x-service", List.of(
                new Acl("topic", "b-out", "literal", UserManifest.WRITE),
                new Acl("topic", "a-out", "literal", UserManifest.WRITE),
                new Acl("topic", "b-out", "literal", UserManifest.READ),
                new Acl("topic", "c-in", "literal", UserManifest.READ),
                new Acl("topic", "d-in", "literal", UserManifest.READ),
                new Acl("group", "x-service", "literal", UserManifest.READ),
                new Acl("topic", "x-service.", "prefix", UserManifest.WRITE))), UserManifest.service(properties));
    }

    @Test
    void aPublisherOnlyHasNoGroupAndNoDeadLetters() {
        Properties properties = Settings.of("""
                quarkus.application.name=x-service
                csp.outbox.topics=a-out
                """);

        assertEquals(List.of(new Acl("topic", "a-out", "literal", UserManifest.WRITE)),
                UserManifest.service(properties).acls());
    }

    @Test
    void anUnknownTopicAndATopicWithTwoPublishersFail() {
        List<User> users = List.of(
                new User("order-service", List.of(new Acl("topic", "order-placed", "literal", UserManifest.WRITE),
                        new Acl("topic", "order-shipped", "literal", UserManifest.READ))),
                new User("billing-service", List.of(new Acl("topic", "order-placed", "literal", UserManifest.WRITE))));

        assertEquals(List.of("order-service consumes order-shipped, which is not a topic of event-contracts'"
                        + " EventTypes.BY_TOPIC",
                "order-placed is published by order-service and billing-service: a topic has one owner"
                        + " (csp.outbox.topics)"), UserManifest.problems(users));
    }

    @Test
    void theServicesTopicsAreTheContractsTopicsWithOnePublisherEach() {
        assertEquals(List.of(), UserManifest.problems(UserManifest.users(repository)));
    }
}
