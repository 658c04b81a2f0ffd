package dev.csp.entitlement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The newest revision of a product this service has applied; older or repeated snapshots are ignored. */
@Entity
class CatalogProduct extends PanacheEntityBase {

    @Id
    String productId;

    @Column(nullable = false)
    long revision;
}
