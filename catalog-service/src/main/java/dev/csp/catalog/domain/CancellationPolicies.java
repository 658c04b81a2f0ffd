package dev.csp.catalog.domain;

import dev.csp.events.ProductKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Versions of the cancellation policy of each product kind (catalog-admin). A new version is published with every
 * product of the kind, in the same transaction, so order-service knows it before it takes effect.
 */
@ApplicationScoped
public class CancellationPolicies {

    @Inject
    CatalogPublisher publisher;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    @Transactional
    public CancellationPolicy addVersion(ProductKind kind, CancellationPolicy.Terms terms) {
        // two admins adding a version of one kind at once would both take the same number: one waits for the other
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "cancellation-policy:" + kind.name()).getSingleResult();
        CancellationPolicy next = CancellationPolicy.nextVersion(kind, CancellationPolicy.versionsOf(kind), terms,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), Market.currencies());
        next.persist();
        List<Product> ofKind = Product.find("kind", kind).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        ofKind.forEach(Product::changed);
        publisher.publish(ofKind);
        return next;
    }
}
