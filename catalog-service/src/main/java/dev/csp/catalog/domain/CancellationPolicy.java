package dev.csp.catalog.domain;

import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished.RefundKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One version of the rules for cancelling purchases of a product kind, in effect from a day (UTC) until a later
 * version takes effect. Versions are never changed: orders keep the version they were sold under.
 */
@Entity
public class CancellationPolicy extends PanacheEntityBase {

    /** The last day a version may take effect on: years are written with four digits. */
    static final LocalDate LATEST_START = LocalDate.of(9999, 12, 31);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductKind kind;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public boolean cancellable;

    @Column(nullable = false)
    public int windowDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundKind refundKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cancellation_threshold", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderBy("currency")
    public List<Threshold> supportRequestAbove = new ArrayList<>();

    /** Above this order amount, in this currency, a cancellation needs a customer support request. */
    @Embeddable
    public static class Threshold {

        @Column(nullable = false)
        public String currency;

        @Column(nullable = false)
        public BigDecimal amount;

        protected Threshold() {
        }

        Threshold(Money money) {
            this.currency = money.currency();
            this.amount = money.amount();
        }

        public Money money() {
            return new Money(amount, currency).normalized();
        }
    }

    protected CancellationPolicy() {
    }

    CancellationPolicy(ProductKind kind, int version, LocalDate effectiveFrom, boolean cancellable, int windowDays,
                       RefundKind refundKind, List<Money> supportRequestAbove) {
        this.kind = kind;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.cancellable = cancellable;
        this.windowDays = windowDays;
        this.refundKind = refundKind;
        supportRequestAbove.forEach(money -> this.supportRequestAbove.add(new Threshold(money)));
    }

    /** What a catalog-admin states for a new version; {@code supportRequestAbove}: one amount per billing currency. */
    public record Terms(LocalDate effectiveFrom, boolean cancellable, int windowDays, RefundKind refundKind,
                        List<Money> supportRequestAbove) {
    }

    /**
     * The version after {@code versions}, refused unless it takes effect after today (so no order already placed
     * falls under it) and after the latest version, says one consistent thing, and names a threshold in exactly the
     * billing currencies when purchases can be cancelled.
     */
    static CancellationPolicy nextVersion(ProductKind kind, List<CancellationPolicy> versions, Terms terms,
                                          LocalDate today, Set<String> billingCurrencies) {
        if (!terms.effectiveFrom().isAfter(today)) {
            throw Failure.ruleViolated("policy-must-take-effect-later", "A new policy version takes effect "
                    + "tomorrow (" + today.plusDays(1) + ") at the earliest, not " + terms.effectiveFrom() + ".");
        }
        if (terms.effectiveFrom().isAfter(LATEST_START)) {
            // four-digit years only: a date PostgreSQL cannot store (year 6000000) would fail at the insert, as a 500
            throw Failure.ruleViolated("policy-too-far-ahead", "A new policy version takes effect by "
                    + LATEST_START + ", not " + terms.effectiveFrom() + ".");
        }
        Optional<CancellationPolicy> latest = versions.stream().max(Comparator.comparingInt(p -> p.version));
        if (latest.isPresent() && !terms.effectiveFrom().isAfter(latest.get().effectiveFrom)) {
            throw Failure.notAllowedNow("policy-not-after-latest", "Version " + latest.get().version + " of the "
                    + kind + " policy takes effect on " + latest.get().effectiveFrom + "; a new one must start later.");
        }
        boolean refunds = terms.refundKind() != RefundKind.NONE;
        if (terms.cancellable() != refunds || terms.cancellable() != (terms.windowDays() > 0)) {
            throw Failure.ruleViolated("inconsistent-policy", "A cancellable policy has a window of days and "
                    + "a refund (FULL or PRORATED); a non-cancellable one has neither.");
        }
        List<Money> thresholds = terms.supportRequestAbove().stream().map(Amounts::exact).toList();
        Set<String> named = thresholds.stream().map(Money::currency).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = terms.cancellable() ? new TreeSet<>(billingCurrencies) : Set.of();
        if (named.size() != thresholds.size() || !named.equals(expected)) {
            throw Failure.ruleViolated("support-thresholds-per-currency", "supportRequestAbove needs exactly "
                    + "one amount in each of " + expected + "; got " + thresholds.stream().map(Money::currency).toList() + ".");
        }
        return new CancellationPolicy(kind, latest.map(p -> p.version + 1).orElse(1), terms.effectiveFrom(),
                terms.cancellable(), terms.windowDays(), terms.refundKind(), thresholds);
    }

    /** Every version of the kind's policy, oldest first. */
    public static List<CancellationPolicy> versionsOf(ProductKind kind) {
        return list("kind", Sort.by("version"), kind);
    }

    public static List<CancellationPolicy> all() {
        return listAll(Sort.by("kind").and("version"));
    }

    /** The version of {@code versions} in effect on {@code day}, if one has taken effect yet. */
    public static Optional<CancellationPolicy> inEffect(List<CancellationPolicy> versions, LocalDate day) {
        return versions.stream().filter(policy -> !policy.effectiveFrom.isAfter(day))
                .reduce((earlier, later) -> later.effectiveFrom.isAfter(earlier.effectiveFrom) ? later : earlier);
    }

    public Optional<Money> supportRequestAbove(String currency) {
        return supportRequestAbove.stream().filter(t -> t.currency.equals(currency)).map(Threshold::money).findFirst();
    }

    public ProductPublished.CancellationPolicy published() {
        return new ProductPublished.CancellationPolicy(version, effectiveFrom, cancellable, windowDays, refundKind,
                supportRequestAbove.stream().map(Threshold::money).toList());
    }
}
