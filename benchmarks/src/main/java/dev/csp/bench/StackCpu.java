package dev.csp.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time the stack's own processes have used, per component, from /proc/PID/stat: the five services, Kafka,
 * Keycloak, the gateway (nginx) and PostgreSQL. A component is the process its pid file names (PostgreSQL: the
 * postmaster, first line of /var/run/postgresql/VERSION-main.pid), every descendant of it and every member of the
 * process group it leads: kc.sh leads Keycloak's group and its java is a child; nginx's workers are the master's
 * children; PostgreSQL's backends are the postmaster's. Each live process counts its utime + stime and its cutime +
 * cstime, the time of the children it has already reaped: so the backends that exited between two snapshots still
 * count, through the postmaster that reaped them. This JVM, the load driver, is never counted. Snapshots are
 * cumulative; what a window cost is the difference of two.
 */
final class StackCpu {

    static final List<String> COMPONENTS = Stream.concat(Services.NAMES.stream(),
            Stream.of("kafka", "keycloak", "gateway", "postgres")).toList();
    /** Waited after the last unit of a window: audit entries and relay deletes trail the effects the program sees. */
    static final Duration TRAIL = Duration.ofSeconds(1);
    private static final Path POSTGRES_RUN = Path.of("/var/run/postgresql");

    /** Cumulative CPU ms per running component, and the pid each was counted from (a restart changes it). */
    record Snapshot(long nanos, Map<String, Long> roots, Map<String, Double> ms) {
    }

    /** The stack at rest: CPU ms per second, in all and per component. */
    record Idle(double seconds, double msPerSecond, Map<String, Double> byComponent, List<String> notes) {

        String brief() {
            return Text.ms(msPerSecond) + " ms CPU/s (" + breakdown(byComponent) + ")";
        }
    }

    /**
     * What a window of work cost: {@code cpuMs} all the stack used in it, {@code idleMs} what it uses at rest in as
     * long; {@code msPerUnit} = (cpuMs - idleMs) / units, in all and per component ({@code byComponent}), null when
     * no unit completed. A component quieter than at rest comes out below zero: left as measured. A component that
     * was restarted or stopped within the window is left out of every figure, and {@code notes} says so.
     */
    record Cost(String unit, long units, double seconds, double cpuMs, double idleMs, Double msPerUnit,
                Map<String, Double> byComponent, List<String> notes) {

        String brief() {
            if (msPerUnit == null) {
                return "CPU n/a (no " + unit + " completed in the window)";
            }
            return "CPU " + Text.ms(msPerUnit) + " ms/" + unit + " (" + breakdown(byComponent) + ")"
                    + (notes.isEmpty() ? "" : " [" + String.join("; ", notes) + "]");
        }
    }

    /** One line of /proc/PID/stat, in clock ticks. */
    private record Stat(long pid, long ppid, long group, long ownTicks, long reapedTicks) {
    }

    private final Path stackDir;
    private final double ticksPerSecond = ticksPerSecond();
    private final long self = ProcessHandle.current().pid();
    private volatile Idle idle;

    StackCpu(Path stackDir) {
        this.stackDir = stackDir;
    }

