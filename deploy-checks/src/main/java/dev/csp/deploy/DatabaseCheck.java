package dev.csp.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL through CloudNativePG: the Cluster has a replica, and every service's JDBC URL names the Cluster's
 * read-write Service, or a read-write Pooler of it, and a database declared by a Database resource, owned by a managed
 * role whose password comes from a Secret.
 */
public final class DatabaseCheck implements Check {

    private static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<Resource> clusters = manifests.ofKind("Cluster");
        if (clusters.isEmpty()) {
            return List.of("no CloudNativePG Cluster");
        }
        clusters.stream().filter(c -> !(c.at("spec", "instances") instanceof Integer n) || n < 2)
                .forEach(c -> problems.add(c + " has no replica (instances " + c.at("spec", "instances") + ")"));
        for (Resource configMap : manifests.ofKind("ConfigMap")) {
            String url = Tree.text(configMap.map("data"), JDBC_URL);
            if (url != null) {
                database(manifests, URI.create(url.substring("jdbc:".length())))
                        .ifPresent(p -> problems.add(configMap + ": " + p));
            }
        }
        return problems;
    }

    private static Optional<String> database(Manifests manifests, URI url) {
        String name = url.getPath().substring(1);
        Optional<Resource> cluster = manifests.ofKind("Cluster").stream()
                .filter(c -> url.getHost().equals(c.name() + "-rw") || readWritePoolers(manifests, c).stream()
                        .anyMatch(p -> url.getHost().equals(p.name()))).findFirst();
        if (cluster.isEmpty()) {
            return Optional.of(url + " is not the read-write Service of a Cluster or of its Pooler");
        }
        Optional<Resource> database = manifests.ofKind("Database").stream()
                .filter(d -> name.equals(d.text("spec", "name")))
                .filter(d -> cluster.get().name().equals(d.text("spec", "cluster", "name"))).findFirst();
        if (database.isEmpty()) {
            return Optional.of("database " + name + " has no Database resource on " + cluster.get().name());
        }
        String owner = database.get().text("spec", "owner");
        boolean managed = cluster.get().list("spec", "managed", "roles").stream()
                .anyMatch(role -> owner.equals(Tree.text(role, "name"))
                        && Tree.at(role, "passwordSecret", "name") != null);
        return managed ? Optional.empty() : Optional.of("owner " + owner + " is no managed role with a password");
    }

    /** A Pooler's Service has the Pooler's name; type rw sends every connection to the primary. */
    static List<Resource> readWritePoolers(Manifests manifests, Resource cluster) {
        return manifests.ofKind("Pooler").stream().filter(p -> cluster.name().equals(p.text("spec", "cluster", "name")))
                .filter(p -> "rw".equals(p.text("spec", "type"))).toList();
    }
}
