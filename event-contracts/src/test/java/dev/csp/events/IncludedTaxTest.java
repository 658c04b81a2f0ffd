package dev.csp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncludedTaxTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    @Test
    void theTaxAPriceContainsIsRateOverOnePlusRateRoundedHalfUpToTheMinorUnit() {
        assertEquals(Money.of("162.49", "AUD"), IncludedTax.in(Money.of("1787.37", "AUD"), new BigDecimal("0.10")));
        assertEquals(Money.of("10.00", "AUD"), IncludedTax.in(Money.of("110.00", "AUD"), new BigDecimal("0.10")));
        // 0.055 exactly: half-up
        assertEquals(Money.of("0.06", "AUD"), IncludedTax.in(Money.of("0.605", "AUD"), new BigDecimal("0.10")));
        assertEquals(Money.of("-10.00", "AUD"), IncludedTax.in(Money.of("-110.00", "AUD"), new BigDecimal("0.10")));
        assertEquals(Money.of("9", "JPY"), IncludedTax.in(Money.of("100", "JPY"), new BigDecimal("0.10")));
    }

    @Test
    void aShareOfTheTaxFollowsTheShareOfTheAmount() {
        assertEquals(Money.of("81.25", "AUD"),
                IncludedTax.shareOf(Money.of("162.49", "AUD"), new BigDecimal("893.69"), new BigDecimal("1787.37")));
        assertEquals(Money.of("0.00", "AUD"),
                IncludedTax.shareOf(Money.of("162.49", "AUD"), BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void recordsPublishedBeforeRatesDecodeWithoutOne() throws IOException {
        ObjectNode product = (ObjectNode) TREE.readTree(sample("product-published"));
        ArrayNode prices = (ArrayNode) product.get("skus").get(0).get("prices");
        prices.forEach(price -> ((ObjectNode) price).remove("taxRate"));
        ObjectNode order = (ObjectNode) TREE.readTree(sample("order-placed"));
        ((ObjectNode) order.get("lines").get(0)).remove("taxRate");

        ProductPublished oldProduct = EventCodec.fromJson(product.toString(), ProductPublished.class);
        OrderPlaced oldOrder = EventCodec.fromJson(order.toString(), OrderPlaced.class);

        assertNull(oldProduct.skus().get(0).prices().get(1).taxRate());
        assertEquals(true, oldProduct.skus().get(0).prices().get(1).taxIncluded());
        assertNull(oldOrder.lines().get(0).taxRate());
    }

    @Test
    void theRateTravelsAsADecimalString() throws IOException {
        ProductPublished product = EventCodec.fromJson(sample("product-published"), ProductPublished.class);

        assertEquals(new BigDecimal("0.10"), product.skus().get(0).prices().get(1).taxRate());
        assertEquals("0.10", TREE.readTree(EventCodec.toJson(product)).at("/skus/0/prices/1/taxRate").textValue());
    }

    private static String sample(String topic) throws IOException {
        try (InputStream in = IncludedTaxTest.class.getResourceAsStream("/samples/" + topic + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
