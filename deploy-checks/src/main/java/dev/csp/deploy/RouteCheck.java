package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every HTTPRoute hangs on a listener of an existing Gateway and sends to a Service that exists, on a port the
 * Service has, whose pods exist and listen on its target port; the HTTPS listener terminates TLS; and the
 * path prefixes are exactly the route table.
 */
public final class RouteCheck implements Check {

    private final Map<String, String> routeTable;

    /** routeTable: path prefix to the Service that must receive it. */
    public RouteCheck(Map<String, String> routeTable) {
        this.routeTable = new TreeMap<>(routeTable);
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>(tls(manifests));
        Map<String, String> routed = new TreeMap<>();
        for (Resource route : manifests.ofKind("HTTPRoute")) {
            parents(manifests, route).forEach(p -> problems.add(route + ": " + p));
            for (Object rule : route.list("spec", "rules")) {
                for (Object ref : Tree.list(Tree.at(rule, "backendRefs"))) {
                    backend(manifests, Tree.map(ref)).forEach(p -> problems.add(route + ": " + p));
                    Tree.list(Tree.at(rule, "matches")).forEach(match -> routed.put(
                            Tree.text(match, "path", "value"), Tree.text(ref, "name")));
                }
            }
        }
        if (!routed.equals(routeTable)) {
            problems.add("routes " + routed + " differ from the route table " + routeTable);
        }
        return problems;
    }

    private static List<String> tls(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource gateway : manifests.ofKind("Gateway")) {
            boolean terminatesTls = gateway.list("spec", "listeners").stream()
                    .anyMatch(l -> "HTTPS".equals(Tree.text(l, "protocol"))
                            && !Tree.list(Tree.at(l, "tls", "certificateRefs")).isEmpty());
            if (!terminatesTls) {
                problems.add(gateway + " has no HTTPS listener with a certificate");
            }
        }
        return problems;
    }

    private static List<String> parents(Manifests manifests, Resource route) {
        List<String> problems = new ArrayList<>();
        for (Object parent : route.list("spec", "parentRefs")) {
            String name = Tree.text(parent, "name");
            String section = Tree.text(parent, "sectionName");
            Optional<Resource> gateway = manifests.find("Gateway", name);
            boolean listenerExists = gateway.isPresent() && (section == null || gateway.get()
                    .list("spec", "listeners").stream().anyMatch(l -> section.equals(Tree.text(l, "name"))));
            if (!listenerExists) {
                problems.add("parent " + name + "/" + section + " is no Gateway listener");
            }
        }
        return problems;
    }

    private static List<String> backend(Manifests manifests, Map<String, Object> ref) {
        String name = Tree.text(ref, "name");
        Object kind = ref.getOrDefault("kind", "Service");
        Optional<Resource> service = manifests.find("Service", name);
        if (!"Service".equals(kind) || service.isEmpty()) {
            return List.of("backend " + kind + " " + name + " does not exist");
        }
        Optional<Map<String, Object>> port = service.get().list("spec", "ports").stream().map(Tree::map)
                .filter(p -> Tree.isValue(p.get("port"), ref.get("port"))).findFirst();
        if (port.isEmpty()) {
            return List.of("backend " + name + " has no port " + ref.get("port"));
        }
        return pods(manifests, service.get(), port.get().getOrDefault("targetPort", port.get().get("port")));
    }

    /** The Service must select a Deployment's pods, and one of their containers must listen on its target port. */
    private static List<String> pods(Manifests manifests, Resource service, Object targetPort) {
        Map<String, Object> selector = service.map("spec", "selector");
        List<Resource> deployments = manifests.ofKind("Deployment").stream()
                .filter(d -> Selectors.selectsPlain(selector, d.podLabels())).toList();
        if (deployments.isEmpty()) {
            return List.of(service + " selects no Deployment's pods");
        }
        boolean listening = deployments.stream().flatMap(d -> d.containers().stream())
                .flatMap(c -> Tree.list(c.get("ports")).stream())
                .anyMatch(p -> Tree.isValue(Tree.at(p, "name"), targetPort)
                        || Tree.isValue(Tree.at(p, "containerPort"), targetPort));
        return listening ? List.of() : List.of(service + " targets port " + targetPort + " that no pod opens");
    }
}
