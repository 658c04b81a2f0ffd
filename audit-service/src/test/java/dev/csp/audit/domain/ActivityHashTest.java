package dev.csp.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityHashTest {

    @Test
    void everyFieldAReaderSeesChangesTheHash() throws Exception {
        String original = ActivityHash.of(entry());
        for (Field field : Activity.class.getFields()) {
            if (field.getName().equals("hash")) {
                continue;
            }
            Activity changed = entry();
            field.set(changed, different(field.get(changed)));
            assertNotEquals(original, ActivityHash.of(changed), field.getName() + " is not covered by the hash");
        }
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        Activity a = entry();
        a.userName = "ab";
        a.userRole = "c";
        Activity b = entry();
        b.userName = "a";
        b.userRole = "bc";
        assertNotEquals(ActivityHash.of(a), ActivityHash.of(b));
        Activity empty = entry();
        empty.detail = "";
        Activity none = entry();
        none.detail = null;
        assertNotEquals(ActivityHash.of(empty), ActivityHash.of(none));
    }

    @Test
    void theSameEntryAlwaysGivesTheSameHash() {
        assertEquals(ActivityHash.of(entry()), ActivityHash.of(entry()));
        assertEquals(64, ActivityHash.of(entry()).length());
    }

    private static Object different(Object value) {
        if (value instanceof String s) {
            return s + "x";
        } else if (value instanceof UUID) {
            return UUID.randomUUID();
        } else if (value instanceof Instant i) {
            return i.plusNanos(1000);
        } else if (value instanceof Long l) {
            return l + 1;
        } else if (value instanceof ActivityType t) {
            return t == ActivityType.KEY_ACCESSED ? ActivityType.SOFTWARE_DOWNLOADED : ActivityType.KEY_ACCESSED;
        }
        throw new IllegalArgumentException("No way to change " + value);
    }

    private static Activity entry() {
        Activity a = new Activity();
        a.id = 7L;
        a.chainSeq = 3;
        a.eventId = UUID.fromString("0b0e5c4a-0000-4000-8000-000000000001");
        a.type = ActivityType.KEY_ACCESSED;
        a.occurredAt = Instant.parse("2026-11-01T10:00:00.123456Z");
        a.recordedAt = Instant.parse("2026-11-01T10:00:01Z");
        a.partnerTenantId = UUID.fromString("11111111-1111-4111-8111-111111111111");
        a.customerId = UUID.fromString("0b0e5c4a-0000-4000-8000-000000000002");
        a.customerTenantId = UUID.fromString("33333333-3333-4333-8333-333333333333");
        a.subjectId = UUID.fromString("0b0e5c4a-0000-4000-8000-000000000003");
        a.orderId = UUID.fromString("0b0e5c4a-0000-4000-8000-000000000004");
        a.productName = "Windows Server 2025";
        a.userName = "adatum-admin";
        a.userTenantId = UUID.fromString("33333333-3333-4333-8333-333333333333");
        a.userRole = "customer-global-admin";
        a.detail = "2025 en-US x64";
        a.prevHash = ActivityHash.GENESIS;
        return a;
    }
}
