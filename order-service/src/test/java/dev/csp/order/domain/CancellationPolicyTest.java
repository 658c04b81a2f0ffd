package dev.csp.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.catalog.ProductPublished;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The window to the nanosecond, and the order in which the rules answer. */
class CancellationPolicyTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theWindowIsOpenFromPlacementUntilJustBeforeSixtyTimesTwentyFourHours() {
        List<OrderLine> lines = order(line(true, 60, "1069.00", 2, "50000.00")).lines;

        CancellationAssessment firstInstant = CancellationPolicy.evaluate(lines, PLACED);
        CancellationAssessment endOfFirstDay = CancellationPolicy.evaluate(lines, PLACED.plus(Duration.ofDays(1)).minusNanos(1));
        CancellationAssessment lastInstant = CancellationPolicy.evaluate(lines, Instant.parse("2026-04-30T09:59:59.999999999Z"));
        CancellationAssessment firstOutside = CancellationPolicy.evaluate(lines, Instant.parse("2026-04-30T10:00:00Z"));

        assertEquals(60, firstInstant.daysRemaining());
        assertEquals(60, endOfFirstDay.daysRemaining());
        assertTrue(lastInstant.cancellable());
        assertEquals(1, lastInstant.daysRemaining());
        assertFalse(firstOutside.cancellable());
        assertEquals(CancellationAssessment.WINDOW_PASSED, firstOutside.reason());
        assertEquals(Instant.parse("2026-04-30T10:00:00Z"), firstOutside.windowEndsAt());
    }

    @Test
    void theShortestWindowAmongTheLinesDecides() {
        Order order = order(line(true, 60, "10.00", 1, null), line(true, 30, "10.00", 1, null));

        assertFalse(CancellationPolicy.evaluate(order.lines, PLACED.plus(Duration.ofDays(30))).cancellable());
        assertTrue(CancellationPolicy.evaluate(order.lines.subList(0, 1), PLACED.plus(Duration.ofDays(30))).cancellable());
    }

    @Test
    void alreadyCancelledThenNotCancellableThenWindowThenAmount() {
        OrderLine cancelled = line(false, 0, "10.00", 1, null);
        cancelled.cancel(PLACED);
        OrderLine plan = line(false, 0, "10.00", 1, null);
        OrderLine expensive = line(true, 60, "30000.00", 2, "50000.00");
        order(cancelled, plan, expensive);
        Instant late = PLACED.plus(Duration.ofDays(61));

        assertEquals(CancellationAssessment.ALREADY_CANCELLED, CancellationPolicy.evaluate(List.of(cancelled, plan), late).reason());
        assertEquals(CancellationAssessment.NOT_CANCELLABLE, CancellationPolicy.evaluate(List.of(plan, expensive), late).reason());
        assertEquals(CancellationAssessment.WINDOW_PASSED, CancellationPolicy.evaluate(List.of(expensive), late).reason());
        assertEquals(CancellationAssessment.SUPPORT_REQUEST_REQUIRED,
                CancellationPolicy.evaluate(List.of(expensive), PLACED).reason());
    }

    @Test
    void theSupportRequestLimitIsExclusiveAndOnlyInItsOwnCurrency() {
        assertTrue(CancellationPolicy.evaluate(order(line(true, 60, "25000.00", 2, "50000.00")).lines, PLACED).cancellable());
        assertFalse(CancellationPolicy.evaluate(order(line(true, 60, "25000.01", 2, "50000.00")).lines, PLACED).cancellable());
        assertTrue(CancellationPolicy.evaluate(order(line(true, 60, "99999.00", 2, null)).lines, PLACED).cancellable());
    }

    @Test
    void theLimitCountsWhatTheOrderHasHadCancelledAlreadyNotJustTheseLines() {
        // two lines of 30,000.00 under a limit of 50,000.00: either alone is within it, the second after the first is not
        OrderLine first = line(true, 60, "30000.00", 1, "50000.00");
        OrderLine second = line(true, 60, "30000.00", 1, "50000.00");
        order(first, second);

        CancellationAssessment firstAlone = CancellationPolicy.evaluate(List.of(first), PLACED);
        assertTrue(firstAlone.cancellable());
        assertEquals(0, new BigDecimal("50000.00").compareTo(firstAlone.leftBeforeSupportRequest().amount()));
        first.cancel(PLACED);

        CancellationAssessment secondAfter = CancellationPolicy.evaluate(List.of(second), PLACED);
        assertEquals(CancellationAssessment.SUPPORT_REQUEST_REQUIRED, secondAfter.reason());
        assertEquals(0, new BigDecimal("20000.00").compareTo(secondAfter.leftBeforeSupportRequest().amount()));
        assertEquals("USD", secondAfter.leftBeforeSupportRequest().currency());
    }

    @Test
    void withoutALimitNothingIsLeftToCount() {
        assertEquals(null, CancellationPolicy.evaluate(order(line(true, 60, "10.00", 1, null)).lines, PLACED)
                .leftBeforeSupportRequest());
    }

    private static Order order(OrderLine... lines) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.placedAt = PLACED;
        for (OrderLine line : lines) {
            line.order = order;
            order.lines.add(line);
        }
        return order;
    }

    private static OrderLine line(boolean cancellable, int days, String unitPrice, int quantity, String supportAbove) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.cancellable = cancellable;
        line.cancellationDays = days;
        line.unitPrice = new BigDecimal(unitPrice);
        line.quantity = quantity;
        line.currency = "USD";
        line.refundKind = ProductPublished.RefundKind.FULL;
        line.supportRequestAbove = supportAbove == null ? null : new BigDecimal(supportAbove);
        return line;
    }
}
