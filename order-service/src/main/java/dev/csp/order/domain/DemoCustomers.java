package dev.csp.order.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local stack's demo customers, matching the tenants of the demo realm, each with an accepted reseller relationship. Loaded only when
 * {@code csp.demo-data.enabled} is true; production never sees them.
 */
@ApplicationScoped
class DemoCustomers {

    static final UUID CONTOSO = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID FABRIKAM = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final String CONTOSO_NAME = "Contoso Partner";
    private static final String FABRIKAM_NAME = "Fabrikam Partner";

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer(UUID.fromString("c0000000-0000-4000-8000-000000000033"), CONTOSO, CONTOSO_NAME,
                    UUID.fromString("33333333-3333-4333-8333-333333333333"), "Adatum Corporation", "adatum.example", "US",
                    ResellerRelationship.ACCEPTED, Instant.parse("2026-01-05T09:00:00Z")),
            new Customer(UUID.fromString("c0000000-0000-4000-8000-000000000044"), CONTOSO, CONTOSO_NAME,
                    UUID.fromString("44444444-4444-4444-8444-444444444444"), "Litware Inc.", "litware.example", "AU",
                    ResellerRelationship.ACCEPTED, Instant.parse("2026-02-10T09:00:00Z")),
            new Customer(UUID.fromString("c0000000-0000-4000-8000-000000000055"), FABRIKAM, FABRIKAM_NAME,
                    UUID.fromString("55555555-5555-4555-8555-555555555555"), "Northwind Traders", "northwind.example", "GB",
                    ResellerRelationship.ACCEPTED, Instant.parse("2026-03-15T09:00:00Z")));

    @ConfigProperty(name = "csp.demo-data.enabled")
    boolean enabled;

    @Transactional
    void load(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        for (Customer demo : CUSTOMERS) {
            if (Customer.findById(demo.id) == null) {
                new Customer(demo.id, demo.partnerTenantId, demo.partnerName, demo.tenantId, demo.name, demo.domain,
                        demo.market, demo.relationship, demo.createdAt).persist();
            }
        }
    }
}
