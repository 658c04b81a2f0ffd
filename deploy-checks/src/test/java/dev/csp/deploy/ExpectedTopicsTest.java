package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventTypes;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expected topics come from the sources: the contracts' topics and a dead-letter topic per consumed topic. */
class ExpectedTopicsTest {

    private final Repository repository = Repository.locate();

    @Test
    void expectsEveryContractTopic() {
        ExpectedTopics expected = ExpectedTopics.of(repository);

        assertEquals(EventTypes.BY_TOPIC.keySet(), expected.eventTopics());
        assertTrue(expected.all().containsAll(Set.of("order-placed", "product-published", "invoice-issued")));
    }

    @Test
    void expectsTheDeadLetterTopicsTheServicesConfigure() {
        Set<String> deadLetters = ExpectedTopics.of(repository).deadLetterTopics();

        assertTrue(deadLetters.containsAll(Set.of("order-service.product-published.dlq",
                "entitlement-service.order-placed.dlq", "billing-service.order-cancelled.dlq",
                "audit-service.software-key-accessed.dlq")), deadLetters::toString);
        deadLetters.forEach(topic -> assertTrue(topic.matches("[a-z]+-service\\.[a-z.-]+\\.dlq"), topic));
    }

    @Test
    void expectsADeadLetterTopicForEveryConsumedTopicOfTheDeployedSettingsOnly() {
        Properties properties = Settings.of("""
                quarkus.application.name=x-service
                mp.messaging.incoming.a.topic=a
                mp.messaging.incoming.many.topics=b, c
                %prod.mp.messaging.incoming.d.topic=d
                %test.mp.messaging.incoming.e.topic=e
                mp.messaging.incoming.a.auto.offset.reset=earliest
                """);

        assertEquals(Set.of("x-service.a.dlq", "x-service.b.dlq", "x-service.c.dlq", "x-service.d.dlq"),
                ExpectedTopics.deadLetterTopics(properties));
    }
}
