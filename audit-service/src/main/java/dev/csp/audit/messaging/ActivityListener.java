package dev.csp.audit.messaging;

import dev.csp.audit.domain.ActivityLog;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every event worth a trail becomes one log entry, however often it is delivered; a poll is one transaction. */
@ApplicationScoped
class ActivityListener {

    private final Inbox inbox;
    private final ActivityLog log;

    ActivityListener(Inbox inbox, ActivityLog log) {
        this.inbox = inbox;
        this.log = log;
    }

    @Incoming("software-key-accessed")
    @Incoming("download-link-created")
    @Incoming("software-downloaded")
    @Incoming("order-placed")
    @Incoming("order-cancelled")
    @Incoming("entitlement-revoked")
    @Incoming("refund-approved")
    @Incoming("credit-issued")
    @Blocking
    void onActivity(ConsumerRecords<String, String> records) {
        inbox.receive(records, log::record);
    }
}
