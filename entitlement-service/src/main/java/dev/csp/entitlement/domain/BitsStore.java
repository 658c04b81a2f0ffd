package dev.csp.entitlement.domain;

import java.nio.file.Path;

/**
 * Where the bytes of downloads live. Asked only after the link has been checked (signature, expiry, revocation),
 * so a store never decides who may download. Locally: {@link LocalBitsStore}. An S3-compatible store: see README.
 */
public interface BitsStore {

    /** A local file holding exactly the bytes the catalog describes for this build: its size and SHA-256. */
    Path locate(CatalogDownload file);
}
