package dev.csp.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished.RefundKind;
import dev.csp.kit.failure.Failure;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CancellationPolicyRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "JPY");
    private static final List<Money> THRESHOLDS = List.of(Money.of("50000", "USD"), Money.of("46000", "EUR"),
            Money.of("7500000", "JPY"));
    private static final List<CancellationPolicy> V1 = List.of(new CancellationPolicy(ProductKind.PERPETUAL_SOFTWARE, 1,
            LocalDate.parse("2026-01-01"), true, 60, RefundKind.FULL, THRESHOLDS));

    @Test
    void theNextVersionTakesTheNextNumberAndKeepsItsThresholdsExactly() {
        CancellationPolicy v2 = next(terms(TODAY.plusDays(1), true, 30, RefundKind.FULL, THRESHOLDS));

        assertEquals(2, v2.version);
        assertEquals(LocalDate.parse("2026-11-25"), v2.effectiveFrom);
        assertEquals(Money.of("50000.00", "USD"), v2.supportRequestAbove("USD").orElseThrow());
        assertEquals(Money.of("7500000", "JPY"), v2.supportRequestAbove("JPY").orElseThrow());
    }

    @Test
    void aVersionCannotBePlannedBeyondTheCalendarTheDatabaseKeeps() {
        refused("policy-too-far-ahead", () -> next(terms(LocalDate.MAX, true, 30, RefundKind.FULL, THRESHOLDS)));
        refused("policy-too-far-ahead", () -> next(terms(LocalDate.of(10000, 1, 1), true, 30, RefundKind.FULL, THRESHOLDS)));
    }

    @Test
    void aVersionCannotReachBackToOrdersAlreadyPlaced() {
        refused("policy-must-take-effect-later", () -> next(terms(TODAY, true, 30, RefundKind.FULL, THRESHOLDS)));
        refused("policy-must-take-effect-later", () -> next(terms(TODAY.minusDays(3), true, 30, RefundKind.FULL, THRESHOLDS)));
    }

    @Test
    void versionsTakeEffectOneAfterTheOther() {
        List<CancellationPolicy> withFutureV2 = List.of(V1.get(0), new CancellationPolicy(ProductKind.PERPETUAL_SOFTWARE,
                2, TODAY.plusDays(10), true, 30, RefundKind.FULL, THRESHOLDS));

        refused("policy-not-after-latest", () -> CancellationPolicy.nextVersion(ProductKind.PERPETUAL_SOFTWARE,
                withFutureV2, terms(TODAY.plusDays(10), true, 30, RefundKind.FULL, THRESHOLDS), TODAY, CURRENCIES));
        assertEquals(3, CancellationPolicy.nextVersion(ProductKind.PERPETUAL_SOFTWARE, withFutureV2,
                terms(TODAY.plusDays(11), true, 30, RefundKind.FULL, THRESHOLDS), TODAY, CURRENCIES).version);
    }

    @Test
    void aPolicySaysOneConsistentThing() {
        refused("inconsistent-policy", () -> next(terms(TODAY.plusDays(1), true, 0, RefundKind.FULL, THRESHOLDS)));
        refused("inconsistent-policy", () -> next(terms(TODAY.plusDays(1), true, 60, RefundKind.NONE, THRESHOLDS)));
        refused("inconsistent-policy", () -> next(terms(TODAY.plusDays(1), false, 60, RefundKind.NONE, List.of())));
        refused("support-thresholds-per-currency", () -> next(terms(TODAY.plusDays(1), false, 0, RefundKind.NONE, THRESHOLDS)));
        assertEquals(false, next(terms(TODAY.plusDays(1), false, 0, RefundKind.NONE, List.of())).cancellable);
    }

    @Test
    void everyBillingCurrencyNeedsExactlyOneExactThreshold() {
        refused("support-thresholds-per-currency", () -> next(terms(TODAY.plusDays(1), true, 60, RefundKind.FULL,
                THRESHOLDS.subList(0, 2))));
        refused("support-thresholds-per-currency", () -> next(terms(TODAY.plusDays(1), true, 60, RefundKind.FULL,
                List.of(Money.of("1", "USD"), Money.of("2", "USD"), Money.of("1", "EUR"), Money.of("1", "JPY")))));
        refused("amount-too-precise", () -> next(terms(TODAY.plusDays(1), true, 60, RefundKind.FULL,
                List.of(Money.of("1", "USD"), Money.of("1", "EUR"), Money.of("1.5", "JPY")))));
        refused("amount-not-positive", () -> next(terms(TODAY.plusDays(1), true, 60, RefundKind.FULL,
                List.of(Money.of("0", "USD"), Money.of("1", "EUR"), Money.of("1", "JPY")))));
    }

    @Test
    void theVersionInEffectIsTheLatestThatHasStarted() {
        List<CancellationPolicy> versions = List.of(V1.get(0), new CancellationPolicy(ProductKind.PERPETUAL_SOFTWARE,
                2, LocalDate.parse("2027-03-01"), true, 30, RefundKind.FULL, THRESHOLDS));

        assertEquals(1, CancellationPolicy.inEffect(versions, LocalDate.parse("2027-02-28")).orElseThrow().version);
        assertEquals(2, CancellationPolicy.inEffect(versions, LocalDate.parse("2027-03-01")).orElseThrow().version);
        assertEquals(true, CancellationPolicy.inEffect(versions, LocalDate.parse("2025-12-31")).isEmpty());
    }

    private static CancellationPolicy next(CancellationPolicy.Terms terms) {
        return CancellationPolicy.nextVersion(ProductKind.PERPETUAL_SOFTWARE, V1, terms, TODAY, CURRENCIES);
    }

    private static CancellationPolicy.Terms terms(LocalDate from, boolean cancellable, int days, RefundKind refund,
                                                  List<Money> thresholds) {
        return new CancellationPolicy.Terms(from, cancellable, days, refund, thresholds);
    }

    private static void refused(String code, Executable attempt) {
        assertEquals(code, assertThrows(Failure.class, attempt).code());
    }
}
