package dev.csp.kit.api;

import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The paging contract of every list that can grow (docs/ARCHITECTURE.md, "Paging"): the query says {@code limit} (how
 * many, each list with its own default and maximum) and {@code cursor} (opaque, from the previous answer; none for the
 * first page); the answer is the page's items, and a {@code Link: <…>; rel="next"} header when there is more. The last
 * page has no such header. A cursor that was not made here is a 400 {@code invalid-cursor}. The answer is typed
 * ({@code RestResponse<List<X>>}), so the OpenAPI document infers its schema from the resource method's return type.
 *
 * <p>{@code offset} is where the page starts. Read {@link #fetch()} rows from there: the one beyond the limit only says
 * whether there is a next page.
 */
public record Paging(int offset, int limit) {

    private static final String VERSION = "p1";

    /** The page asked for; {@code limit} has been checked by the resource's bean validation. */
    public static Paging of(String cursor, int limit) {
        return new Paging(decode(cursor), limit);
    }

    /** Rows to read from {@link #offset()}: one more than the limit. */
    public int fetch() {
        return limit + 1;
    }

    /** The page out of rows read with {@link #offset()} and {@link #fetch()}. */
    public <T> Page<T> page(List<T> fetched) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? List.copyOf(fetched.subList(0, limit)) : fetched, more ? encode(offset + limit) : null);
    }

    /** The page out of a whole list held in memory. */
    public <T> Page<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        return page(all.subList(from, Math.min(all.size(), from + fetch())));
    }

    /** The items of one page and the cursor of the next ({@code null} on the last page). */
    public record Page<T>(List<T> items, String next) {

        public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
            return new Page<>(items.stream().<R>map(mapping).toList(), next);
        }

        /** The 200 answer: {@code body} (the items, or an envelope around them) with the next page's link. */
        public <B> RestResponse<B> answer(B body, UriInfo uri) {
            RestResponse.ResponseBuilder<B> response = RestResponse.ResponseBuilder.ok(body);
            if (next != null) {
                response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
            }
            return response.build();
        }

        public RestResponse<List<T>> answer(UriInfo uri) {
            return answer(items, uri);
        }
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            int offset = parts.length == 2 && VERSION.equals(parts[0]) ? Integer.parseInt(parts[1]) : -1;
            if (offset < 0) {
                throw new IllegalArgumentException("not a cursor of this version");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-cursor", "'cursor' must be a value from a previous page's next link.");
        }
    }
}
