package dev.csp.kit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the business did, counted once it is true: a count or a lag is recorded when the transaction that made it
 * commits (at once outside a transaction), so a batch that rolls back and is applied again counts once. Lags are
 * measured from the event's own timestamp to now, as histograms (Prometheus: {@code <name>_seconds_bucket}). No
 * tenant, partner or order is a tag: the series stay few.
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;

    /** Adds one to the counter {@code name} (Prometheus: {@code <name>_total}) when the transaction commits. */
    public void countOnCommit(String name, String description) {
        Counter counter = Counter.builder(name).description(description).register(registry);
        onCommit(counter::increment);
    }

    /** Records the time from {@code since} (an event's occurredAt) to now in the histogram {@code name}. */
    public void lagOnCommit(String name, String description, Instant since) {
        Timer timer = Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
        Duration lag = Duration.between(since, clock.instant());
        onCommit(() -> timer.record(lag.isNegative() ? Duration.ZERO : lag));
    }

    private void onCommit(Runnable record) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            record.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    record.run();
                }
            }
        });
    }
}
