package dev.csp.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local broker's data directory moved onto a small filesystem of its own (a tmpfs of a set size, mounted over
 * {@code .stack/kafka/data}), so that a drill can fill it to the last byte and free it again, as another tenant of
 * a shared volume or a runaway log would. {@link #close} moves the data back onto the machine's disk and starts the
 * broker there. Needs root (mount).
 */
final class BrokerDisk implements AutoCloseable {

    private static final Path DATA = LocalStack.ROOT.resolve(".stack/kafka/data");
    /** Where the broker's data waits while the small filesystem is mounted over its directory, and comes back to. */
    private static final Path ON_DISK = DATA.resolveSibling("data.on-disk");
    private static final Path FILLER = DATA.resolve("disk-full-drill.filler");

    private BrokerDisk() {
    }

    /**
     * Stops the broker, moves its data onto a filesystem of its size plus {@code headroomMb}, and starts it there;
     * waits until the whole stack is ready again.
     */
    static BrokerDisk confine(long headroomMb) throws IOException, InterruptedException {
        if (isMounted()) {
            throw new IllegalStateException(DATA + " is a mount point already: an earlier drill left it; umount it");
        }
        LocalStack.stop("kafka");
        Files.move(DATA, ON_DISK);
        Files.createDirectory(DATA);
        long usedMb = Long.parseLong(Shell.run(true, "du", "-sm", ON_DISK.toString()).split("\\s+")[0]);
        Shell.run(true, "mount", "-t", "tmpfs", "-o", "size=" + (usedMb + headroomMb) + "m,mode=0755",
                "csp-kafka-drill", DATA.toString());
        Shell.run(true, "cp", "-a", ON_DISK + "/.", DATA.toString());
        LocalStack.startStopped();
        return new BrokerDisk();
    }

    /** Writes a file until the filesystem has no byte left; returns the megabytes it took. */
    long fill() throws IOException, InterruptedException {
        Shell.run(false, "dd", "if=/dev/zero", "of=" + FILLER, "bs=1M");
        return Files.size(FILLER) >> 20;
    }

    /** Space returns: the file that filled the disk is deleted. */
    void free() throws IOException {
        Files.deleteIfExists(FILLER);
    }

    /** Bytes left on the small filesystem. */
    static long available() throws IOException {
        return Files.getFileStore(DATA).getUsableSpace();
    }

    /** Stops the broker, moves its data back onto the machine's disk, unmounts the small filesystem, starts it again. */
    @Override
    public void close() throws IOException, InterruptedException {
        free();
        LocalStack.stop("kafka");
        Shell.run(true, "rm", "-rf", ON_DISK.toString());
        Files.createDirectory(ON_DISK);
        Shell.run(true, "cp", "-a", DATA + "/.", ON_DISK.toString());
        Shell.run(true, "umount", DATA.toString());
        Files.delete(DATA);
        Files.move(ON_DISK, DATA);
        LocalStack.startStopped();
    }

    private static boolean isMounted() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().map(l -> l.split(" "))
                .anyMatch(f -> f.length > 1 && f[1].equals(DATA.toString()));
    }
}
