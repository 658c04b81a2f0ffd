package dev.csp.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.order.OrderPlaced;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditPolicyTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");

    /**
     * A cancellation credits the part of the charge not yet used, rounded half up to the currency's minor unit.
     * 2026-03-01 .. 2027-03-01 is 365 days and March has 31; the order was placed on 2026-03-01.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                             | kind               | term | billing  | price   | currency | qty | days | credit  | reason
            perpetual software is credited in full              | PERPETUAL_SOFTWARE | -    | ONE_TIME | 1069.00 | USD      | 2   | 59   | 2138.00 | FULL_REFUND
            an up-front year: 876 × 355 / 365                   | SERVER_SUBSCRIPTION| P1Y  | UPFRONT  | 876.00  | USD      | 1   | 10   | 852.00  | PRORATED_REFUND
            yen has no minor unit: 100000 × 358 / 365 = 98082.19| SERVER_SUBSCRIPTION| P1Y  | UPFRONT  | 100000  | JPY      | 1   | 7    | 98082   | -
            a month's unused part: 100 × 21 / 31 = 67.741       | SERVER_SUBSCRIPTION| P1Y  | MONTHLY  | 1200.00 | EUR      | 1   | 10   | 67.74   | -
            dinars to three decimals: 100 × 355 / 365 = 97.2602 | SERVER_SUBSCRIPTION| P1Y  | UPFRONT  | 100.000 | KWD      | 1   | 10   | 97.260  | -
            """)
    void aCancellationCreditsTheUnusedPart(String description, ProductKind kind, String term, BillingFrequency billing,
                                           String price, String currency, int qty, int days, String credit,
                                           CreditIssued.Reason reason) {
        Charge charge = charge(kind, term, billing, price, currency, qty);

        CreditPolicy.Refund refund = CreditPolicy.onCancellation(charge, PLACED.plus(Duration.ofDays(days)));

        assertEquals(credit, refund.amount().toPlainString());
        if (reason != null) {
            assertEquals(reason, refund.reason());
        }
    }

    @Test
    void aMonthlyChargeIsATwelfthOfTheYearlyPrice() {
        Charge charge = charge(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "1200.00", "EUR", 1);

        assertEquals("100.00", charge.amount().amount().toPlainString());
    }

    @Test
    void cancellingOnTheDayOfPurchaseGivesEverythingBackAndNeverMore() {
        Charge charge = charge(ProductKind.AZURE_RESERVATION, "P3Y", BillingFrequency.UPFRONT, "999.99", "GBP", 3);

        CreditPolicy.Refund refund = CreditPolicy.onCancellation(charge, PLACED.minus(Duration.ofHours(1)));

        assertEquals(charge.amount, refund.amount());
    }

    @Test
    void kuwaitiDinarsAreCreditedToThreeDecimals() {
        Charge charge = charge(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "100.000", "KWD", 1);

        // 100 × 355 / 365 = 97.2602... -> 97.260
        CreditPolicy.Refund refund = CreditPolicy.onCancellation(charge, PLACED.plus(Duration.ofDays(10)));

        assertEquals("97.260", refund.amount().toPlainString());
    }

    @Test
    void aMonthlyShareIsRoundedHalfUpAndSoIsItsCredit() {
        Charge charge = charge(ProductKind.SOFTWARE_PLAN, "P1Y", BillingFrequency.MONTHLY, "12.345", "KWD", 1);
        // 12.345 / 12 = 1.02875 -> 1.029; 1.029 × 21 / 31 = 0.69706... -> 0.697
        assertEquals("1.029", charge.amount().amount().toPlainString());

        assertEquals("0.697", CreditPolicy.onCancellation(charge, PLACED.plus(Duration.ofDays(10))).amount().toPlainString());
    }

    @Test
    void cancellingAfterThePaidTimeGivesNothingBack() {
        Charge charge = charge(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "1200.00", "USD", 1);

        assertTrue(CreditPolicy.onCancellation(charge, PLACED.plus(Duration.ofDays(40))).isNothing());
    }

    @Test
    void anApprovedRefundIsRoundedToTheMinorUnitAndCappedAtWhatRemains() {
        Charge charge = charge(ProductKind.PERPETUAL_SOFTWARE, null, BillingFrequency.ONE_TIME, "500", "JPY", 2);

        CreditPolicy.Refund refund = CreditPolicy.onApprovedRefund(charge, new BigDecimal("300.5"));
        assertEquals("301", refund.amount().toPlainString());
        assertEquals(CreditIssued.Reason.APPROVED_REFUND, refund.reason());
        assertEquals("250", refund.cappedAt(new BigDecimal("250")).amount().toPlainString());
        assertTrue(refund.cappedAt(BigDecimal.ZERO).isNothing());
        assertTrue(CreditPolicy.onApprovedRefund(charge, new BigDecimal("-5")).isNothing());
    }

    @Test
    void theMonthsOfATermAddUpToItsPriceExactly() {
        Charge first = charge(ProductKind.SOFTWARE_PLAN, "P3M", BillingFrequency.MONTHLY, "100.00", "USD", 1);

        Charge second = first.installment(1, "2026-04", PLACED);
        Charge last = first.installment(2, "2026-05", PLACED);

        assertEquals(List.of("33.33", "33.34", "33.33"), List.of(first.amount().amount().toPlainString(),
                second.amount().amount().toPlainString(), last.amount().amount().toPlainString()));
        assertEquals(Instant.parse("2026-05-01T10:00:00Z"), last.serviceFrom);
        assertEquals(Instant.parse("2026-06-01T10:00:00Z"), last.serviceUntil);
    }

    static Charge charge(ProductKind kind, String term, BillingFrequency billing, String price, String currency, int qty) {
        OrderPlaced.Line line = new OrderPlaced.Line(UUID.randomUUID(), "p", "sku", "Product", kind, qty, term, billing,
                Money.of(price, currency), false, 1);
        OrderPlaced order = new OrderPlaced(UUID.randomUUID(), PLACED, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "Customer", "US", new Actor("u", "agent", UUID.randomUUID(), "admin-agent"),
                List.of(line));
        return Charge.firstFor(order, line, BillingPeriod.of(PLACED));
    }
}
