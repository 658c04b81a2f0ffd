package dev.csp.kit.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

    @Test
    void writesAHeaderAndRowsWithCrLfQuotingOnlyWhereNeeded() {
        StringBuilder out = new StringBuilder();
        CsvSheet sheet = new CsvSheet(out, "name", "amount", "note");
        sheet.row("Windows Server 2022, Standard", new BigDecimal("1.50"), "says \"hi\"\nthere");
        sheet.row("plain", 7, null);

        assertEquals("name,amount,note\r\n"
                + "\"Windows Server 2022, Standard\",1.50,\"says \"\"hi\"\"\nthere\"\r\n"
                + "plain,7,\r\n", out.toString());
    }

    @Test
    void textThatASpreadsheetWouldRunIsShownInstead() {
        StringBuilder out = new StringBuilder();
        CsvSheet sheet = new CsvSheet(out, "a", "b", "c", "d", "e");
        sheet.row("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx");

        assertEquals("a,b,c,d,e\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx\r\n", out.toString());
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        StringBuilder out = new StringBuilder();
        CsvSheet sheet = new CsvSheet(out, "amount", "scaled", "id");
        UUID id = UUID.fromString("0e6f0b5e-1f64-4b8e-9a8e-2f5d1c7a9b10");
        sheet.row(new BigDecimal("-12.50"), new BigDecimal("1E+3"), id);

        assertEquals("amount,scaled,id\r\n-12.50,1000," + id + "\r\n", out.toString());
    }
}
