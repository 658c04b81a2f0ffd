package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.events.Money;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner's request of type "CSP purchase/refund on behalf of customers" about one order (or one of its lines, the
 * subscription). Submitted, then in review by platform support, then approved with an amount (which cancels the
 * lines and which billing credits, through order-cancelled and refund-approved) or rejected. Decided once.
 */
@Entity
public class SupportRequest extends PanacheEntityBase {

    public enum Type { CSP_PURCHASE_REFUND }

    public enum Impact { MINIMAL, MODERATE, SEVERE }

    public enum Status { SUBMITTED, IN_REVIEW, APPROVED, REJECTED }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(updatable = false)
    public Customer customer;

    @Column(nullable = false, updatable = false)
    public UUID orderId;

    /** The subscription: one line of the order, when the request is about that line only. */
    @Column(updatable = false)
    public UUID lineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Impact impact;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public String refundReason;

    @Column(nullable = false)
    public BigDecimal amountRequested;

    @Column(nullable = false)
    public String currency;

    @Embedded
    public SupportContact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public BigDecimal approvedAmount;

    public String decisionNote;

    @Column(nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(nullable = false, updatable = false)
    public String submittedBy;

    public String reviewedBy;

    public Instant decidedAt;

    /** Their names and sizes come with the request; their content only when downloaded. */
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<SupportRequestAttachment> attachments = new ArrayList<>();

    protected SupportRequest() {
    }

    static SupportRequest submit(RefundClaim claim, RefundClaim.Subject subject, List<Attachment> files, Actor partner,
                                 Instant now) {
        SupportRequest request = new SupportRequest();
        request.id = UUID.randomUUID();
        request.partnerTenantId = subject.customer().partnerTenantId;
        request.customer = subject.customer();
        request.orderId = subject.order().id;
        request.lineId = subject.line() == null ? null : subject.line().id;
        request.type = claim.type();
        request.impact = claim.impact();
        request.title = claim.title().trim();
        request.description = claim.description();
        request.refundReason = claim.refundReason().trim();
        request.amountRequested = claim.amount().amount();
        request.currency = claim.amount().currency();
        request.contact = claim.contact();
        request.status = Status.SUBMITTED;
        request.submittedAt = now;
        request.submittedBy = partner.userName();
        files.forEach(file -> request.attachments.add(
                new SupportRequestAttachment(request, request.attachments.size() + 1, file)));
        return request;
    }

    /** The lines the request is about: its subscription, or none named for the whole order. */
    List<UUID> lineIds() {
        return lineId == null ? List.of() : List.of(lineId);
    }

    public Money amountRequested() {
        return new Money(amountRequested, currency).normalized();
    }

    public Money approvedAmount() {
        return approvedAmount == null ? null : new Money(approvedAmount, currency).normalized();
    }

    void startReview(Actor agent) {
        requireStatus(Status.SUBMITTED, "not-submitted", "only a submitted request can be taken into review");
        status = Status.IN_REVIEW;
        reviewedBy = agent.userName();
    }

    /** Approves {@code amount} (at most what was requested, in its currency); billing credits it. */
    RefundApproved approve(Actor agent, Money amount, String note, Instant now) {
        requireStatus(Status.IN_REVIEW, "not-in-review", "only a request in review can be approved");
        if (!amount.currency().equals(currency) || amount.amount().signum() <= 0
                || amount.amount().compareTo(amountRequested) > 0) {
            throw Failure.ruleViolated("approved-amount-invalid", "The approved amount must be more than 0 and "
                    + "at most the " + amountRequested().amount() + " " + currency + " requested.");
        }
        decide(Status.APPROVED, agent, note, now);
        approvedAmount = amount.amount();
        return new RefundApproved(UUID.randomUUID(), now, id, orderId, lineId, partnerTenantId, customer.id,
                approvedAmount(), agent);
    }

    void reject(Actor agent, String note, Instant now) {
        requireStatus(Status.IN_REVIEW, "not-in-review", "only a request in review can be rejected");
        decide(Status.REJECTED, agent, note, now);
    }

    private void decide(Status decision, Actor agent, String note, Instant now) {
        status = decision;
        reviewedBy = agent.userName();
        decisionNote = note;
        decidedAt = now;
    }

    private void requireStatus(Status required, String code, String rule) {
        if (status != required) {
            throw Failure.notAllowedNow(code, "Support request " + id + " is " + status + ": " + rule + ".");
        }
    }
}
