package dev.csp.entitlement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest revision of a product this service has applied; older or repeated snapshots are ignored. */
@Entity
@Table(name = "catalog_product")
class CatalogProduct extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    String productId;

    @Column(nullable = false)
    long revision;
}
