package dev.csp.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The objects an overlay renders to, as `kubectl kustomize` prints them (offline: no cluster is contacted). */
public final class Manifests {

    private final List<Resource> resources;

    private Manifests(List<Resource> resources) {
        this.resources = resources;
    }

    public static Manifests render(Path overlay) {
        return parse(kustomize(overlay));
    }

    /** What renders the overlays; Debian 12's kubernetes-client (1.20, kustomize 2) cannot read them. */
    private static final String NEEDS = "kubectl 1.27 or later, with kustomize 5; `./stack check` says how to install it";

    /** The overlay as `kubectl kustomize` prints it. */
    public static String kustomize(Path overlay) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).start();
            String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed (" + NEEDS + "): " + errors);
            }
            return yaml;
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render " + overlay + " (" + NEEDS + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Manifests parse(String yaml) {
        List<Resource> resources = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> body) {
                resources.add(Resource.of((Map<String, Object>) body));
            }
        }
        return new Manifests(resources);
    }

    public List<Resource> all() {
        return List.copyOf(resources);
    }

    public List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    public Optional<Resource> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> Objects.equals(r.name(), name)).findFirst();
    }

    /** Takes an object out, as a mistaken edit of the overlay would. */
    public void remove(String kind, String name) {
        resources.removeIf(r -> r.kind().equals(kind) && Objects.equals(r.name(), name));
    }
}
