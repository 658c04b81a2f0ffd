package dev.csp.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The checked-out project: its services (every *-service module with an application.properties) and overlays. */
public record Repository(Path root) {

    /** Finds the project root above the working directory (Maven runs the tests in deploy-checks/). */
    public static Repository locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/overlays"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No deploy/overlays above " + Path.of("").toAbsolutePath());
        }
        return new Repository(dir);
    }

    public List<String> services() {
        return children(root).filter(dir -> dir.getFileName().toString().endsWith("-service"))
                .filter(dir -> Files.isRegularFile(applicationProperties(dir)))
                .map(dir -> dir.getFileName().toString()).sorted().toList();
    }

    public List<Path> overlays() {
        return children(root.resolve("deploy/overlays")).sorted().toList();
    }

    public Path overlay(String name) {
        return root.resolve("deploy/overlays").resolve(name);
    }

    public Path applicationProperties(String service) {
        return applicationProperties(root.resolve(service));
    }

    /** A service's application.properties, as written (profiles are prefixes of the keys). */
    public Properties properties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties(service))) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dockerfile(String service) {
        return root.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }

    private static Path applicationProperties(Path module) {
        return module.resolve("src/main/resources/application.properties");
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
