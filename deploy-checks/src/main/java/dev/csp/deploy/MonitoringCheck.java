package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Alerts an on-call engineer can act on, and scrapes that find something: every alerting rule of a PrometheusRule has
 * a severity label and summary, description and runbook annotations; every PodMonitor selects the pods of a
 * Deployment, and each of its endpoints names a port their containers have. A PodMonitor that selects nothing, or a
 * misspelt port, is silent: Prometheus just scrapes nothing.
 */
public final class MonitoringCheck implements Check {

    private static final List<String> ANNOTATIONS = List.of("summary", "description", "runbook");

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource rules : manifests.ofKind("PrometheusRule")) {
            for (Object group : rules.list("spec", "groups")) {
                Tree.list(Tree.at(group, "rules")).stream().map(Tree::map).filter(rule -> rule.containsKey("alert"))
                        .forEach(rule -> alert(rules, rule, problems));
            }
        }
        for (Resource monitor : manifests.ofKind("PodMonitor")) {
            List<Resource> targets = manifests.ofKind("Deployment").stream()
                    .filter(d -> Selectors.selects(monitor.map("spec", "selector"), d.podLabels())).toList();
            if (targets.isEmpty()) {
                problems.add(monitor + " selects the pods of no Deployment");
            }
            for (Object endpoint : monitor.list("spec", "podMetricsEndpoints")) {
                String port = Tree.text(endpoint, "port");
                targets.stream().filter(d -> !hasPort(d, port))
                        .forEach(d -> problems.add(monitor + " scrapes port " + port + ", which " + d + " does not have"));
            }
        }
        return problems;
    }

    private static void alert(Resource rules, Map<String, Object> rule, List<String> problems) {
        String where = rules + " alert " + rule.get("alert");
        if (Tree.text(rule, "labels", "severity") == null) {
            problems.add(where + " has no severity label");
        }
        ANNOTATIONS.stream().filter(a -> Tree.text(rule, "annotations", a) == null)
                .forEach(a -> problems.add(where + " has no " + a + " annotation"));
    }

    private static boolean hasPort(Resource deployment, String port) {
        return deployment.containers().stream().flatMap(c -> Tree.list(c.get("ports")).stream())
                .anyMatch(p -> Objects.equals(Tree.text(p, "name"), port));
    }
}
