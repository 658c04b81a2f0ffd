package dev.csp.events.activity;

/** One downloadable build of a product: version, language (BCP 47) and bitness. */
public record DownloadVariant(String version, String language, String bitness) {
}
