package dev.csp.kit.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are read as written: Jackson's defaults would take {@code "quantity": 1.5} as 1,
 * {@code "available": 0} as false and {@code "kind": 1} as the second kind, so a client's mistake would be carried
 * out instead of refused (400).
 * Lossless readings stay: {@code "5"} for a number, a number for a decimal amount. Text holds no control
 * characters but tab and line breaks: PostgreSQL cannot store a NUL at all, and the others are never meant.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS); // "kind": 1 is no kind, not the second one
        mapper.setDefaultLeniency(false); // "effectiveFrom": 20000 is no date, not day 20000 after 1970
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("csp-text").addDeserializer(String.class, new Text()));
    }

    /** True when the text holds a character that is neither printable nor tab, line feed or carriage return. */
    public static boolean hasControlCharacter(CharSequence text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }

    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "control characters are not allowed");
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
