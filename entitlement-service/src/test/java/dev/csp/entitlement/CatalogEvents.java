package dev.csp.entitlement;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Products as catalog-service publishes them, with downloads whose checksums follow the agreed sample-file rule. */
final class CatalogEvents {

    private CatalogEvents() {
    }

    /** One perpetual-software product at a revision, each SKU offering the same builds. */
    static ProductPublished product(String productId, long revision, List<String> skuIds,
                                    ProductPublished.Download... downloads) {
        List<ProductPublished.Sku> skus = skuIds.stream().map(sku -> new ProductPublished.Sku(sku, "SKU " + sku,
                List.of(), List.of(BillingFrequency.ONE_TIME), 1, 500,
                List.of(new ProductPublished.Price("US", null, Money.of("100.00", "USD"), false)),
                List.of(downloads))).toList();
        return new ProductPublished(UUID.randomUUID(), Instant.now(), productId, revision, "Product " + productId,
                ProductKind.PERPETUAL_SOFTWARE, true, Set.of(), List.of(), skus);
    }

    /** A build whose checksum the catalog computed by the rule: {@code fileName + "\n"} repeated to the size. */
    static ProductPublished.Download download(String version, String language, String bitness, String fileName,
                                              long sizeBytes) {
        return new ProductPublished.Download(version, language, bitness, fileName, sizeBytes,
                HexFormat.of().formatHex(sha256(sampleBytes(fileName, (int) sizeBytes))));
    }

    /** The agreed content of a sample file, computed here independently of the service. */
    static byte[] sampleBytes(String fileName, int sizeBytes) {
        byte[] unit = (fileName + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[sizeBytes];
        for (int i = 0; i < sizeBytes; i++) {
            content[i] = unit[i % unit.length];
        }
        return content;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
