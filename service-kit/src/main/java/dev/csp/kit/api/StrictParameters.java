package dev.csp.kit.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads path and query parameters strictly and names the one that is wrong. Left to JAX-RS, {@code ?page=abc} and
 * {@code ?customerId=x} answer a bare "HTTP 404 Not Found", and {@code ?taxIncluded=maybe} is read as false. Here a
 * query parameter that cannot be read is a 400 that says which and why; a path segment that cannot be an id stays a
 * 404 (there is no such object), with a message.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Set<String> BOOLEANS = Set.of("true", "false");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Place place = Place.of(annotations);
        if (place == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(place, "a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    UUID::fromString);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(place, "a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(place, "a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(place, "true or false", StrictParameters::bool);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = rawType.asSubclass(Enum.class);
            return (ParamConverter<T>) new Strict<>(place, "one of " + Arrays.toString(type.getEnumConstants()),
                    value -> Enum.valueOf(type, value));
        }
        return null;
    }

    private static Boolean bool(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!BOOLEANS.contains(lower)) {
            throw new IllegalArgumentException(value);
        }
        return Boolean.valueOf(lower);
    }

    /** Where the value was written, and under which name. */
    private record Place(boolean path, String name) {

        static Place of(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return new Place(false, query.value());
                }
                if (annotation instanceof PathParam path) {
                    return new Place(true, path.value());
                }
            }
            return null;
        }
    }

    private record Strict<T>(Place place, String expected, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value.trim());
            } catch (IllegalArgumentException e) { // NumberFormatException too
                String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
                if (place.path()) {
                    throw new NotFoundException("Nothing here has the " + place.name() + " '" + shown + "': it must be "
                            + expected + ".");
                }
                throw new BadRequestException("Query parameter '" + place.name() + "' must be " + expected + ", not '"
                        + shown + "'.");
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
