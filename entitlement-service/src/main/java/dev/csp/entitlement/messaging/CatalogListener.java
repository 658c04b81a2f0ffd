package dev.csp.entitlement.messaging;

import dev.csp.entitlement.domain.DownloadCatalog;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps this service's copy of the catalog's downloads, from the compacted product-published topic. */
@ApplicationScoped
class CatalogListener {

    @Inject
    Inbox inbox;
    @Inject
    DownloadCatalog catalog;

    @Incoming(ProductPublished.TOPIC)
    @Blocking
    void onProductPublished(ConsumerRecords<String, String> records) {
        inbox.receive(records, ProductPublished.class, snapshots -> snapshots.forEach(catalog::apply));
    }
}
