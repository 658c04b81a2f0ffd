package dev.csp.order.messaging;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.inbox.Inbox;
import dev.csp.order.domain.CatalogSku;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps order-service's copy of the catalog current, so an order is validated without calling catalog-service. */
@ApplicationScoped
class CatalogListener {

    @Inject
    Inbox inbox;

    @Incoming(ProductPublished.TOPIC)
    @Blocking
    void onProductPublished(ConsumerRecords<String, String> records) {
        inbox.receive(records, ProductPublished.class, snapshots -> snapshots.forEach(CatalogSku::apply));
    }
}
