package dev.csp.audit;

import static org.awaitility.Awaitility.await;

import dev.csp.audit.domain.ActivityLog;
import dev.csp.audit.domain.Anchors;
import dev.csp.audit.domain.Checkpoints;
import dev.csp.events.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A new partner's chain as the tests need it: recorded, signed, and its checkpoint anchored outside the database. */
@ApplicationScoped
class AnchoredChains {

    @Inject
    ActivityLog log;
    @Inject
    Checkpoints checkpoints;
    @Inject
    Anchors anchors;

    /** Records the partner's events (its first), signs the chain and waits until its last link is anchored. */
    void recordAndAnchor(UUID partner, List<? extends Event> events) {
        Fixtures.record(log, events);
        checkpoints.signGrownChains();
        await().atMost(Duration.ofSeconds(30)).until(() -> anchors.latest(partner)
                .map(anchor -> anchor.chainSeq() == events.size()).orElse(false));
    }
}
