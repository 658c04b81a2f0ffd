package dev.csp.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csp.audit.domain.ActivityPage;
import dev.csp.kit.api.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorAndCsvTest {

    @Test
    void aCursorComesBackAsThePositionItWasMadeFrom() {
        ActivityPage.Position position = new ActivityPage.Position(Instant.parse("2026-11-01T10:00:00.123456Z"), 981, 77);
        assertEquals(position, Cursor.decode(Cursor.encode(position)));
    }

    @Test
    void aMadeUpCursorIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Cursor.decode("bm90OmE6Y3Vyc29y"));
        assertEquals("invalid-cursor", problem.problem().code());
        assertThrows(ProblemException.class, () -> Cursor.decode("***"));
    }

    @Test
    void aPeriodBeyondFourDigitYearsIsABadRequestNotAnInternalError() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), java.time.ZoneOffset.UTC);
        for (String to : java.util.List.of("+999999999-12-31T23:59:59Z", "+300000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "10000-01-01T00:00:00Z")) {
            ProblemException problem = assertThrows(ProblemException.class, () -> Period.parse(null, to, clock, 7), to);
            assertEquals("invalid-date", problem.problem().code(), to);
        }
        assertEquals(Instant.parse("9999-12-31T00:00:00Z"), Period.parse(null, "9999-12-31T00:00:00Z", clock, 7).to());
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        StringBuilder out = new StringBuilder();
        dev.csp.kit.csv.CsvSheet sheet = ActivityCsv.users(out);
        ActivityCsv.row(sheet, new dev.csp.audit.domain.UserActivity("=HYPERLINK(\"http://x\")", null, 2, 0, 1,
                Instant.parse("2026-11-01T10:00:00Z")));
        ActivityCsv.row(sheet, new dev.csp.audit.domain.UserActivity("Doe, Jane", null, 1, 1, 0, null));
        assertEquals("userName,userTenantId,keyAccesses,downloadLinksCreated,downloads,lastActivityAt\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",,2,0,1,2026-11-01T10:00:00Z\r\n"
                + "\"Doe, Jane\",,1,1,0,\r\n", out.toString());
    }
}
