package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.credits;
import static dev.csp.billing.Fixtures.line;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.refund;
import static dev.csp.billing.Fixtures.send;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.billing.domain.Credit;
import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.security.Roles;
import dev.csp.testing.DemoTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An approved refund request cancels its lines (order-cancelled naming the request) and is credited (refund-approved):
 * the line is credited the approved amount once, never also by its cancellation policy, in whichever order the two
 * events arrive and however often each is delivered.
 */
@QuarkusTest
class ApprovedCancellationTest {

    private static final Instant PLACED = Instant.parse("2026-05-04T08:00:00Z");
    private static final Instant APPROVED = Instant.parse("2026-05-20T08:00:00Z");
    private static final Actor SUPPORT = new Actor("u9", "ops-support-agent", DemoTenants.OPERATIONS, "support-agent");

    @Test
    void theApprovedAmountIsTheOneCreditHoweverOftenEitherEventArrives() {
        UUID partner = UUID.randomUUID();
        OrderPlaced order = order(partner, PLACED, perpetual("100.00", "USD", 1));
        sendAndAwait(order);
        UUID request = UUID.randomUUID();
        OrderCancelled cancellation = cancelledByApproval(order, request, APPROVED, ProductPublished.RefundKind.NONE);
        RefundApproved approval = refund(order, request, "30.00", APPROVED);

        sendAndAwait(cancellation);
        send(cancellation);
        sendAndAwait(approval);
        send(approval);
        // both again under new event ids, as a re-published approval would be
        sendAndAwait(copyOf(cancellation));
        sendAndAwait(new RefundApproved(UUID.randomUUID(), APPROVED, request, approval.orderId(), approval.lineId(),
                partner, approval.customerId(), approval.amount(), SUPPORT));

        List<Credit> credits = credits(order);
        assertEquals(1, credits.size(), "the approval only: nothing by the FULL policy on top");
        assertEquals("30.00", credits.get(0).amount().amount().toPlainString());
        assertEquals(CreditIssued.Reason.APPROVED_REFUND, credits.get(0).reason);
        assertEquals(request, credits.get(0).refundRequestId);

        as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2026-05/close").then().statusCode(201)
                .body("lineCount", equalTo(2)).body("totals[0].amount", equalTo("70.00"));
    }

    @Test
    void aCancellationNamingItsApprovalCreditsNothingByPolicyEvenWhenItsLinesNameOne() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED, perpetual("100.00", "USD", 1));
        sendAndAwait(order);
        UUID request = UUID.randomUUID();

        sendAndAwait(refund(order, request, "45.00", APPROVED));
        sendAndAwait(cancelledByApproval(order, request, APPROVED.plusSeconds(1), ProductPublished.RefundKind.FULL));

        assertEquals(List.of("45.00"), credits(order).stream().map(c -> c.amount().amount().toPlainString()).toList());
    }

    @Test
    void bothEventsBeforeTheOrderStillGiveTheApprovedAmountOnceAndEndTheMonthlyCharges() {
        OrderPlaced order = order(UUID.randomUUID(), PLACED,
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.MONTHLY, "1200.00", "USD", 1));
        UUID request = UUID.randomUUID();
        sendAndAwait(cancelledByApproval(order, request, APPROVED, ProductPublished.RefundKind.NONE));
        sendAndAwait(refund(order, request, "60.00", APPROVED));
        send(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 1);
        sendAndAwait(copyOf(cancelledByApproval(order, request, APPROVED, ProductPublished.RefundKind.NONE)));
        assertEquals(1, credits(order).size());
        assertEquals("60.00", credits(order).get(0).amount().amount().toPlainString());
        assertEquals(1, charges(order).size());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) Credit.getEntityManager()
                .createNativeQuery("select count(*) from billing_schedule where line_id = :line and ended_at is null")
                .setParameter("line", order.lines().get(0).lineId()).getSingleResult()).longValue()),
                "no month is charged after the cancellation");
    }

    /** What order-service sends when support approves request {@code request}: every line, with the given refund kind. */
    private static OrderCancelled cancelledByApproval(OrderPlaced order, UUID request, Instant at,
                                                      ProductPublished.RefundKind kind) {
        return new OrderCancelled(UUID.randomUUID(), at, order.orderId(), order.partnerTenantId(), order.customerId(),
                order.customerTenantId(), order.occurredAt(), SUPPORT,
                order.lines().stream().map(OrderPlaced.Line::lineId).toList(),
                order.lines().stream().map(l -> new OrderCancelled.CancelledLine(l.lineId(), kind,
                        l.unitPrice().times(l.quantity()))).toList(), request);
    }

    private static OrderCancelled copyOf(OrderCancelled event) {
        return new OrderCancelled(UUID.randomUUID(), event.occurredAt(), event.orderId(), event.partnerTenantId(),
                event.customerId(), event.customerTenantId(), event.placedAt(), event.cancelledBy(), event.lineIds(),
                event.lines(), event.refundRequestId());
    }
}
