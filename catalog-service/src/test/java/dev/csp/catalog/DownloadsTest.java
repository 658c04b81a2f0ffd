package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Software SKUs come with downloads (version, language, bitness) whose SHA-256 matches the sample bits. */
@QuarkusTest
@SuppressWarnings("unchecked")
class DownloadsTest {

    @Test
    void everySoftwareSkuOffersSeveralVersionsInAtLeastFiveLanguagesWithMatchingDigests() {
        List<Map<String, Object>> products = given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT))
                .queryParam("market", "US").get("/v1/products").then().statusCode(200).extract().path("");
        int checked = 0;
        for (Map<String, Object> product : products) {
            boolean software = ProductKind.valueOf((String) product.get("kind")).hasKeysAndDownloads();
            for (Map<String, Object> sku : skus(product)) {
                List<Map<String, Object>> downloads = (List<Map<String, Object>>) sku.get("downloads");
                if (!software) {
                    assertTrue(downloads.isEmpty(), sku.get("id") + " is not software, it has no downloads");
                    continue;
                }
                if (((String) product.get("id")).startsWith("test-")) {
                    continue; // made by another test, without downloads
                }
                assertTrue(values(downloads, "language").size() >= 5, sku.get("id") + " languages");
                assertTrue(values(downloads, "version").size() >= 2, sku.get("id") + " versions");
                assertEquals(Set.of("x64"), values(downloads, "bitness"), sku.get("id") + " bitness");
                for (Map<String, Object> download : downloads) {
                    long size = ((Number) download.get("sizeBytes")).longValue();
                    assertTrue(size >= 1 && size <= 8 * 1024 * 1024);
                    assertEquals(SampleFiles.sha256((String) download.get("fileName"), size), download.get("sha256"));
                    checked++;
                }
            }
        }
        assertEquals(168, checked);
    }

    @Test
    void theSnapshotCarriesTheSameDownloadsForEntitlementService() {
        ProductPublished sql = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "sql-server-2022-enterprise".equals(r.key())).value(), ProductPublished.class);

        List<ProductPublished.Download> downloads = sql.skus().get(0).downloads();
        assertEquals(21, downloads.size());
        ProductPublished.Download first = downloads.get(0);
        assertEquals(SampleFiles.sha256(first.fileName(), first.sizeBytes()), first.sha256());
        assertTrue(downloads.stream().anyMatch(d -> d.version().equals("16.0 CU16") && d.language().equals("ja-JP")
                && d.fileName().equals("sql2022-ent-2core_16.0-cu16_ja-jp_x64.iso")));
    }

    private static List<Map<String, Object>> skus(Map<String, Object> product) {
        return (List<Map<String, Object>>) product.get("skus");
    }

    private static Set<Object> values(List<Map<String, Object>> downloads, String field) {
        return downloads.stream().map(d -> d.get(field)).collect(Collectors.toSet());
    }
}
