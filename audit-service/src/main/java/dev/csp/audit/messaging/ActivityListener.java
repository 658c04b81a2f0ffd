package dev.csp.audit.messaging;

import dev.csp.audit.domain.ActivityLog;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.EventTypes;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every event worth a trail becomes one log entry, however often it is delivered. */
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
    void onActivity(ConsumerRecord<String, String> record) {
        Class<? extends Event> type = EventTypes.BY_TOPIC.get(record.topic());
        if (type == null) {
            throw new EventCodec.MalformedEvent("No event type for topic " + record.topic());
        }
        inbox.receive(record.value(), type, log::record);
    }
}
