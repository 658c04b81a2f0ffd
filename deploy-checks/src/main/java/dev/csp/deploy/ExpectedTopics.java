package dev.csp.deploy;

import dev.csp.events.EventTypes;
import dev.csp.events.catalog.ProductPublished;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The topics a cluster must have: every topic of the event contracts, and every dead-letter topic that a service
 * configures ({@code mp.messaging.incoming.<topic>.dead-letter-queue.topic}), read from the sources so that a
 * new event or a new subscription is expected here the moment it is added.
 */
public record ExpectedTopics(Set<String> eventTopics, Set<String> deadLetterTopics, Set<String> compacted) {

    private static final String DEAD_LETTER_KEY = ".dead-letter-queue.topic";

    public static ExpectedTopics of(Repository repository) {
        Set<String> deadLetters = new TreeSet<>();
        for (String service : repository.services()) {
            deadLetters.addAll(deadLetterTopics(load(repository, service)));
        }
        return new ExpectedTopics(new LinkedHashSet<>(EventTypes.BY_TOPIC.keySet()), deadLetters,
                Set.of(ProductPublished.TOPIC));
    }

    public Set<String> all() {
        Set<String> all = new TreeSet<>(eventTopics);
        all.addAll(deadLetterTopics);
        return all;
    }

    /** Settings without a profile, and those of the prod profile, are the ones a deployed service runs with. */
    static Set<String> deadLetterTopics(Properties properties) {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            boolean deployed = !key.startsWith("%") || key.startsWith("%prod.");
            if (deployed && key.endsWith(DEAD_LETTER_KEY)) {
                topics.add(properties.getProperty(key).trim());
            }
        }
        return topics;
    }

    private static Properties load(Repository repository, String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(repository.applicationProperties(service))) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
