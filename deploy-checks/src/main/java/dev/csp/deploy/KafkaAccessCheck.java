package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every Kafka client says who it is and may do only what its ACLs list: each listener of a cluster takes TLS and
 * authenticates, the cluster authorizes; every service logs in with the Secret of a KafkaUser
 * ({@code CSP_KAFKA_SASL_JAAS_CONFIG}); and no KafkaUser is allowed everything (operation All, or the name *).
 */
public final class KafkaAccessCheck implements Check {

    static final String LOGIN = "CSP_KAFKA_SASL_JAAS_CONFIG";

    private final List<String> services;

    /** services: the Deployments that talk to Kafka (every service). */
    public KafkaAccessCheck(List<String> services) {
        this.services = services;
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource kafka : manifests.ofKind("Kafka")) {
            problems.addAll(cluster(kafka));
        }
        Set<String> users = manifests.ofKind("KafkaUser").stream().map(Resource::name).collect(Collectors.toSet());
        for (Resource deployment : manifests.ofKind("Deployment")) {
            if (services.contains(deployment.name())) {
                login(deployment, users).ifPresent(problems::add);
            }
        }
        for (Resource user : manifests.ofKind("KafkaUser")) {
            problems.addAll(acls(user));
        }
        return problems;
    }

    private static List<String> cluster(Resource kafka) {
        List<String> problems = new ArrayList<>();
        for (Object listener : kafka.list("spec", "kafka", "listeners")) {
            String name = kafka + " listener " + Tree.text(listener, "name");
            if (Tree.text(listener, "authentication", "type") == null) {
                problems.add(name + " lets clients in without authentication");
            }
            if (!Tree.isValue(Tree.at(listener, "tls"), true)) {
                problems.add(name + " is not TLS");
            }
        }
        if (kafka.text("spec", "kafka", "authorization", "type") == null) {
            problems.add(kafka + " has no authorization: every client may do anything");
        }
        return problems;
    }

    /** The service's login comes from a Secret that Strimzi makes for a KafkaUser (the user's name). */
    private static Optional<String> login(Resource deployment, Set<String> users) {
        for (Map<String, Object> container : deployment.containers()) {
            for (Object variable : Tree.list(container.get("env"))) {
                String secret = Tree.text(variable, "valueFrom", "secretKeyRef", "name");
                if (LOGIN.equals(Tree.text(variable, "name")) && secret != null) {
                    return users.contains(secret) ? Optional.empty()
                            : Optional.of(deployment + " takes " + LOGIN + " from Secret " + secret
                                    + ", which is no KafkaUser's");
                }
            }
        }
        return Optional.of(deployment + " does not get " + LOGIN + " from a KafkaUser's Secret");
    }

    private static List<String> acls(Resource user) {
        List<String> problems = new ArrayList<>();
        for (Object acl : user.list("spec", "authorization", "acls")) {
            String resource = Tree.text(acl, "resource", "type") + " " + Tree.text(acl, "resource", "name");
            List<Object> operations = new ArrayList<>(Tree.list(Tree.at(acl, "operations")));
            // Strimzi also takes a single (deprecated) "operation".
            if (Tree.at(acl, "operation") != null) {
                operations.add(Tree.at(acl, "operation"));
            }
            if (operations.stream().anyMatch(operation -> Tree.isValue(operation, "All"))) {
                problems.add(user + " may do All on " + resource);
            }
            if (Tree.isValue(Tree.at(acl, "resource", "name"), "*")) {
                problems.add(user + " has an ACL on every " + Tree.text(acl, "resource", "type") + " (*)");
            }
        }
        return problems;
    }
}
