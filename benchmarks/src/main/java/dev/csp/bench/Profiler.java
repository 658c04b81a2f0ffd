package dev.csp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of a running service (jcmd JFR.start / JFR.stop, the JDK's own tools) and what its CPU samples
 * show: the methods on top of the stack, their packages, the threads, and this project's frames anywhere on the stack.
 * CPU only: time spent waiting (for a commit, a lock, the broker) does not appear in execution samples.
 */
final class Profiler {

    private static final String NAME = "csp-bench";

    /** A share of the samples. */
    record Share(String name, long samples, double percent) {
    }

    record Profile(String service, String file, long samples, List<Share> topMethods, List<Share> topPackages,
                   List<Share> threads, List<Share> projectFrames) {

        String describe() {
            return String.format("   JFR %s: %d CPU samples (%s)%n     top methods:  %s%n     top packages: %s%n"
                    + "     threads:      %s%n     dev.csp frames on the stack: %s%n", service, samples, file,
                    shares(topMethods, 6), shares(topPackages, 6), shares(threads, 5), shares(projectFrames, 6));
        }

        private static String shares(List<Share> shares, int n) {
            return String.join(", ", shares.stream().limit(n).map(s -> s.name() + " " + s.percent() + "%").toList());
        }
    }

    private final Services services;
    private final Path out;

    Profiler(Services services, Path out) {
        this.services = services;
        this.out = out;
    }

    Path file(String service) {
        return out.resolve(service + ".jfr");
    }

    void start(String service, Duration longest) throws IOException, InterruptedException {
        jcmd(service, "JFR.start", "name=" + NAME, "settings=profile", "duration=" + Math.max(1, longest.toSeconds()) + "s",
                "filename=" + file(service));
    }

    Profile stop(String service) throws IOException, InterruptedException {
        jcmd(service, "JFR.stop", "name=" + NAME, "filename=" + file(service));
        return summarize(service, file(service));
    }

    static Profile summarize(String service, Path recording) throws IOException {
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> project = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
          while (file.hasMoreEvents()) {
            RecordedEvent event = file.readEvent();
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            String type = frames.get(0).getMethod().getType().getName();
            methods.merge(type + "." + frames.get(0).getMethod().getName(), 1L, Long::sum);
            packages.merge(packageOf(type), 1L, Long::sum);
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "-N"), 1L, Long::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("dev.csp."))
                    .map(f -> f.getMethod().getType().getName().replace("dev.csp.", "") + "." + f.getMethod().getName())
                    .distinct().forEach(m -> project.merge(m, 1L, Long::sum));
          }
        }
        return new Profile(service, recording.toString(), samples, top(methods, samples, 12), top(packages, samples, 10),
                top(threads, samples, 8), top(project, samples, 10));
    }

    /** The first three parts of a package name: org.postgresql.core, io.netty.channel, dev.csp.kit. */
    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        int n = Math.min(3, Math.max(1, parts.length - 1));
        return String.join(".", java.util.Arrays.copyOf(parts, n));
    }

    private static List<Share> top(Map<String, Long> counts, long total, int n) {
        List<Share> shares = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(n)
                .forEach(e -> shares.add(new Share(e.getKey(), e.getValue(), Math.round(e.getValue() * 1000.0 / total) / 10.0)));
        return shares;
    }

    private void jcmd(String service, String... command) throws IOException, InterruptedException {
        Long pid = services.pid(service);
        if (pid == null) {
            throw new IllegalStateException(service + " is not running (no pid in .stack/pids)");
        }
        List<String> args = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0 || output.contains("Exception") || output.contains("Could not")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " on " + service + ": " + Text.clip(output));
        }
    }
}
