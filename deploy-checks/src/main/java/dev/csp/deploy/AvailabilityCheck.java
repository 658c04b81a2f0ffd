package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * Production availability: every Deployment runs at least two replicas, a PodDisruptionBudget keeps a drain from
 * taking them all, and a HorizontalPodAutoscaler never scales it below two.
 */
public final class AvailabilityCheck implements Check {

    static final int MIN_REPLICAS = 2;

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource deployment : manifests.ofKind("Deployment")) {
            if (!(deployment.at("spec", "replicas") instanceof Integer replicas) || replicas < MIN_REPLICAS) {
                problems.add(deployment + " runs " + deployment.at("spec", "replicas") + " replicas");
            }
            boolean budgeted = manifests.ofKind("PodDisruptionBudget").stream()
                    .anyMatch(pdb -> Selectors.selects(pdb.map("spec", "selector"), deployment.podLabels()));
            if (!budgeted) {
                problems.add(deployment + " has no PodDisruptionBudget");
            }
            problems.addAll(autoscaler(manifests, deployment));
        }
        return problems;
    }

    private static List<String> autoscaler(Manifests manifests, Resource deployment) {
        List<Resource> autoscalers = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(hpa -> "Deployment".equals(hpa.text("spec", "scaleTargetRef", "kind")))
                .filter(hpa -> deployment.name().equals(hpa.text("spec", "scaleTargetRef", "name"))).toList();
        if (autoscalers.isEmpty()) {
            return List.of(deployment + " has no HorizontalPodAutoscaler");
        }
        Object min = autoscalers.get(0).at("spec", "minReplicas");
        Object max = autoscalers.get(0).at("spec", "maxReplicas");
        if (!(min instanceof Integer low) || low < MIN_REPLICAS || !(max instanceof Integer high) || high < low) {
            return List.of(deployment + " autoscales between " + min + " and " + max);
        }
        return List.of();
    }
}
