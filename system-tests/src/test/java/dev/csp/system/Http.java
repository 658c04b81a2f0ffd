package dev.csp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK's HTTP client, for the suites that send a request per table cell: a fraction of rest-assured's cost per
 * request, which counts when a thousand of them share two cores with the stack. Paths go out exactly as written.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String contentType, String body) {
    }

    /** A request being put together: method, URL, headers, body. */
    static final class Call {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call body(String contentType, byte[] content) {
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            this.body = content;
            return this;
        }

        Call json(String content) {
            return body("application/json", content.getBytes(StandardCharsets.UTF_8));
        }

        Answer send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Http() {
    }

    static Call call(String method, String baseUrl, String path) {
        return new Call(method, baseUrl + path);
    }

    /** A multipart form with the JSON part {@code request} and one small text file. */
    static byte[] form(String boundary, String requestJson, String fileName, String fileText) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"request\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + requestJson + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\";"
                + " filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n" + fileText + "\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
