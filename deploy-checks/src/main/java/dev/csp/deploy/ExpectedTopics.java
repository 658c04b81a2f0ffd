package dev.csp.deploy;

import dev.csp.events.EventTypes;
import dev.csp.events.audit.CheckpointSigned;
import dev.csp.events.catalog.ProductPublished;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The topics a cluster must have: every topic of the event contracts, and the dead-letter topic of every topic a
 * service consumes ({@code <service>.<topic>.dlq}, for each topic its channels name in
 * {@code mp.messaging.incoming.<channel>.topic} or {@code .topics}), read from the sources so that a new event or a
 * new subscription is expected here the moment it is added.
 */
public record ExpectedTopics(Set<String> eventTopics, Set<String> deadLetterTopics, Set<String> compacted) {

    private static final Pattern CONSUMED = Pattern.compile("(%prod\\.)?mp\\.messaging\\.incoming\\.[^.]+\\.topics?");

    public static ExpectedTopics of(Repository repository) {
        Set<String> deadLetters = new TreeSet<>();
        for (String service : repository.services()) {
            deadLetters.addAll(deadLetterTopics(repository.properties(service)));
        }
        return new ExpectedTopics(new LinkedHashSet<>(EventTypes.BY_TOPIC.keySet()), deadLetters,
                Set.of(ProductPublished.TOPIC, CheckpointSigned.TOPIC));
    }

    public Set<String> all() {
        Set<String> all = new TreeSet<>(eventTopics);
        all.addAll(deadLetterTopics);
        return all;
    }

    /** Settings without a profile, and those of the prod profile, are the ones a deployed service runs with. */
    static Set<String> deadLetterTopics(Properties properties) {
        String service = properties.getProperty("quarkus.application.name");
        Set<String> topics = new TreeSet<>();
        consumedTopics(properties).forEach(topic -> topics.add(service + "." + topic + ".dlq"));
        return topics;
    }

    /** The topics a service's incoming channels name, deployed settings only (see above), sorted. */
    static Set<String> consumedTopics(Properties properties) {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (CONSUMED.matcher(key).matches()) {
                for (String topic : properties.getProperty(key).split(",")) {
                    topics.add(topic.trim());
                }
            }
        }
        return topics;
    }
}
