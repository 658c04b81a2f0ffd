package dev.csp.audit.messaging;

import dev.csp.audit.domain.ActivityLog;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event worth a trail becomes one log entry, however often it is delivered. One consumer reads all nine topics
 * (application.properties; exactly the topics ActivityLog describes, ActivityTopicsTest): a poll of any of them is one
 * transaction, each partner's chain head locked once.
 */
@ApplicationScoped
class ActivityListener {

    @Inject
    Inbox inbox;
    @Inject
    ActivityLog log;

    @Incoming("activity")
    @Blocking
    void onActivity(ConsumerRecords<String, String> records) {
        inbox.receive(records, log::record);
    }
}
