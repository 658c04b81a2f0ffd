package dev.csp.system;

/**
 * Every endpoint of every service, read off the JAX-RS resources (*-service/src/main/java/dev/csp/*&#47;api) and
 * checked against each service's OpenAPI document by {@link AccessMatrixTest}, so one added later is noticed. A path
 * answered in two media types is listed once per type.
 */
enum Endpoint {
    MARKETS(Platform.CATALOG, "GET", "/v1/markets"),
    MARKET(Platform.CATALOG, "GET", "/v1/markets/{code}"),
    PRODUCTS(Platform.CATALOG, "GET", "/v1/products"),
    PRODUCT(Platform.CATALOG, "GET", "/v1/products/{productId}"),
    SKU_AVAILABILITY(Platform.CATALOG, "GET", "/v1/products/{productId}/skus/{skuId}/availability"),
    PRODUCT_CREATE(Platform.CATALOG, "POST", "/v1/products"),
    PRODUCT_CHANGE(Platform.CATALOG, "PUT", "/v1/products/{productId}"),
    SKU_DEFINE(Platform.CATALOG, "PUT", "/v1/products/{productId}/skus/{skuId}"),
    SKU_PRICES(Platform.CATALOG, "PUT", "/v1/products/{productId}/skus/{skuId}/prices"),
    PRODUCT_MARKET(Platform.CATALOG, "PUT", "/v1/products/{productId}/availability/{market}"),
    POLICIES(Platform.CATALOG, "GET", "/v1/products/cancellation-policies"),
    POLICY_ADD(Platform.CATALOG, "POST", "/v1/products/cancellation-policies"),

    CUSTOMERS(Platform.ORDERS, "GET", "/v1/customers"),
    CUSTOMER(Platform.ORDERS, "GET", "/v1/customers/{customerId}"),
    CUSTOMER_PRODUCTS(Platform.ORDERS, "GET", "/v1/customers/{customerId}/products"),
    CUSTOMER_ADD(Platform.ORDERS, "POST", "/v1/customers"),
    ORDER_PLACE(Platform.ORDERS, "POST", "/v1/customers/{customerId}/orders"),
    ORDERS(Platform.ORDERS, "GET", "/v1/customers/{customerId}/orders"),
    ORDER(Platform.ORDERS, "GET", "/v1/customers/{customerId}/orders/{orderId}"),
    CANCELLATION_ELIGIBILITY(Platform.ORDERS, "GET", "/v1/customers/{customerId}/orders/{orderId}/cancellation-eligibility"),
    CANCELLATION(Platform.ORDERS, "POST", "/v1/customers/{customerId}/orders/{orderId}/cancellations"),
    RELATIONSHIP_REQUESTS(Platform.ORDERS, "GET", "/v1/relationship-requests"),
    RELATIONSHIP_ACCEPT(Platform.ORDERS, "POST", "/v1/relationship-requests/{requestId}/acceptance"),
    RELATIONSHIP_DECLINE(Platform.ORDERS, "POST", "/v1/relationship-requests/{requestId}/decline"),
    SUPPORT_SUBMIT(Platform.ORDERS, "POST", "/v1/support-requests"),
    SUPPORT_SUBMIT_MULTIPART(Platform.ORDERS, "POST", "/v1/support-requests", "multipart/form-data"),
    SUPPORT_REQUESTS(Platform.ORDERS, "GET", "/v1/support-requests"),
    SUPPORT_REQUEST(Platform.ORDERS, "GET", "/v1/support-requests/{requestId}"),
    SUPPORT_ATTACHMENT(Platform.ORDERS, "GET", "/v1/support-requests/{requestId}/attachments/{attachmentId}"),
    SUPPORT_REVIEW(Platform.ORDERS, "POST", "/v1/support-requests/{requestId}/review"),
    SUPPORT_APPROVAL(Platform.ORDERS, "POST", "/v1/support-requests/{requestId}/approval"),
    SUPPORT_REJECTION(Platform.ORDERS, "POST", "/v1/support-requests/{requestId}/rejection"),

    ENTITLEMENTS(Platform.ENTITLEMENTS, "GET", "/v1/entitlements"),
    ENTITLEMENT(Platform.ENTITLEMENTS, "GET", "/v1/entitlements/{id}"),
    KEY(Platform.ENTITLEMENTS, "GET", "/v1/entitlements/{id}/key"),
    DOWNLOAD_LINK(Platform.ENTITLEMENTS, "POST", "/v1/entitlements/{id}/download-links"),
    DOWNLOAD_LINKS(Platform.ENTITLEMENTS, "GET", "/v1/entitlements/{id}/download-links"),
    DOWNLOAD_LINK_REVOKE(Platform.ENTITLEMENTS, "DELETE", "/v1/entitlements/{id}/download-links/{linkId}"),
    DOWNLOAD(Platform.ENTITLEMENTS, "GET", "/v1/downloads/{token}"),

    ACTIVITY(Platform.AUDIT, "GET", "/v1/activity-log"),
    ACTIVITY_USERS(Platform.AUDIT, "GET", "/v1/activity-log/users"),
    ACTIVITY_VERIFY(Platform.AUDIT, "GET", "/v1/activity-log/verify"),
    ACTIVITY_CHECKPOINTS(Platform.AUDIT, "GET", "/v1/activity-log/checkpoints"),
    ACTIVITY_CHAIN(Platform.AUDIT, "GET", "/v1/activity-log/chain"),
    ACTIVITY_EXPORT(Platform.AUDIT, "GET", "/v1/activity-log/export"),
    ACTIVITY_USERS_EXPORT(Platform.AUDIT, "GET", "/v1/activity-log/export/users"),

    INVOICES(Platform.BILLING, "GET", "/v1/invoices"),
    INVOICE(Platform.BILLING, "GET", "/v1/invoices/{id}"),
    INVOICE_LINES(Platform.BILLING, "GET", "/v1/invoices/{id}/line-items"),
    INVOICE_LINES_AS_CSV(Platform.BILLING, "GET", "/v1/invoices/{id}/line-items", "text/csv"),
    INVOICE_CSV(Platform.BILLING, "GET", "/v1/invoices/{id}/line-items.csv"),
    PERIOD_CLOSE(Platform.BILLING, "POST", "/v1/billing/periods/{period}/close"),
    UNBILLED(Platform.BILLING, "GET", "/v1/billing/unbilled/line-items");

    final String service;
    final String method;
    final String path;
    /** The media type that tells this variant apart (sent as Content-Type, or for a GET as Accept); null: JSON. */
    final String mediaType;

    Endpoint(String service, String method, String path) {
        this(service, method, path, null);
    }

    Endpoint(String service, String method, String path, String mediaType) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.mediaType = mediaType;
    }

    @Override
    public String toString() {
        return method + " " + path + (mediaType == null ? "" : " (" + mediaType + ")");
    }
}
