package dev.csp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one run measured, as written to JSON. Lists are empty where a measurement did not run. */
final class Results {

    /** The commit ceiling and what it allows: orders per second at the commits an order costs. */
    record Ceiling(CommitCeiling.Settings settings, List<CommitCeiling.Run> runs, Map<Integer, Spread> commitsPerSecond,
                   double bestCommitsPerSecond, CommitCount commitsPerOrder, double maxOrdersPerSecond,
                   double maxOrdersPerSecondWithRelays) {
    }

    /**
     * The durable commits one order costs, counted from the code (see docs/PERFORMANCE.md): on its way, each a
     * transaction of its own; the outbox relays' deletes, one per batch of up to 500 events, come on top.
     */
    record CommitCount(int onThePath, int relayBatches, List<String> breakdown) {

        static final CommitCount ORDER = new CommitCount(6, 3, List.of(
                "order-service: the order and its order-placed outbox row (Orders.place)",
                "entitlement-service: inbox row + entitlement + entitlement-granted outbox row (order-placed)",
                "billing-service: inbox row + charge + charge-recorded outbox row (order-placed)",
                "audit-service: inbox row + activity entry + chain head (order-placed)",
                "order-service: inbox row + effect (entitlement-granted)",
                "order-service: inbox row + effect (charge-recorded)",
                "relays (amortized): order-service, entitlement-service and billing-service each delete a relayed batch"));
    }

    record ServiceFigures(String service, Long pid, Double rssIdleMb, Double rssPeakUnderLoadMb, Double rssAfterLoadMb,
                          Double startSeconds, String startLoggedAt) {
    }

    /** A line of the summary table. */
    record Target(String what, String measured, String target, String verdict) {
    }

    String mode;
    String startedAt;
    String finishedAt;
    Machine machine;
    String loadAverageAtStart;
    String loadAverageAtEnd;
    Map<String, Object> options;
    /** CPU/s of the stack before any load; what every CPU per order, key read and cancellation has subtracted. */
    StackCpu.Idle stackAtRest;
    Ceiling ceiling;
    List<OrderPipeline.Step> pipeline = new ArrayList<>();
    List<Cancellations.Run> cancellations = new ArrayList<>();
    List<KeyReads.Run> keyReads = new ArrayList<>();
    List<ActivityLogReads.Run> activityLog = new ArrayList<>();
    List<ActivityLogAtSize.Size> activityLogBySize = new ArrayList<>();
    PeriodClose.Run periodClose;
    List<ServiceFigures> services = new ArrayList<>();
    List<Profiler.Profile> profiles = new ArrayList<>();
    DeadLetters.Gain deadLetters;
    List<Target> targets = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
}
