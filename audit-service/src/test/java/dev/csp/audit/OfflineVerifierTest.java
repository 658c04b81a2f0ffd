package dev.csp.audit;

import static dev.csp.audit.Fixtures.auditor;
import static dev.csp.audit.Fixtures.keyRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A partner downloads a stretch of its chain and the checkpoints, and checks them with the verifier program alone
 * (verifier/VerifyActivityExport.java, run as a separate java process with no class of ours): intact as written,
 * broken where a row was changed in the database afterwards.
 */
@QuarkusTest
class OfflineVerifierTest {

    @Inject
    AnchoredChains chains;

    @Test
    void anExportVerifiesOfflineAndAChangedRowIsFound() throws Exception {
        UUID partner = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofHours(3));
        chains.recordAndAnchor(partner, IntStream.range(0, 5).mapToObj(i -> keyRead(partner, "reader ü \"" + i + "\"",
                start.plus(Duration.ofMinutes(i)))).toList());

        Verdict intact = verifyOffline(partner);
        assertEquals(0, intact.exit(), intact.output());
        assertTrue(intact.output().startsWith("intact: links 1..5 (5), "), intact.output());

        Owner.sql("update activity set product_name = 'Something else' where partner_tenant_id = ?1 and chain_seq = 3",
                partner);
        Verdict broken = verifyOffline(partner);
        assertEquals(1, broken.exit(), broken.output());
        assertTrue(broken.output().startsWith("broken: link 3 "), broken.output());
    }

    private record Verdict(int exit, String output) {
    }

    private static Verdict verifyOffline(UUID partner) throws IOException, InterruptedException {
        Path chain = Files.createTempFile("chain", ".ndjson");
        Path signed = Files.createTempFile("checkpoints", ".json");
        Files.write(chain, auditor(partner).get("/v1/activity-log/chain").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asByteArray());
        Files.write(signed, auditor(partner).get("/v1/activity-log/checkpoints").then().statusCode(200).extract()
                .asByteArray());
        Process verifier = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "verifier/VerifyActivityExport.java", chain.toString(), signed.toString()).redirectErrorStream(true).start();
        String output = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Verdict(verifier.waitFor(), output);
    }
}
