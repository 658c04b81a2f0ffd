package dev.csp.catalog.domain;

import dev.csp.events.ProductKind;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something partners buy for customers, with its SKUs. Every change raises the revision, which is what makes the
 * publisher send a new snapshot; the cancellation policy comes from the product's kind.
 */
@Entity
public class Product extends PanacheEntityBase {

    /** Why a product cannot be bought in a market; the codes partners and order-service see. */
    public static final String NOT_SOLD = "product-not-sold";
    public static final String RESERVATIONS_UNAVAILABLE = "azure-reservations-unavailable-in-market";
    public static final String WITHDRAWN = "withdrawn-from-market";
    public static final String NO_PRICE = "no-price-in-market";

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

    @Column(nullable = false)
    public long publishedRevision;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<Sku> skus = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_withdrawn_market", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "market")
    public Set<String> withdrawnMarkets = new TreeSet<>();

    protected Product() {
    }

    Product(String id, String name, ProductKind kind, String publisher) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.publisher = publisher;
        this.active = true;
        this.revision = 1;
    }

    /** For a change: locked, so two admins' writes to one product raise its revision one after the other. */
    public static Optional<Product> forChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    void describe(String newName, String newPublisher, boolean sold) {
        name = newName;
        publisher = newPublisher;
        active = sold;
    }

    /** Takes it out of a market, or puts it back; Azure reservations cannot go where the market has none. */
    void offerIn(Market market, boolean available) {
        if (!available) {
            withdrawnMarkets.add(market.code);
        } else if (kind == ProductKind.AZURE_RESERVATION && !market.azureReservationsAvailable) {
            throw Failure.ruleViolated(RESERVATIONS_UNAVAILABLE,
                    "Azure reservations are not available in market " + market.code + ".");
        } else {
            withdrawnMarkets.remove(market.code);
        }
    }

    /** Adds the SKU, or answers it if it is already this product's; a SKU id of another product is refused. */
    Sku skuToDefine(String skuId) {
        Optional<Sku> own = sku(skuId);
        if (own.isPresent()) {
            return own.get();
        }
        if (Sku.findByIdOptional(skuId).isPresent()) {
            throw Failure.notAllowedNow("sku-of-another-product", "SKU " + skuId + " belongs to another product.");
        }
        Sku sku = new Sku(skuId, this);
        skus.add(sku);
        return sku;
    }

    /** Why it cannot be sold in the market at all, if it cannot; a price is still needed per SKU. */
    public Optional<String> unavailableReason(Market market) {
        if (!active) {
            return Optional.of(NOT_SOLD);
        }
        if (kind == ProductKind.AZURE_RESERVATION && !market.azureReservationsAvailable) {
            return Optional.of(RESERVATIONS_UNAVAILABLE);
        }
        return withdrawnMarkets.contains(market.code) ? Optional.of(WITHDRAWN) : Optional.empty();
    }

    /** Markets it cannot be sold in whatever the prices say: no Azure reservations there, or withdrawn. */
    public boolean availableIn(Market market) {
        return (kind != ProductKind.AZURE_RESERVATION || market.azureReservationsAvailable)
                && !withdrawnMarkets.contains(market.code);
    }

    public Optional<Sku> sku(String skuId) {
        return skus.stream().filter(sku -> sku.id.equals(skuId)).findFirst();
    }

    /** Every write raises the revision once: the publisher sends the snapshot of each revision. */
    void changed() {
        revision++;
    }

    public boolean needsPublishing() {
        return publishedRevision < revision;
    }
}
