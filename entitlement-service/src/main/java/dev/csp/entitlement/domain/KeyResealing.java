package dev.csp.entitlement.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * After a rotation of the key ring, seals every stored product key again under the current key, a batch per
 * transaction. Rows are claimed with {@code for update skip locked}, so two replicas share the work and a revocation
 * or key read of the same row simply waits for its batch. When nothing is left under a retired key
 * ({@code csp_keys_sealed_with_retired} is 0), that key can be dropped from the ring.
 */
@ApplicationScoped
public class KeyResealing {

    private static final Logger LOG = Logger.getLogger(KeyResealing.class);
    private static final int BATCH = 200;

    @Inject
    KeyVault vault;
    @Inject
    MeterRegistry registry;
    private final AtomicLong left = new AtomicLong();

    @PostConstruct
    void registerGauge() {
        registry.gauge("csp.keys.sealed.with.retired", left);
    }

    @Scheduled(identity = "reseal-product-keys", every = "${csp.keys.reseal-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        resealAll();
    }

    /** Seals again every key sealed with another key than the current one; returns how many. */
    public int resealAll() {
        int resealed = 0;
        for (int batch = resealBatch(); batch > 0; batch = resealBatch()) {
            resealed += batch;
        }
        left.set(QuarkusTransaction.requiringNew().call(() -> Entitlement.count(
                "keyCiphertext is not null and keyId <> ?1", vault.currentKeyId())));
        if (resealed > 0) {
            LOG.infof("Sealed %d product keys again with key %s; %d left under retired keys", resealed,
                    vault.currentKeyId(), left.get());
        }
        return resealed;
    }

    /** Keys sealed with a key the ring no longer holds cannot be opened, so they are left (and counted) as they are. */
    private int resealBatch() {
        List<String> retired = vault.retiredKeyIds();
        if (retired.isEmpty()) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Entitlement> stale = Entitlement.getEntityManager().createNativeQuery("""
                    select * from entitlement where key_ciphertext is not null and key_id in (:retired)
                    order by id limit :batch for update skip locked""", Entitlement.class)
                    .setParameter("retired", retired).setParameter("batch", BATCH).getResultList();
            stale.forEach(entitlement -> entitlement.reseal(vault));
            return stale.size();
        });
    }
}
