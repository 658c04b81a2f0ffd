package dev.csp.kit.outbox;

import dev.csp.kit.metrics.CachedQuery;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * How much waits in this service's outbox and for how long: {@code csp_outbox_depth} and
 * {@code csp_outbox_oldest_age_seconds}, from one query at most every 5 s (CachedQuery), whatever the scrape rate.
 * A row older than a few seconds means the relay cannot send (alert CspOutboxRowsOld).
 */
@Startup
@ApplicationScoped
class OutboxGauges {

    private static final String WAITING = "select count(*), min(created_at) from outbox_event";

    /** Held here: a Micrometer gauge keeps only a weak reference to what it reads, and would report NaN once collected. */
    private final CachedQuery waiting;

    OutboxGauges(AgroalDataSource dataSource, MeterRegistry registry, Clock clock) {
        waiting = new CachedQuery(dataSource, WAITING, clock);
        Gauge.builder("csp.outbox.depth", waiting, CachedQuery::count)
                .description("Events in the outbox not yet sent to Kafka").register(registry);
        Gauge.builder("csp.outbox.oldest.age.seconds", waiting, CachedQuery::ageSeconds)
                .description("Age of the oldest event in the outbox, 0 when it is empty").register(registry);
    }
}
