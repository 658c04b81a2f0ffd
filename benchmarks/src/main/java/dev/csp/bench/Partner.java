package dev.csp.bench;

import java.util.Locale;

/**
 * Who buys: a demo partner's Admin agent buying for one of its demo customers (order-service's DemoCustomers, the
 * realm's users), and the partner's Global admin who reads the activity log and the unbilled line items. Fabrikam by
 * default: its log and invoices are the benchmark's alone, so journeys run by others against Contoso's stay quick.
 */
record Partner(String name, String customerId, String customerName, String buyer, String accountant) {

    static final Partner FABRIKAM = new Partner("fabrikam", "c0000000-0000-4000-8000-000000000055", "Northwind Traders",
            "fabrikam-admin-agent", "fabrikam-global-admin");
    static final Partner CONTOSO = new Partner("contoso", "c0000000-0000-4000-8000-000000000033", "Adatum Corporation",
            "contoso-admin-agent", "contoso-global-admin");

    static Partner named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "fabrikam" -> FABRIKAM;
            case "contoso" -> CONTOSO;
            default -> throw new Options.Usage("--partner is fabrikam or contoso, not " + name);
        };
    }
}
