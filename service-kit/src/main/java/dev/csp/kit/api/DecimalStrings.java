package dev.csp.kit.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;

/**
 * Amounts and rates travel as JSON strings ({@code "12.50"}: a BigDecimal written with
 * {@code @JsonFormat(shape = STRING)}, so no client rounds it through a float); SmallRye does not read that annotation
 * and calls them numbers. This finds each such field in the index and makes its property a string in the document.
 * Schemas are matched by the class's simple name (SmallRye adds a digit when two classes share it: {@code Line1}).
 */
final class DecimalStrings {

    private static final DotName JSON_FORMAT = DotName.createSimple(JsonFormat.class.getName());
    private static final DotName BIG_DECIMAL = DotName.createSimple(BigDecimal.class.getName());

    /** The BigDecimal fields written as strings, by the simple name of their class. */
    private final Map<String, Set<String>> fields = new HashMap<>();

    DecimalStrings(IndexView index) {
        for (AnnotationInstance format : index.getAnnotations(JSON_FORMAT)) {
            AnnotationValue shape = format.value("shape");
            if (format.target().kind() != AnnotationTarget.Kind.FIELD || shape == null
                    || !JsonFormat.Shape.STRING.name().equals(shape.asEnum())) {
                continue;
            }
            FieldInfo field = format.target().asField();
            if (field.type().name().equals(BIG_DECIMAL)) {
                fields.computeIfAbsent(field.declaringClass().simpleName(), c -> new HashSet<>()).add(field.name());
            }
        }
    }

    void document(OpenAPI api) {
        api.getComponents().getSchemas().forEach((name, schema) -> {
            Set<String> decimals = fields.get(name.replaceFirst("\\d+$", ""));
            if (decimals != null && schema.getProperties() != null) {
                schema.getProperties().forEach((property, type) -> {
                    if (decimals.contains(property) && isNumber(type)) {
                        type.setType(List.of(SchemaType.STRING));
                    }
                });
            }
        });
    }

    private static boolean isNumber(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NUMBER));
    }
}
