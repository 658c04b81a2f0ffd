package dev.csp.order.api;

import dev.csp.events.Money;
import dev.csp.order.domain.SupportContact;
import dev.csp.order.domain.SupportRequest;
import dev.csp.order.domain.SupportRequestAttachment;
import dev.csp.order.domain.SupportRequests;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A refund support request with the order it is about: its lines, their status and where their effects stand. */
public record SupportRequestView(UUID id, SupportRequest.Type type, SupportRequest.Impact impact, String title,
                                 String description, UUID customerId, UUID customerTenantId, String customerDomain,
                                 UUID orderId, UUID subscriptionId, String refundReason, Money amountRequested,
                                 SupportContact contact, SupportRequest.Status status, Money approvedAmount,
                                 String decisionNote, Instant submittedAt, String submittedBy, String reviewedBy,
                                 Instant decidedAt, List<AttachmentView> attachments, OrderView order) {

    public record AttachmentView(UUID id, String fileName, String contentType, int sizeBytes, String sha256) {

        static AttachmentView of(SupportRequestAttachment attachment) {
            return new AttachmentView(attachment.id, attachment.fileName, attachment.contentType, attachment.sizeBytes,
                    attachment.sha256);
        }
    }

    static SupportRequestView of(SupportRequests.Case found) {
        SupportRequest request = found.request();
        return new SupportRequestView(request.id, request.type, request.impact, request.title, request.description,
                request.customer.id, request.customer.tenantId, request.customer.domain, request.orderId, request.lineId,
                request.refundReason, request.amountRequested(), request.contact, request.status,
                request.approvedAmount(), request.decisionNote, request.submittedAt, request.submittedBy,
                request.reviewedBy, request.decidedAt, request.attachments.stream().map(AttachmentView::of).toList(),
                OrderView.of(found.order()));
    }
}
