package dev.csp.billing;

import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.credits;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.refund;
import static dev.csp.billing.Fixtures.send;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.EventCodec;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Approved refunds become credits of the approved amount, capped by what remains of the charge, once each. */
@QuarkusTest
class RefundTest {

    private static final Instant PLACED = Instant.parse("2026-05-04T08:00:00Z");
    private static final Instant APPROVED = Instant.parse("2026-05-20T08:00:00Z");

    @Test
    void anApprovedRefundIsCreditedOnceHoweverOftenItArrivesAndLinkedToItsCharge() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetual("100.00", "USD", 1));
        sendAndAwait(order);
        Charge charge = charges(order).get(0);

        RefundApproved approval = refund(order, UUID.randomUUID(), "30.005", APPROVED);
        sendAndAwait(approval);
        send(approval);
        // the same request again under a new event id, as a re-published approval would be
        sendAndAwait(new RefundApproved(UUID.randomUUID(), APPROVED, approval.refundRequestId(), approval.orderId(),
                approval.lineId(), approval.partnerTenantId(), approval.customerId(), approval.amount(), approval.approvedBy()));

        List<Credit> credits = credits(order);
        assertEquals(1, credits.size());
        Credit credit = credits.get(0);
        assertEquals("30.01", credit.amount().amount().toPlainString());
        assertEquals(CreditIssued.Reason.APPROVED_REFUND, credit.reason);
        assertEquals(charge.id, credit.chargeId);
        assertEquals(approval.refundRequestId(), credit.refundRequestId);
        assertEquals("2026-05", credit.billingPeriod);
        CreditIssued issued = EventCodec.fromJson(TestKafka.await(CreditIssued.TOPIC,
                r -> r.value().contains(credit.id.toString())).value(), CreditIssued.class);
        assertEquals(approval.refundRequestId(), issued.refundRequestId());
        assertEquals(charge.id, issued.chargeId());
    }

    @Test
    void refundsAndTheCancellationNeverGiveBackMoreThanWasCharged() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetual("100.00", "USD", 1));
        sendAndAwait(order);
        sendAndAwait(refund(order, UUID.randomUUID(), "60.00", APPROVED));
        sendAndAwait(refund(order, UUID.randomUUID(), "90.00", APPROVED.plusSeconds(60)));
        sendAndAwait(refund(order, UUID.randomUUID(), "5.00", APPROVED.plusSeconds(120)));
        sendAndAwait(cancelled(order, APPROVED.plusSeconds(180)));

        List<String> amounts = credits(order).stream().map(c -> c.amount().amount().toPlainString()).toList();
        assertEquals(List.of("60.00", "40.00"), amounts);
    }

    @Test
    void aCancellationAfterAPartialRefundGivesBackOnlyTheRest() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetual("1.500", "KWD", 2));
        sendAndAwait(order);
        sendAndAwait(refund(order, UUID.randomUUID(), "1.2345", APPROVED));
        sendAndAwait(cancelled(order, APPROVED.plusSeconds(60)));

        List<String> amounts = credits(order).stream().map(c -> c.amount().amount().toPlainString()).toList();
        assertEquals(List.of("1.235", "1.765"), amounts);
        assertEquals(CreditIssued.Reason.FULL_REFUND, credits(order).get(1).reason);
    }

    @Test
    void aRefundApprovedBeforeItsOrderArrivesIsCreditedWhenItDoes() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetual("80000", "JPY", 1));
        RefundApproved approval = refund(order, UUID.randomUUID(), "12345.4", APPROVED);
        sendAndAwait(approval);
        assertEquals(0, credits(order).size());
        send(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 1);
        Credit credit = credits(order).get(0);
        assertEquals("12345", credit.amount().amount().toPlainString());
        assertEquals(approval.refundRequestId(), credit.refundRequestId);
    }
}
