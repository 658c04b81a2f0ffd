package dev.csp.catalog.domain;

/** Whether a SKU can be sold in a market today and, when it cannot, the stable reason code. */
public record SkuAvailability(String productId, String skuId, String market, boolean available, String reason) {

    static SkuAvailability of(Product product, Sku sku, Market market, boolean priced) {
        String reason = product.unavailableReason(market).orElse(priced ? null : Product.NO_PRICE);
        return new SkuAvailability(product.id, sku.id, market.code, reason == null, reason);
    }
}
