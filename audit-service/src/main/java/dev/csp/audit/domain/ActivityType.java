package dev.csp.audit.domain;

/** What happened. The first three answer the document's question: who accessed keys or downloaded software. */
public enum ActivityType {
    KEY_ACCESSED,
    DOWNLOAD_LINK_CREATED,
    DOWNLOAD_LINK_REVOKED,
    SOFTWARE_DOWNLOADED,
    ORDER_PLACED,
    ORDER_CANCELLED,
    ENTITLEMENT_REVOKED,
    REFUND_APPROVED,
    CREDIT_ISSUED
}
