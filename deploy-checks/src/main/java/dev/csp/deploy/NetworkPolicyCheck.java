package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * A default-deny policy for the namespace; every Deployment's pods are behind an ingress policy whose rules name who
 * may connect (no rule open to all), and every service's pods are behind an egress policy.
 */
public final class NetworkPolicyCheck implements Check {

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        if (manifests.ofKind("NetworkPolicy").stream().noneMatch(NetworkPolicyCheck::deniesAll)) {
            problems.add("no default-deny NetworkPolicy (every pod, Ingress and Egress, no rule)");
        }
        for (Resource deployment : manifests.ofKind("Deployment")) {
            List<Resource> ingress = governing(manifests, deployment, "Ingress");
            if (ingress.isEmpty()) {
                problems.add(deployment + " accepts connections from anywhere: no ingress NetworkPolicy");
            }
            ingress.stream().filter(NetworkPolicyCheck::opensToAll)
                    .forEach(policy -> problems.add(policy + " lets anyone reach " + deployment));
            if (deployment.name().endsWith("-service") && governing(manifests, deployment, "Egress").isEmpty()) {
                problems.add(deployment + " may connect anywhere: no egress NetworkPolicy");
            }
        }
        return problems;
    }

    private static List<Resource> governing(Manifests manifests, Resource deployment, String direction) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> policy.list("spec", "policyTypes").contains(direction))
                .filter(policy -> Selectors.selects(policy.map("spec", "podSelector"), deployment.podLabels()))
                .toList();
    }

    private static boolean deniesAll(Resource policy) {
        return policy.map("spec", "podSelector").isEmpty()
                && policy.list("spec", "policyTypes").containsAll(List.of("Ingress", "Egress"))
                && policy.list("spec", "ingress").isEmpty() && policy.list("spec", "egress").isEmpty();
    }

    private static boolean opensToAll(Resource policy) {
        return policy.list("spec", "ingress").stream().anyMatch(rule -> Tree.list(Tree.at(rule, "from")).isEmpty());
    }
}
