package dev.csp.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The processes of the local stack, through the {@code ./stack} script that started them: kill one at once, stop
 * one gracefully, start whatever is stopped. Every command's output goes to target/stack-commands.log.
 */
final class LocalStack {

    static final Path ROOT = Path.of(System.getProperty("csp.root", "..")).toAbsolutePath().normalize();
    static final Map<String, Integer> SERVICE_PORTS = Map.of("catalog-service", 8081, "order-service", 8082,
            "entitlement-service", 8083, "audit-service", 8084, "billing-service", 8085);

    private static final Path LOG = ROOT.resolve("resilience-tests/target/stack-commands.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalStack() {
    }

    /** kill -9 of the component's process group: no shutdown hook runs, nothing is flushed. */
    static void kill(String component) {
        stack("kill", component);
    }

    /** TERM, as Kubernetes stops a pod: the component shuts down gracefully (KILL only after 20 s). */
    static void stop(String component) {
        stack("stop", component);
    }

    /** Starts every component that is not running, without building, and waits until all are ready. */
    static void startStopped() {
        stack("up", "--no-build");
    }

    static boolean ready(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path logs() {
        return ROOT.resolve(".stack/logs");
    }

    private static void stack(String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("stack").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(LOG, "\n$ ./stack " + String.join(" ", arguments) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("./stack " + String.join(" ", arguments) + " failed (exit " + exit
                        + "); see " + LOG);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./stack " + String.join(" ", arguments), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./stack", e);
        }
    }
}
