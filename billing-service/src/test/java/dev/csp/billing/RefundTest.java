package dev.csp.billing;

import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.credits;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.processed;
import static dev.csp.billing.Fixtures.refund;
import static dev.csp.billing.Fixtures.send;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    /**
     * A refund approved in another currency than its charge can never be applied. Sent in one batch with two valid
     * approvals, it alone goes to the dead-letter topic, with the reason; the two others are credited.
     */
    @Test
    void aRefundThatCanNeverBeAppliedIsSetAsideAloneAndTheRestOfItsBatchIsCredited() {
        UUID partner = UUID.randomUUID();
        OrderPlaced first = order(partner, PLACED, perpetual("100.00", "USD", 1));
        OrderPlaced second = order(partner, PLACED, perpetual("200.00", "USD", 1));
        sendAndAwait(first);
        sendAndAwait(second);
        RefundApproved valid = refund(first, UUID.randomUUID(), "10.00", APPROVED);
        RefundApproved otherCurrency = new RefundApproved(UUID.randomUUID(), APPROVED, UUID.randomUUID(), second.orderId(),
                second.lines().get(0).lineId(), partner, second.customerId(), Money.of("5.00", "EUR"), valid.approvedBy());
        RefundApproved alsoValid = refund(second, UUID.randomUUID(), "20.00", APPROVED);
        double deadLettersBefore = deadLettersCounted();

        TestKafka.sendTogether(RefundApproved.TOPIC, Stream.of(valid, otherCurrency, alsoValid)
                .map(event -> Map.entry(event.key(), EventCodec.toJson(event))).toList());

        await().atMost(Duration.ofSeconds(30)).until(() -> credits(first).size() == 1 && credits(second).size() == 1);
        assertEquals("10.00", credits(first).get(0).amount().amount().toPlainString());
        assertEquals("20.00", credits(second).get(0).amount().amount().toPlainString());
        ConsumerRecord<String, String> letter = TestKafka.await("billing-service.refund-approved.dlq",
                r -> r.value().contains(otherCurrency.eventId().toString()));
        assertTrue(new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("approved in EUR"), "the dead letter says why");
        assertFalse(processed(otherCurrency.eventId()), "the refund that failed was not recorded as applied");
        assertEquals(1, TestKafka.readUntil("billing-service.refund-approved.dlq", r -> false, Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains(first.orderId().toString())
                        || r.value().contains(alsoValid.eventId().toString())
                        || r.value().contains(otherCurrency.eventId().toString())).count(), "only the failing one");
        assertEquals(deadLettersBefore + 1, deadLettersCounted(), "the dead letter is counted for an alert");
    }

    /** csp_dead_letters_total of this service's refund-approved dead-letter topic, as Prometheus scrapes it. */
    private static double deadLettersCounted() {
        String series = "csp_dead_letters_total{topic=\"billing-service.refund-approved.dlq\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).mapToDouble(line -> Double.parseDouble(line.substring(series.length())))
                .findFirst().orElse(0);
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
