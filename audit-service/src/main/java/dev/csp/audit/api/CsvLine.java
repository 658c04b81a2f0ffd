package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.UserActivity;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One entry, or one user's summary, as an RFC 4180 CSV line, safe to open in a spreadsheet. */
final class CsvLine {

    static final String HEADER = "occurredAt,type,userName,userRole,userTenantId,customerId,customerTenantId,productName,"
            + "subjectId,orderId,detail,id,chainSeq,hash\r\n";
    static final String USERS_HEADER = "userName,userTenantId,keyAccesses,downloadLinksCreated,downloads,lastActivityAt\r\n";

    private CsvLine() {
    }

    static String of(Activity a) {
        return Stream.of(a.occurredAt, a.type, a.userName, a.userRole, a.userTenantId, a.customerId, a.customerTenantId,
                        a.productName, a.subjectId, a.orderId, a.detail, a.id, a.chainSeq, a.hash)
                .map(CsvLine::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String of(UserActivity u) {
        return Stream.of(u.userName(), u.userTenantId(), u.keyAccesses(), u.downloadLinksCreated(), u.downloads(),
                        u.lastActivityAt())
                .map(CsvLine::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a spreadsheet would run "=HYPERLINK(...)" in a user name as a formula
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
