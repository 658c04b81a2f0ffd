package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.credits;
import static dev.csp.billing.Fixtures.line;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.billing.domain.BillingJobs;
import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.security.Roles;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Monthly-billed subscriptions are charged one month at a time as each billing period opens. */
@QuarkusTest
class InstallmentTest {

    @Inject
    BillingJobs jobs;

    @Test
    void eachMonthIsChargedOnceAsItsPeriodOpens() {
        OrderPlaced order = placed(UUID.randomUUID(), "2025-01-15T12:00:00Z",
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "1200.00", "USD", 1));

        jobs.chargeDueInstallments(Instant.parse("2025-03-31T23:59:59Z"));
        jobs.chargeDueInstallments(Instant.parse("2025-03-31T23:59:59Z"));

        List<Charge> charges = charges(order);
        assertEquals(List.of("2025-01", "2025-02", "2025-03"), charges.stream().map(c -> c.billingPeriod).toList());
        assertEquals(List.of("100.00", "100.00", "100.00"), amounts(charges));
        assertEquals(Instant.parse("2025-03-15T12:00:00Z"), charges.get(2).serviceFrom);
        assertEquals(Instant.parse("2025-04-15T12:00:00Z"), charges.get(2).serviceUntil);
        ChargeRecorded recorded = EventCodec.fromJson(TestKafka.await(ChargeRecorded.TOPIC,
                r -> r.value().contains(charges.get(2).id.toString())).value(), ChargeRecorded.class);
        assertEquals("2025-03", recorded.billingPeriod());

        jobs.chargeDueInstallments(Instant.parse("2025-04-01T00:00:00Z"));
        assertEquals("2025-04", charges(order).get(3).billingPeriod);
        assertEquals(4, charges(order).size());
    }

    @Test
    void chargingStopsWhenTheTermEndsAndTheMonthsAddUpToItsPrice() {
        OrderPlaced order = placed(UUID.randomUUID(), "2025-06-10T09:00:00Z",
                line(ProductKind.SOFTWARE_PLAN, "P3M", BillingFrequency.MONTHLY, "100.00", "USD", 1));

        jobs.chargeDueInstallments(Instant.parse("2025-12-01T00:00:00Z"));

        assertEquals(List.of("33.33", "33.34", "33.33"), amounts(charges(order)));
    }

    @Test
    void aCancelledLineIsNeverChargedAgainAndMonthsChargedAfterItsCancellationAreCreditedInFull() {
        // cancelled on 11 September: 20 of September's 30 days unused (25.84 × 20 / 30); October had not started
        Instant cancelledAt = Instant.parse("2025-09-11T00:00:00Z");
        OrderPlaced order = placed(UUID.randomUUID(), "2025-08-01T00:00:00Z",
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "310.00", "EUR", 1));
        jobs.chargeDueInstallments(Instant.parse("2025-10-01T00:00:00Z"));
        assertEquals(List.of("25.83", "25.84", "25.83"), amounts(charges(order)));

        sendAndAwait(cancelled(order, cancelledAt));
        jobs.chargeDueInstallments(Instant.parse("2026-06-01T00:00:00Z"));

        List<Charge> charges = charges(order);
        assertEquals(3, charges.size());
        // both credits are issued at the same instant: list them in the order of the months they reverse
        List<Credit> credits = charges.stream().flatMap(charge -> credits(order).stream()
                .filter(credit -> credit.chargeId.equals(charge.id))).toList();
        assertEquals(List.of("17.23", "25.83"), amounts(credits));
        assertEquals(List.of(charges.get(1).id, charges.get(2).id), credits.stream().map(c -> c.chargeId).toList());
        assertEquals(CreditIssued.Reason.PRORATED_REFUND, credits.get(1).reason);
    }

    @Test
    void anInstallmentWhoseMonthIsAlreadyInvoicedLandsOnTheNextOpenPeriod() {
        UUID partner = UUID.randomUUID();
        OrderPlaced order = placed(partner, "2025-10-05T00:00:00Z",
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "120000", "JPY", 1));
        as(partner, Roles.GLOBAL_ADMIN).post("/v1/billing/periods/2025-11/close").then().statusCode(201);

        jobs.chargeDueInstallments(Instant.parse("2025-11-15T00:00:00Z"));

        assertEquals(List.of("2025-10", "2025-12"), charges(order).stream().map(c -> c.billingPeriod).toList());
        assertEquals(List.of("10000", "10000"), amounts(charges(order)));
    }

    /** An order of one line placed at {@code placedAt}, once billing has applied it. */
    private static OrderPlaced placed(UUID partner, String placedAt, OrderPlaced.Line line) {
        OrderPlaced order = order(partner, Instant.parse(placedAt), line);
        sendAndAwait(order);
        return order;
    }

    private static List<String> amounts(List<?> lines) {
        return lines.stream().map(l -> l instanceof Charge c ? c.amount() : ((Credit) l).amount())
                .map(m -> m.amount().toPlainString()).toList();
    }
}
