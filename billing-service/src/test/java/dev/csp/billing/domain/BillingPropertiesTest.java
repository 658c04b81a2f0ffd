package dev.csp.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Rules that must hold for any price, quantity, currency, plan and moment, not just the examples. */
class BillingPropertiesTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "AUD", "JPY", "KWD");

    record Plan(ProductKind kind, String term, BillingFrequency billing) {
    }

    @Property
    void aCancellationCreditNeverExceedsItsChargeAndIsInTheCurrencysMinorUnit(
            @ForAll("charges") Charge charge, @ForAll @LongRange(min = -2, max = 1200) long daysLater,
            @ForAll @IntRange(min = 0, max = 86_399) int secondsLater) {
        Instant cancelledAt = PLACED.plus(Duration.ofDays(daysLater)).plusSeconds(secondsLater);

        BigDecimal credit = CreditPolicy.onCancellation(charge, cancelledAt).amount();

        assertTrue(credit.signum() >= 0, credit::toPlainString);
        assertTrue(credit.compareTo(charge.amount) <= 0, () -> credit + " > " + charge.amount);
        assertTrue(credit.stripTrailingZeros().scale() <= charge.minorUnits(), credit::toPlainString);
    }

    @Property
    void allCreditsOnAChargeTogetherNeverExceedIt(
            @ForAll("charges") Charge charge,
            @ForAll @Size(max = 6) List<@net.jqwik.api.constraints.BigRange(min = "-10", max = "1000000") BigDecimal> approvals,
            @ForAll @LongRange(min = 0, max = 1200) long cancelledDaysLater) {
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal approved : approvals) {
            given = given.add(grant(CreditPolicy.onApprovedRefund(charge, approved), charge, given));
        }
        given = given.add(grant(CreditPolicy.onCancellation(charge, PLACED.plus(Duration.ofDays(cancelledDaysLater))),
                charge, given));

        assertTrue(given.compareTo(charge.amount) <= 0, () -> "credited " + approvals + " + cancellation beyond " + charge.amount);
    }

    @Property
    void theMonthsOfATermAddUpToItsPriceAndEachIsWithinAMinorUnitOfAnEvenShare(@ForAll("monthlyCharges") Charge first) {
        BigDecimal total = first.amount;
        BigDecimal even = first.unitPrice.multiply(BigDecimal.valueOf(first.quantity))
                .divide(BigDecimal.valueOf(first.termMonths()), 10, RoundingMode.HALF_UP);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(first.minorUnits());
        for (int n = 1; n < first.termMonths(); n++) {
            BigDecimal month = first.installment(n, "2026-04", PLACED).amount;
            assertTrue(month.subtract(even).abs().compareTo(minorUnit) <= 0, month::toPlainString);
            total = total.add(month);
        }
        assertEquals(0, total.compareTo(first.unitPrice.multiply(BigDecimal.valueOf(first.quantity))));
    }

    @Property
    void invoiceTotalsAreTheSumOfTheLinesPerCurrencyInAnyOrder(@ForAll("lines") List<Money> lines) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        lines.forEach(line -> expected.merge(line.currency(), line.amount(), BigDecimal::add));
        List<Money> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled);

        List<Money> totals = InvoiceTotals.of(shuffled);

        assertEquals(expected.keySet().stream().toList(), totals.stream().map(Money::currency).toList());
        for (Money total : totals) {
            assertEquals(0, total.amount().compareTo(expected.get(total.currency())), total::toString);
            assertEquals(Math.max(Currency.getInstance(total.currency()).getDefaultFractionDigits(), 0), total.amount().scale());
        }
    }

    private static BigDecimal grant(CreditPolicy.Refund refund, Charge charge, BigDecimal alreadyGiven) {
        CreditPolicy.Refund capped = refund.cappedAt(charge.amount.subtract(alreadyGiven));
        assertTrue(capped.amount().signum() >= 0);
        return capped.isNothing() ? BigDecimal.ZERO : capped.amount();
    }

    @Provide
    Arbitrary<Charge> charges() {
        return chargesOn(Arbitraries.of(
                new Plan(ProductKind.PERPETUAL_SOFTWARE, null, BillingFrequency.ONE_TIME),
                new Plan(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT),
                new Plan(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY),
                new Plan(ProductKind.AZURE_RESERVATION, "P3Y", BillingFrequency.UPFRONT),
                new Plan(ProductKind.AZURE_RESERVATION, "P3Y", BillingFrequency.MONTHLY),
                new Plan(ProductKind.SOFTWARE_PLAN, "P1M", BillingFrequency.MONTHLY)));
    }

    @Provide
    Arbitrary<Charge> monthlyCharges() {
        return chargesOn(Arbitraries.of("P1M", "P3M", "P1Y", "P3Y")
                .map(term -> new Plan(ProductKind.SERVER_SUBSCRIPTION, term, BillingFrequency.MONTHLY)));
    }

    private static Arbitrary<Charge> chargesOn(Arbitrary<Plan> plans) {
        return Combinators.combine(plans, Arbitraries.of(CURRENCIES),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("250000")).ofScale(3),
                        Arbitraries.integers().between(1, 1000))
                .as((plan, currency, price, quantity) -> CreditPolicyTest.charge(plan.kind(), plan.term(), plan.billing(),
                        inMinorUnits(price, currency).toPlainString(), currency, quantity));
    }

    @Provide
    Arbitrary<List<Money>> lines() {
        Arbitrary<Money> line = Combinators.combine(Arbitraries.of(CURRENCIES),
                        Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(3))
                .as((currency, amount) -> new Money(inMinorUnits(amount, currency), currency));
        return line.list().ofMaxSize(200);
    }

    private static BigDecimal inMinorUnits(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.DOWN);
    }
}
