package dev.csp.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One downloadable build of a software SKU, by version, language and bitness, with its size and SHA-256. */
@Embeddable
public class Download {

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String bitness;

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;
}
