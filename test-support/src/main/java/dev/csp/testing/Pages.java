package dev.csp.testing;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the paging contract's {@code Link: <…>; rel="next"} (docs/ARCHITECTURE.md, "Paging"). */
public final class Pages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final Pattern CURSOR = Pattern.compile("(?:^|&)cursor=([^&]*)");

    private Pages() {
    }

    /** The {@code cursor} of the next page, or null on the last page. */
    public static String nextCursor(ExtractableResponse<Response> response) {
        String link = response.header("Link");
        Matcher next = link == null ? null : NEXT.matcher(link);
        if (next == null || !next.find()) {
            return null;
        }
        Matcher cursor = CURSOR.matcher(URI.create(next.group(1)).getRawQuery());
        return cursor.find() ? URLDecoder.decode(cursor.group(1), StandardCharsets.UTF_8) : null;
    }
}
