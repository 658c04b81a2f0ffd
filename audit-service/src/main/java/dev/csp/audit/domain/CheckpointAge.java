package dev.csp.audit.domain;

import dev.csp.kit.metrics.CachedQuery;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * {@code csp_audit_checkpoint_oldest_age_seconds}: among the partners whose chain has grown since their last signed
 * checkpoint, the age of the stalest one's latest checkpoint (of its first link, if it has none yet); 0 when every
 * chain is covered. A quiet partner's old checkpoint does not count: nothing of it waits to be anchored. Above three
 * checkpoint intervals the log is not being anchored (alert CspCheckpointStale). One query every 5 s at most.
 */
@Startup
@ApplicationScoped
class CheckpointAge {

    private static final String STALEST = "select count(*), min(coalesce(c.signed_at, f.recorded_at))"
            + " from activity_chain h"
            + " left join lateral (select chain_seq, signed_at from activity_checkpoint k"
            + " where k.partner_tenant_id = h.partner_tenant_id order by chain_seq desc limit 1) c on true"
            + " left join lateral (select recorded_at from activity a where a.partner_tenant_id = h.partner_tenant_id"
            + " and a.chain_seq = 1) f on true"
            + " where h.last_seq > coalesce(c.chain_seq, 0)";

    /** Held here: a Micrometer gauge keeps only a weak reference to what it reads, and would report NaN once collected. */
    private final CachedQuery stalest;

    CheckpointAge(AgroalDataSource dataSource, MeterRegistry registry, Clock clock) {
        stalest = new CachedQuery(dataSource, STALEST, clock);
        Gauge.builder("csp.audit.checkpoint.oldest.age.seconds", stalest, CachedQuery::ageSeconds)
                .description("Age of the stalest latest checkpoint among partners with activity since it").register(registry);
    }
}
