package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * No secret value in the manifests: no Secret with data, no secret-looking variable or ConfigMap key with a
 * literal value. Every such variable comes from a secretKeyRef, and each service gets the secrets it needs.
 */
public final class SecretCheck implements Check {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY)$");

    private final Map<String, Set<String>> requiredByDeployment;

    /** requiredByDeployment: Deployment name to the variables it must get from a Secret. */
    public SecretCheck(Map<String, Set<String>> requiredByDeployment) {
        this.requiredByDeployment = requiredByDeployment;
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource secret : manifests.ofKind("Secret")) {
            if (!secret.map("data").isEmpty() || !secret.map("stringData").isEmpty()) {
                problems.add(secret + " carries values: create it in the cluster, reference it by name");
            }
        }
        for (Resource configMap : manifests.ofKind("ConfigMap")) {
            configMap.map("data").keySet().stream().filter(key -> SECRET_NAME.matcher(key).matches())
                    .forEach(key -> problems.add(configMap + " holds " + key + ": a secret belongs in a Secret"));
        }
        for (Resource deployment : manifests.ofKind("Deployment")) {
            problems.addAll(environment(deployment));
        }
        return problems;
    }

    private List<String> environment(Resource deployment) {
        List<String> problems = new ArrayList<>();
        Set<String> fromSecrets = new TreeSet<>();
        for (Map<String, Object> container : deployment.containers()) {
            for (Object variable : Tree.list(container.get("env"))) {
                String name = Tree.text(variable, "name");
                boolean referenced = Tree.at(variable, "valueFrom", "secretKeyRef", "name") != null;
                if (referenced) {
                    fromSecrets.add(name);
                } else if (SECRET_NAME.matcher(name).matches()) {
                    problems.add(deployment + " sets " + name + " without a secretKeyRef");
                }
            }
        }
        for (String needed : requiredByDeployment.getOrDefault(deployment.name(), Set.of())) {
            if (!fromSecrets.contains(needed)) {
                problems.add(deployment + " does not get " + needed + " from a Secret");
            }
        }
        return problems;
    }
}
