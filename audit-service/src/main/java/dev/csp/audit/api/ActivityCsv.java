package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.UserActivity;
import dev.csp.kit.csv.CsvSheet;

/** The activity log's two exports, entries and "which users accessed", as sheets of service-kit's one CSV writer. */
final class ActivityCsv {

    private ActivityCsv() {
    }

    static CsvSheet entries(Appendable out) {
        return new CsvSheet(out, "occurredAt", "type", "userName", "userRole", "userTenantId", "customerId",
                "customerTenantId", "productName", "subjectId", "orderId", "detail", "id", "chainSeq", "hash");
    }

    static void row(CsvSheet sheet, Activity a) {
        sheet.row(a.occurredAt, a.type, a.userName, a.userRole, a.userTenantId, a.customerId, a.customerTenantId,
                a.productName, a.subjectId, a.orderId, a.detail, a.id, a.chainSeq, a.hash);
    }

    static CsvSheet users(Appendable out) {
        return new CsvSheet(out, "userName", "userTenantId", "keyAccesses", "downloadLinksCreated", "downloads",
                "lastActivityAt");
    }

    static void row(CsvSheet sheet, UserActivity u) {
        sheet.row(u.userName(), u.userTenantId(), u.keyAccesses(), u.downloadLinksCreated(), u.downloads(),
                u.lastActivityAt());
    }
}
