package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.credits;
import static dev.csp.billing.Fixtures.line;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.security.Roles;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Charges for each billing kind and their credits on cancellation, to the minor unit, in several currencies. */
@QuarkusTest
class ChargesAndCreditsTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");
    /** Ten days later: 21 of March's 31 days and 355 of the year's 365 are unused. */
    private static final Instant CANCELLED = Instant.parse("2026-03-11T10:00:00Z");

    @Test
    void eachBillingKindIsChargedAndCreditedToTheMinorUnitOfItsCurrency() {
        OrderPlaced.Line perpetualUsd = perpetual("1069.00", "USD", 2);
        OrderPlaced.Line yearUsd = line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "876.00", "USD", 1);
        OrderPlaced.Line yearJpy = line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "100000", "JPY", 1);
        OrderPlaced.Line yearKwd = line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "100.000", "KWD", 1);
        OrderPlaced.Line monthlyEur = line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "1200.00", "EUR", 1);
        OrderPlaced.Line monthlyKwd = line(ProductKind.SOFTWARE_PLAN, "P1Y", BillingFrequency.MONTHLY, "12.345", "KWD", 1);
        OrderPlaced.Line reservationGbp = line(ProductKind.AZURE_RESERVATION, "P3Y", BillingFrequency.UPFRONT, "999.99", "GBP", 3);
        OrderPlaced.Line taxIncludedAud = new OrderPlaced.Line(UUID.randomUUID(), "ws", "ws-std", "Windows Server",
                ProductKind.PERPETUAL_SOFTWARE, 1, null, BillingFrequency.ONE_TIME, Money.of("1799.00", "AUD"), true, 1);
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetualUsd, yearUsd, yearJpy, yearKwd, monthlyEur,
                monthlyKwd, reservationGbp, taxIncludedAud);

        send(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> charges(order).size() == 8);
        Map<UUID, Charge> charged = charges(order).stream().collect(Collectors.toMap(c -> c.lineId, Function.identity()));

        assertCharge(charged.get(perpetualUsd.lineId()), "2138.00", null);
        assertCharge(charged.get(yearUsd.lineId()), "876.00", "2027-03-01T10:00:00Z");
        assertCharge(charged.get(yearJpy.lineId()), "100000", "2027-03-01T10:00:00Z");
        assertCharge(charged.get(yearKwd.lineId()), "100.000", "2027-03-01T10:00:00Z");
        assertCharge(charged.get(monthlyEur.lineId()), "100.00", "2026-04-01T10:00:00Z");
        assertCharge(charged.get(monthlyKwd.lineId()), "1.029", "2026-04-01T10:00:00Z");
        assertCharge(charged.get(reservationGbp.lineId()), "2999.97", "2029-03-01T10:00:00Z");
        assertTrue(charged.get(taxIncludedAud.lineId()).taxIncluded);
        assertEquals("2026-03", charged.get(yearJpy.lineId()).billingPeriod);

        send(cancelled(order, CANCELLED));
        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 8);
        Map<UUID, Credit> credited = credits(order).stream().collect(Collectors.toMap(c -> c.lineId, Function.identity()));

        assertCredit(credited.get(perpetualUsd.lineId()), charged, "2138.00", CreditIssued.Reason.FULL_REFUND);
        assertCredit(credited.get(yearUsd.lineId()), charged, "852.00", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(yearJpy.lineId()), charged, "97260", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(yearKwd.lineId()), charged, "97.260", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(monthlyEur.lineId()), charged, "67.74", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(monthlyKwd.lineId()), charged, "0.697", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(reservationGbp.lineId()), charged, "2972.60", CreditIssued.Reason.PRORATED_REFUND);
        assertCredit(credited.get(taxIncludedAud.lineId()), charged, "1799.00", CreditIssued.Reason.FULL_REFUND);
    }

    @Test
    void theCancellationPolicyInTheEventDecidesWhatIsGivenBack() {
        OrderPlaced full = order(UUID.randomUUID(), PLACED,
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "876.00", "USD", 1));
        OrderPlaced none = order(UUID.randomUUID(), PLACED,
                line(ProductKind.SOFTWARE_PLAN, "P1Y", BillingFrequency.UPFRONT, "876.00", "USD", 1));
        OrderPlaced prorated = order(UUID.randomUUID(), PLACED, perpetual("876.00", "USD", 1));
        for (OrderPlaced order : List.of(full, none, prorated)) {
            Fixtures.sendAndAwait(order);
        }

        Fixtures.sendAndAwait(Fixtures.cancelled(full, CANCELLED, ProductPublished.RefundKind.FULL));
        Fixtures.sendAndAwait(Fixtures.cancelled(none, CANCELLED, ProductPublished.RefundKind.NONE));
        Fixtures.sendAndAwait(Fixtures.cancelled(prorated, CANCELLED, ProductPublished.RefundKind.PRORATED));

        assertEquals("876.00", credits(full).get(0).amount().amount().toPlainString());
        assertEquals(CreditIssued.Reason.FULL_REFUND, credits(full).get(0).reason);
        assertEquals(0, credits(none).size());
        // perpetual software has no service time to prorate: all of it
        assertEquals("876.00", credits(prorated).get(0).amount().amount().toPlainString());
    }

    @Test
    void chargesAndCreditsAreAnnouncedWithEverythingABillingSystemNeeds() {
        OrderPlaced.Line year = line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "100000", "JPY", 1);
        OrderPlaced order = order(UUID.randomUUID(), PLACED, year);
        send(order);
        send(cancelled(order, CANCELLED));
        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 1);
        Charge charge = charges(order).get(0);
        Credit credit = credits(order).get(0);

        ChargeRecorded recorded = EventCodec.fromJson(TestKafka.await(ChargeRecorded.TOPIC,
                r -> r.value().contains(charge.id.toString())).value(), ChargeRecorded.class);
        assertEquals(new Money(new java.math.BigDecimal("100000"), "JPY"), recorded.amount());
        CreditIssued issued = EventCodec.fromJson(TestKafka.await(CreditIssued.TOPIC,
                r -> r.value().contains(credit.id.toString())).value(), CreditIssued.class);
        assertEquals(order.orderId().toString(), TestKafka.await(CreditIssued.TOPIC,
                r -> r.value().contains(credit.id.toString())).key());
        assertEquals(List.of(charge.id, order.orderId(), year.lineId(), order.partnerTenantId(), order.customerId()),
                List.of(issued.chargeId(), issued.orderId(), issued.lineId(), issued.partnerTenantId(), issued.customerId()));
        assertEquals("97260", issued.amount().amount().toPlainString());
        assertEquals("JPY", issued.amount().currency());
        assertEquals(CreditIssued.Reason.PRORATED_REFUND, issued.reason());
        assertEquals("2026-03", issued.billingPeriod());
        assertNull(issued.refundRequestId());
    }

    @Test
    void theUnbilledListShowsAnEndedMonthUntilItClosesWithTotalsPerCurrency() {
        UUID partner = UUID.randomUUID();
        OrderPlaced order = order(partner, PLACED, perpetual("10.50", "USD", 2), perpetual("700", "JPY", 3));
        send(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> charges(order).size() == 2);

        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems.size()", equalTo(2))
                .body("lineItems[0].billingPeriod", equalTo("2026-03"))
                .body("totals.find { it.currency == 'USD' }.amount", equalTo("21.00"))
                .body("totals.find { it.currency == 'JPY' }.amount", equalTo("2100"));
        as(partner, Roles.GLOBAL_ADMIN).queryParam("currency", "JPY").get("/v1/billing/unbilled/line-items").then()
                .statusCode(200).body("lineItems.size()", equalTo(1)).body("totals.size()", equalTo(1));

        as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2026-03/close").then().statusCode(201);
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems.size()", equalTo(0));
    }

    private static void assertCharge(Charge charge, String amount, String serviceUntil) {
        assertEquals(amount, charge.amount().amount().toPlainString());
        assertEquals(serviceUntil == null ? null : Instant.parse(serviceUntil), charge.serviceUntil);
        assertEquals(0, charge.installment);
    }

    private static void assertCredit(Credit credit, Map<UUID, Charge> charged, String amount, CreditIssued.Reason reason) {
        assertEquals(amount, credit.amount().amount().toPlainString());
        assertEquals(reason, credit.reason);
        assertEquals(charged.get(credit.lineId).id, credit.chargeId);
        assertEquals("2026-03", credit.billingPeriod);
    }
}
