package dev.csp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five services as ./stack runs them: their pids (.stack/pids), resident memory (/proc/PID/status) and the start
 * time Quarkus logs (.stack/logs). A sampler keeps each one's highest RSS while the load runs.
 */
final class Services implements AutoCloseable {

    static final List<String> NAMES = List.of("catalog-service", "order-service", "entitlement-service", "audit-service",
            "billing-service");
    private static final Pattern STARTED = Pattern.compile("^(\\S+ \\S+).*\\(powered by Quarkus [^)]*\\) started in ([0-9.]+)s");

    private final Path stackDir;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean sampling = true;

    Services(Path stackDir) {
        this.stackDir = stackDir;
        sampler = new Thread(this::sampleEverySecond, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The pid ./stack recorded, if that process still runs. */
    Long pid(String service) {
        try {
            long pid = Long.parseLong(Files.readString(stackDir.resolve("pids/" + service + ".pid")).trim());
            return Files.exists(Path.of("/proc/" + pid)) ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** VmRSS in MiB, or null when the service is not running. */
    Double rssMb(String service) {
        Long kb = rssKb(service);
        return kb == null ? null : kb / 1024.0;
    }

    Double peakMb(String service) {
        Long kb = peakKb.get(service);
        return kb == null ? null : kb / 1024.0;
    }

    /** Resets the peaks: what the load adds is measured from here. */
    void resetPeaks() {
        peakKb.clear();
    }

    /** The last "started in X s" of the service's log, and when it was logged; null if there is none. */
    StartTime startTime(String service) {
        Path log = stackDir.resolve("logs/" + service + ".log");
        StartTime found = null;
        try (var lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    found = new StartTime(Double.parseDouble(m.group(2)), m.group(1));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return found;
    }

    record StartTime(double seconds, String loggedAt) {
    }

    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        NAMES.forEach(name -> pids.put(name, pid(name)));
        return pids;
    }

    private Long rssKb(String service) {
        Long pid = pid(service);
        if (pid == null) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private void sampleEverySecond() {
        while (sampling) {
            for (String service : NAMES) {
                Long kb = rssKb(service);
                if (kb != null) {
                    peakKb.merge(service, kb, Math::max);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        sampling = false;
        sampler.interrupt();
    }
}
