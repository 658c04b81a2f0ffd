package dev.csp.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies gone wrong, made from one body that is well formed but that the service refuses on its merits
 * (an unknown SKU, a customer who exists already, a cancelled order...). So whatever a broken variant slips past the
 * shape checks, it still changes nothing, and the only thing left to see is how it is refused.
 */
final class Mutations {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Object REMOVED = new Object();
    static final String LONG = "x".repeat(10_000);

    /** What a field holds, and so which wrong values to put there instead. */
    enum Kind {
        TEXT, WHOLE_NUMBER, QUANTITY, FLAG, ENUM, GUID, DATE, MONEY, LIST, OBJECT;

        List<Object> wrongValues() {
            return switch (this) {
                case TEXT -> List.of(Map.of(), List.of(), LONG, "a\u0000b", "a\u0007b", "\u001b[31m", "\u007f");
                case WHOLE_NUMBER -> List.of("abc", Map.of(), List.of(), true, 1.5, 2147483648L, 1e300);
                case QUANTITY -> List.of("abc", Map.of(), List.of(), true, 1.5, 0, -1, -2147483648L, 100_001, 2147483648L,
                        1e10, 1e300);
                case FLAG -> List.of("yes", 1, 0, Map.of(), List.of());
                case ENUM -> List.of("NOPE", "", 0, Map.of(), List.of("PERPETUAL_SOFTWARE"));
                case GUID -> List.of("not-a-guid", "", 123, Map.of(), "00000000-0000-0000-0000-00000000000g",
                        "{00000000-0000-0000-0000-000000000000}", LONG);
                case DATE -> List.of("tomorrow", 20000, "2026-02-30", "2026-13-01", "", Map.of(), "+999999999-12-32");
                case MONEY -> List.of("12.00", List.of(), Map.of("amount", "abc", "currency", "USD"),
                        Map.of("amount", "1.00", "currency", "usd"), Map.of("amount", "1.00"), Map.of("currency", "USD"),
                        Map.of("amount", "-1.00", "currency", "USD"), Map.of("amount", "1e400", "currency", "USD"),
                        Map.of("amount", "1.00", "currency", "USD", "sweepUnknown", 1));
                case LIST -> List.of("x", Map.of(), 1, Collections.singletonList(null), Collections.nCopies(1001, "x"));
                case OBJECT -> List.of("x", List.of(), 1);
            };
        }
    }

    /** A field by its JSON path ({@code lines[0].quantity}), and whether it must be there. */
    record Field(String path, Kind kind, boolean required) {
    }

    record Variant(String what, String body) {
    }

    private Mutations() {
    }

    static Field required(String path, Kind kind) {
        return new Field(path, kind, true);
    }

    static Field optional(String path, Kind kind) {
        return new Field(path, kind, false);
    }

    /** Every way the body can be broken: syntax, shape, each field missing or of the wrong kind, and too large. */
    static List<Variant> of(Map<String, Object> base, List<Field> fields) {
        List<Variant> variants = new ArrayList<>();
        for (String broken : List.of("{", "{\"lines\": [", "[1, 2", "nul", "{\"a\": 1,}", "{'single': 'quotes'}",
                "\u0000", "{} {}")) {
            variants.add(new Variant("malformed JSON " + printable(broken), broken));
        }
        variants.add(new Variant("empty body", ""));
        variants.add(new Variant("blank body", "  \n "));
        for (String root : List.of("[]", "\"text\"", "42", "null", "true")) {
            variants.add(new Variant("a " + root + " instead of an object", root));
        }
        variants.add(new Variant("no fields", "{}"));
        variants.add(new Variant("an unknown field", write(with(base, "sweepUnknown", 1))));
        for (Field field : fields) {
            if (field.required()) {
                variants.add(new Variant("without " + field.path(), write(with(base, field.path(), REMOVED))));
            }
            variants.add(new Variant(field.path() + " null", write(with(base, field.path(), null))));
            for (Object wrong : field.kind().wrongValues()) {
                variants.add(new Variant(field.path() + " = " + printable(String.valueOf(wrong)),
                        write(with(base, field.path(), wrong))));
            }
        }
        Field firstText = fields.stream().filter(f -> f.kind() == Kind.TEXT).findFirst().orElse(null);
        if (firstText != null) {
            variants.add(new Variant(firstText.path() + " of a million characters",
                    write(with(base, firstText.path(), "y".repeat(1_000_000)))));
        }
        return variants;
    }

    /** A copy of {@code base} with the value at {@code path} replaced, or removed for {@link #REMOVED}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> base, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(base);
        Object parent = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            Map<String, Object> object = (Map<String, Object>) parent;
            if (step.contains("[")) {
                int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
                List<Object> list = (List<Object>) object.get(name);
                if (last) {
                    if (value == REMOVED) {
                        list.remove(index);
                    } else {
                        list.set(index, value);
                    }
                    return copy;
                }
                parent = list.get(index);
            } else if (last) {
                if (value == REMOVED) {
                    object.remove(name);
                } else {
                    object.put(name, value);
                }
            } else {
                parent = object.get(name);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For a case's name: control characters shown as escapes, long values cut. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return text.length() > 40 ? shown + "…(" + text.length() + ")" : shown.toString();
    }
}
