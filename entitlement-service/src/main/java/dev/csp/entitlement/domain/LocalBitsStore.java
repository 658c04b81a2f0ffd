package dev.csp.entitlement.domain;

import dev.csp.kit.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * A folder of generated sample files, for local runs and tests. The rule agreed with the catalog, which computes
 * its SHA-256 the same way: a file's content is the first {@code sizeBytes} bytes of the endless repetition of the
 * UTF-8 bytes of {@code fileName + "\n"}. Files are made on first use, named by their checksum (never by a name
 * from outside), and served only once their bytes are proven to match the catalog's checksum.
 */
@ApplicationScoped
public class LocalBitsStore implements BitsStore {

    private static final Logger LOG = Logger.getLogger(LocalBitsStore.class);
    private static final int CHUNK = 64 * 1024;

    private final Path folder;
    private final Map<String, Path> verified = new ConcurrentHashMap<>();

    LocalBitsStore(DownloadsConfig config) {
        this.folder = Path.of(config.bitsFolder().orElse(System.getProperty("java.io.tmpdir") + "/csp-bits"));
    }

    @Override
    public Path locate(CatalogDownload file) {
        if (!file.sha256.matches("[0-9a-f]{64}") || file.sizeBytes < 0) {
            throw integrityProblem(file, "its published checksum or size is not valid");
        }
        return verified.computeIfAbsent(file.sha256, sha -> makeAndVerify(file));
    }

    private Path makeAndVerify(CatalogDownload file) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.sha256);
            if (!Files.exists(target) || Files.size(target) != file.sizeBytes) {
                generate(file, target);
            }
            String actual = sha256Of(target);
            if (!actual.equals(file.sha256)) {
                throw integrityProblem(file, "its bytes hash to " + actual);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + file.fileName + " in " + folder, e);
        }
    }

    /** Written beside the target and moved into place, so a reader never sees half a file. */
    static void generate(CatalogDownload file, Path target) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), "partial-", ".tmp");
        try (OutputStream out = Files.newOutputStream(partial)) {
            writeSample(file.fileName, file.sizeBytes, out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void writeSample(String fileName, long sizeBytes, OutputStream out) throws IOException {
        byte[] unit = (fileName + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[Math.max(CHUNK - CHUNK % unit.length, unit.length)];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = unit[i % unit.length];
        }
        for (long left = sizeBytes; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    private static String sha256Of(Path path) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our fault or the catalog's, never the client's: a 500 that says why, and nothing served. */
    private static Failure integrityProblem(CatalogDownload file, String why) {
        LOG.errorf("Not serving %s (%s): %s", file.fileName, file.sha256, why);
        return new Failure(Failure.Kind.BROKEN, "download-integrity", "Download unavailable",
                "The file for this download does not match its published checksum; it is not served.");
    }
}
