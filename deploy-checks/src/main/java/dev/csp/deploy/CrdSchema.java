package dev.csp.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI schema of one served version of a CustomResourceDefinition, read from the operator's own CRD file, and
 * what the API server's structural checks would say of an object: a field the schema does not name (the API server
 * would silently prune it, so a misspelt field is lost without a word), a value of the wrong type or not in its enum,
 * a required field missing. CEL rules (x-kubernetes-validations) and formats are not evaluated.
 */
final class CrdSchema {

    private final Map<String, Object> root;

    private CrdSchema(Map<String, Object> root) {
        this.root = root;
    }

    /** The schema of {@code version} in the CRD file on the class path (crds/, copied from the operator's release). */
    static CrdSchema load(String resource, String version) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        try (InputStream in = CrdSchema.class.getResourceAsStream("/crds/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no CRD crds/" + resource + " on the class path");
            }
            for (Object crd : new Yaml(new SafeConstructor(options)).loadAll(in)) {
                for (Object served : Tree.list(Tree.at(crd, "spec", "versions"))) {
                    if (version.equals(Tree.text(served, "name"))) {
                        return new CrdSchema(Tree.map(Tree.at(served, "schema", "openAPIV3Schema")));
                    }
                }
            }
            throw new IllegalStateException("crds/" + resource + " serves no version " + version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the whole object; {@code status} is the operator's to write, so a manifest may not carry one. */
    void check(Map<String, Object> object, Consumer<String> problems) {
        Map<String, Object> schema = new LinkedHashMap<>(root);
        Map<String, Object> properties = new LinkedHashMap<>(Tree.map(root.get("properties")));
        properties.remove("status");
        schema.put("properties", properties);
        check(schema, object, "", problems);
    }

    private static void check(Map<String, Object> schema, Object value, String path, Consumer<String> problems) {
        if (value == null || Tree.isValue(schema.get("x-kubernetes-int-or-string"), true)
                && (value instanceof Number || value instanceof String)) {
            return;
        }
        String type = Tree.text(schema, "type");
        if (type != null && !hasType(type, value)) {
            problems.accept(where(path) + " is " + value + ", not " + (type.matches("[aeiou].*") ? "an " : "a ") + type);
            return;
        }
        List<Object> allowed = Tree.list(schema.get("enum"));
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> Tree.isValue(a, value))) {
            problems.accept(where(path) + " is " + value + ", not one of " + allowed);
        }
        if (value instanceof Map<?, ?> map) {
            object(schema, map, path, problems);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(Tree.map(schema.get("items")), list.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void object(Map<String, Object> schema, Map<?, ?> map, String path, Consumer<String> problems) {
        Map<String, Object> properties = Tree.map(schema.get("properties"));
        Object additional = schema.get("additionalProperties");
        boolean open = Tree.isValue(schema.get("x-kubernetes-preserve-unknown-fields"), true)
                || Tree.isValue(additional, true) || properties.isEmpty() && additional == null;
        for (Map.Entry<?, ?> field : map.entrySet()) {
            String key = String.valueOf(field.getKey());
            String at = path.isEmpty() ? key : path + "." + key;
            if (properties.containsKey(key)) {
                check(Tree.map(properties.get(key)), field.getValue(), at, problems);
            } else if (additional instanceof Map<?, ?>) {
                check(Tree.map(additional), field.getValue(), at, problems);
            } else if (!open) {
                problems.accept("unknown field " + at + " (the schema has " + properties.keySet() + ")");
            }
        }
        for (Object required : Tree.list(schema.get("required"))) {
            if (!map.containsKey(required)) {
                problems.accept(where(path) + " lacks the required field " + required);
            }
        }
    }

    private static boolean hasType(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> true;
        };
    }

    private static String where(String path) {
        return path.isEmpty() ? "the object" : path;
    }
}
