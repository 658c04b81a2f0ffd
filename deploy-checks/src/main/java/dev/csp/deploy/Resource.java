package dev.csp.deploy;

import java.util.List;
import java.util.Map;

/** One rendered Kubernetes object: its kind, name and the whole parsed document (mutable, so tests can break it). */
public record Resource(String kind, String name, Map<String, Object> body) {

    static Resource of(Map<String, Object> body) {
        return new Resource(Tree.text(body, "kind"), Tree.text(body, "metadata", "name"), body);
    }

    public Object at(String... path) {
        return Tree.at(body, path);
    }

    public Map<String, Object> map(String... path) {
        return Tree.map(at(path));
    }

    public List<Object> list(String... path) {
        return Tree.list(at(path));
    }

    public String text(String... path) {
        return Tree.text(body, path);
    }

    /** The containers of a Deployment's pod template. */
    public List<Map<String, Object>> containers() {
        return list("spec", "template", "spec", "containers").stream().map(Tree::map).toList();
    }

    public Map<String, Object> podLabels() {
        return map("spec", "template", "metadata", "labels");
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
