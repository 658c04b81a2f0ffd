package dev.csp.events;

/** What kind of thing a partner buys; it decides keys, billing and whether a purchase can be cancelled. */
public enum ProductKind {
    AZURE_RESERVATION,
    SERVER_SUBSCRIPTION,
    PERPETUAL_SOFTWARE,
    SOFTWARE_PLAN;

    /** Server subscriptions and perpetual software come with product keys and downloads. */
    public boolean hasKeysAndDownloads() {
        return this == SERVER_SUBSCRIPTION || this == PERPETUAL_SOFTWARE;
    }
}
