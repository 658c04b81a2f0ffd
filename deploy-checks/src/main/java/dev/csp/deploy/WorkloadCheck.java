package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Deployment: liveness and readiness probes (the Quarkus health endpoints for the services), requests and
 * limits, a non-root user, no privilege escalation, no capabilities, a read-only root filesystem with an emptyDir
 * on /tmp, and an image named by registry and tag.
 */
public final class WorkloadCheck implements Check {

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource deployment : manifests.ofKind("Deployment")) {
            for (Map<String, Object> container : deployment.containers()) {
                String where = deployment + " container " + container.get("name") + ": ";
                probes(deployment, container).forEach(p -> problems.add(where + p));
                resources(container).forEach(p -> problems.add(where + p));
                security(deployment, container).forEach(p -> problems.add(where + p));
                image(container).forEach(p -> problems.add(where + p));
            }
        }
        return problems;
    }

    private static List<String> probes(Resource deployment, Map<String, Object> container) {
        boolean quarkus = deployment.name().endsWith("-service");
        List<String> problems = new ArrayList<>();
        probe(container, "livenessProbe", quarkus ? "/q/health/live" : null).ifPresent(problems::add);
        probe(container, "readinessProbe", quarkus ? "/q/health/ready" : null).ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> probe(Map<String, Object> container, String kind, String path) {
        Object probe = container.get(kind);
        if (probe == null) {
            return Optional.of("no " + kind);
        }
        String actual = Tree.text(probe, "httpGet", "path");
        if (path != null && !path.equals(actual)) {
            return Optional.of(kind + " asks " + actual + " instead of " + path);
        }
        return Optional.empty();
    }

    private static List<String> resources(Map<String, Object> container) {
        List<String> problems = new ArrayList<>();
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (Tree.at(container, "resources", bound, resource) == null) {
                    problems.add("no resources." + bound + "." + resource);
                }
            }
        }
        return problems;
    }

    private static List<String> security(Resource deployment, Map<String, Object> container) {
        List<String> problems = new ArrayList<>();
        Object own = Tree.at(container, "securityContext", "runAsNonRoot");
        Object pod = deployment.at("spec", "template", "spec", "securityContext", "runAsNonRoot");
        if (!Tree.isValue(own, true) && !(own == null && Tree.isValue(pod, true))) {
            problems.add("may run as root (runAsNonRoot is not true)");
        }
        if (!Tree.isValue(Tree.at(container, "securityContext", "allowPrivilegeEscalation"), false)) {
            problems.add("allowPrivilegeEscalation is not false");
        }
        if (!Tree.list(Tree.at(container, "securityContext", "capabilities", "drop")).contains("ALL")) {
            problems.add("does not drop ALL capabilities");
        }
        if (!Tree.isValue(Tree.at(container, "securityContext", "readOnlyRootFilesystem"), true)) {
            problems.add("root filesystem is writable");
        } else if (!hasScratchTmp(deployment, container)) {
            problems.add("read-only root filesystem without an emptyDir mounted on /tmp");
        }
        return problems;
    }

    private static boolean hasScratchTmp(Resource deployment, Map<String, Object> container) {
        return Tree.list(container.get("volumeMounts")).stream().map(Tree::map)
                .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .anyMatch(mount -> deployment.list("spec", "template", "spec", "volumes").stream().map(Tree::map)
                        .anyMatch(v -> v.get("name").equals(mount.get("name")) && v.containsKey("emptyDir")));
    }

    /** registry/name:tag; a bare name means the overlay's images: entry is missing. */
    private static List<String> image(Map<String, Object> container) {
        String image = String.valueOf(container.get("image"));
        int slash = image.indexOf('/');
        boolean tagged = image.lastIndexOf(':') > image.lastIndexOf('/') && !image.endsWith(":latest");
        return slash > 0 && tagged ? List.of() : List.of("image " + image + " is not <registry>/<name>:<tag>");
    }
}
