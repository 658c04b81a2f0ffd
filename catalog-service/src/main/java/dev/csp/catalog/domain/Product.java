package dev.csp.catalog.domain;

import dev.csp.events.ProductKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** Something partners buy for customers, with its SKUs and the cancellation policy purchases are sold under. */
@Entity
public class Product extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductKind kind;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long revision;

    @Column(name = "published_revision", nullable = false)
    public long publishedRevision;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @Column(nullable = false)
    public boolean cancellable;

    @Column(name = "cancellation_days", nullable = false)
    public int cancellationDays;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<Sku> skus = new ArrayList<>();

    /** Azure reservations are not sold in some markets; everything else is sold wherever it has a price. */
    public boolean availableIn(Market market) {
        return kind != ProductKind.AZURE_RESERVATION || market.azureReservationsAvailable;
    }

    public boolean needsPublishing() {
        return publishedRevision < revision;
    }
}
