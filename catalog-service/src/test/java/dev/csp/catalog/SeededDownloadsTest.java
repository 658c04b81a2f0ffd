package dev.csp.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SHA-256 values the migration hard-codes are those of the sample files entitlement-service generates. */
class SeededDownloadsTest {

    private static final Pattern ROW = Pattern.compile(
            "\\('([^']+)', '([^']+)', '([^']+)', '([^']+)', '([^']+)', (\\d+), '([0-9a-f]{64})'\\)");

    @Test
    void theRuleGivesKnownDigestsForTinyFiles() {
        assertEquals("9a038cb0e393b713b62e6324479b67a9a24a3961f9afd33d1d3f77b6c4abd92f", SampleFiles.sha256("a.iso", 7));
        assertEquals("4731f7f60d8781b76bf2146a5d4b28fc685ebe5cdb3c5548edbb5c1c42ac88dd", SampleFiles.sha256("x", 6));
    }

    @Test
    void everySeededDownloadHasTheDigestOfItsSampleFile() throws IOException {
        List<MatchResult> rows = seededRows();

        assertEquals(168, rows.size());
        for (MatchResult row : rows) {
            String fileName = row.group(5);
            long size = Long.parseLong(row.group(6));
            assertTrue(size >= 1 && size <= 8 * 1024 * 1024, fileName + " is " + size + " bytes");
            assertEquals(SampleFiles.sha256(fileName, size), row.group(7), fileName);
        }
    }

    private static List<MatchResult> seededRows() throws IOException {
        String migration;
        try (InputStream in = SeededDownloadsTest.class.getResourceAsStream(
                "/db/migration/V4__policies_downloads_2022_catalog.sql")) {
            migration = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        return ROW.matcher(migration.substring(migration.indexOf("insert into download"))).results().toList();
    }
}
