package dev.csp.kit.security;

import java.util.Set;

/** The role names that tokens carry in their {@code roles} claim. */
public final class Roles {

    public static final String ADMIN_AGENT = "admin-agent";
    public static final String SALES_AGENT = "sales-agent";
    public static final String GLOBAL_ADMIN = "global-admin";
    public static final String ACCOUNT_ADMIN = "account-admin";
    public static final String REFERRAL_ADMIN = "referral-admin";
    public static final String MARKETING_CONTENT_ADMIN = "marketing-content-admin";
    public static final String CUSTOMER_GLOBAL_ADMIN = "customer-global-admin";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String SUPPORT_AGENT = "support-agent";

    /** Roles that count only in a token of the operations tenant ({@link TrustedTokens#rolesThatCount}). */
    public static final Set<String> OF_PLATFORM_OPERATIONS = Set.of(CATALOG_ADMIN, SUPPORT_AGENT);

    private Roles() {
    }
}
