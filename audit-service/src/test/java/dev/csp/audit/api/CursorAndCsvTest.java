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
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("plain", CsvLine.field("plain"));
        assertEquals("\"a,b\"", CsvLine.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvLine.field("say \"hi\""));
        assertEquals("\"line\nbreak\"", CsvLine.field("line\nbreak"));
        assertEquals("'=1+1", CsvLine.field("=1+1"));
        assertEquals("", CsvLine.field(null));
    }
}
