package dev.csp.deploy;

import java.util.List;
import java.util.Map;

/** Walks parsed YAML (maps and lists); whatever is absent reads as empty, so a check reports instead of failing. */
final class Tree {

    private Tree() {
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> list ? (List<Object>) list : List.of();
    }

    static String text(Object node, String... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    /** Kubernetes quantities and Kafka settings may be written as numbers or as strings: compare them as text. */
    static boolean isValue(Object node, Object expected) {
        return node != null && String.valueOf(node).equals(String.valueOf(expected));
    }
}
