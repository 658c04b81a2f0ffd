package dev.csp.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Whether a Kubernetes label selector (matchLabels and matchExpressions) selects a set of labels. */
final class Selectors {

    private Selectors() {
    }

    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = Tree.map(selector.get("matchLabels"));
        boolean labelsMatch = matchLabels.entrySet().stream()
                .allMatch(e -> Objects.equals(String.valueOf(e.getValue()), text(labels.get(e.getKey()))));
        return labelsMatch && Tree.list(selector.get("matchExpressions")).stream()
                .allMatch(expression -> matches(Tree.map(expression), labels));
    }

    /** A Service's selector is a plain map of labels. */
    static boolean selectsPlain(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selects(Map.of("matchLabels", selector), labels);
    }

    private static boolean matches(Map<String, Object> expression, Map<String, Object> labels) {
        String value = text(labels.get(Tree.text(expression, "key")));
        List<String> values = Tree.list(expression.get("values")).stream().map(String::valueOf).toList();
        return switch (Tree.text(expression, "operator")) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
