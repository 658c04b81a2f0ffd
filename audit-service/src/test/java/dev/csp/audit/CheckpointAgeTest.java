package dev.csp.audit;

import static dev.csp.testing.PrometheusScrape.value;
import static org.awaitility.Awaitility.await;

import dev.csp.events.EventCodec;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The age of the stalest unanchored chain: low while checkpoints are signed every interval (1 s in tests). */
@QuarkusTest
class CheckpointAgeTest {

    @Test
    void aNewPartnersActivityIsAnchoredAndTheGaugeSaysSo() {
        SoftwareKeyAccessed read = Fixtures.keyRead(UUID.randomUUID(), "adatum-admin", Instant.now());
        TestKafka.send(read.topic(), read.key(), EventCodec.toJson(read));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            double age = value("csp_audit_checkpoint_oldest_age_seconds");
            return age >= 0 && age < 30;
        });
    }
}
