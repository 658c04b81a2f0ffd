package dev.csp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** What the figures ran on, and how busy it was: the stack, its databases and other people's tests share it. */
record Machine(int cpus, String cpuModel, long memoryMb, String javaVersion, String gitCommit) {

    static Machine describe(Path repository) {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), gitCommit(repository));
    }

    /** "1.05 1.82 2.66" (1, 5 and 15 minutes) from /proc/loadavg. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String now() {
        return Instant.now().toString();
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long readMemoryMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String gitCommit(Path repository) {
        try {
            Process git = new ProcessBuilder("git", "-C", repository.toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