    Snapshot snapshot() {
        long nanos = System.nanoTime();
        Map<Long, Stat> all = readAll();
        Map<Long, List<Long>> children = new HashMap<>();
        all.values().forEach(s -> children.computeIfAbsent(s.ppid(), k -> new ArrayList<>()).add(s.pid()));
        Map<String, Long> roots = new LinkedHashMap<>();
        Map<String, Double> ms = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            Long root = root(component);
            if (root == null || !all.containsKey(root)) {
                continue;
            }
            long ticks = 0;
            for (long pid : members(root, all, children)) {
                Stat s = all.get(pid);
                ticks += s.ownTicks() + s.reapedTicks();
            }
            roots.put(component, root);
            ms.put(component, ticks * 1000 / ticksPerSecond);
        }
        return new Snapshot(nanos, roots, ms);
    }

    /** Measures the stack at rest; later costs subtract this rate. Call it before any load. */
    Idle measureIdle(Duration length) throws InterruptedException {
        Snapshot start = snapshot();
        Thread.sleep(length.toMillis());
        Snapshot end = snapshot();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        List<String> notes = new ArrayList<>();
        Map<String, Double> used = used(start, end, notes);
        Map<String, Double> perSecond = new LinkedHashMap<>();
        used.forEach((component, ms) -> perSecond.put(component, round(ms / seconds)));
        idle = new Idle(round(seconds), round(used.values().stream().mapToDouble(Double::doubleValue).sum() / seconds),
                perSecond, notes);
        return idle;
    }

    Idle idle() {
        return idle;
    }

    /** The cost of {@code units} of work done between two snapshots, net of the idle rate (if it was measured). */
    Cost cost(String unit, Snapshot start, Snapshot end, long units) {
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        List<String> notes = new ArrayList<>();
        Map<String, Double> used = used(start, end, notes);
        Idle rest = idle;
        if (rest == null) {
            notes.add("the stack at rest was not measured: gross CPU");
        }
        double cpu = 0;
        double atRest = 0;
        Map<String, Double> byComponent = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : used.entrySet()) {
            double componentAtRest = rest == null ? 0 : rest.byComponent().getOrDefault(e.getKey(), 0.0) * seconds;
            cpu += e.getValue();
            atRest += componentAtRest;
            if (units > 0) {
                byComponent.put(e.getKey(), round((e.getValue() - componentAtRest) / units));
            }
        }
        return new Cost(unit, units, round(seconds), round(cpu), round(atRest), units > 0 ? round((cpu - atRest) / units) : null,
                byComponent, notes);
    }

    /** CPU ms each component used between the snapshots; one that changed in between is left out and noted. */
    private static Map<String, Double> used(Snapshot start, Snapshot end, List<String> notes) {
        Map<String, Double> used = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            Long before = start.roots().get(component);
            Long after = end.roots().get(component);
            if (before == null && after == null) {
                continue;
            }
            if (before == null || !before.equals(after)) {
                notes.add(component + (after == null ? " stopped" : before == null ? " started" : " was restarted")
                        + " in the window, not counted");
                continue;
            }
            double ms = end.ms().get(component) - start.ms().get(component);
            if (ms < 0) {
                // a member exited and was reaped by a process outside the component: its time left with it
                notes.add(component + " lost a process in the window, not counted");
                continue;
            }
            used.put(component, ms);
        }
        return used;
    }

    /** The root, its descendants and its process group (when it leads one); never this JVM. */
    private Set<Long> members(long root, Map<Long, Stat> all, Map<Long, List<Long>> children) {
        Set<Long> members = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.add(root);
        all.values().stream().filter(s -> s.group() == root).forEach(s -> todo.add(s.pid()));
        while (!todo.isEmpty()) {
            long pid = todo.poll();
            if (pid != self && members.add(pid)) {
                todo.addAll(children.getOrDefault(pid, List.of()));
            }
        }
        return members;
    }

    private Long root(String component) {
        if (component.equals("postgres")) {
            return postmaster();
        }
        return pidIn(stackDir.resolve("pids/" + component + ".pid"));
    }

    /** The first line of /var/run/postgresql/VERSION-main.pid whose process runs (whatever the version). */
    private static Long postmaster() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(POSTGRES_RUN, "*-main.pid")) {
            found.forEach(files::add);
        } catch (IOException e) {
            return null;
        }
        files.sort(Comparator.naturalOrder());
        return files.stream().map(StackCpu::pidIn).filter(pid -> pid != null).findFirst().orElse(null);
    }

    private static Long pidIn(Path file) {
        try {
            String first = Files.readString(file).lines().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return Files.exists(Path.of("/proc/" + pid)) ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Every process's stat line; one that exits while being read is skipped. */
    private static Map<Long, Stat> readAll() {
        Map<Long, Stat> all = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                Stat s = read(proc.resolve("stat"));
                if (s != null) {
                    all.put(s.pid(), s);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc: " + e, e);
        }
        return all;
    }

    /** Fields after the command (which may hold spaces and parentheses): 4 ppid, 5 pgrp, 14-17 utime stime cutime cstime. */
    private static Stat read(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
            return new Stat(pid, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
                    Long.parseLong(f[13]) + Long.parseLong(f[14]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CLK_TCK (getconf, once); 100, Linux's value everywhere in practice, if that cannot be asked. */
    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }

    /** "order 2.1, postgres 1.2, kafka 0.8": largest first, "-service" dropped, those under 0.05 ms left out. */
    static String breakdown(Map<String, Double> byComponent) {
        String parts = byComponent.entrySet().stream().filter(e -> Math.abs(e.getValue()) >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey().replaceFirst("-service$", "") + " " + Text.ms(e.getValue()))
                .collect(Collectors.joining(", "));
        return parts.isEmpty() ? "no component above 0.05" : parts;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
