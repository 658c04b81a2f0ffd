package dev.csp.testing;

import java.util.UUID;

/** The tenants of the demo realm (local/keycloak/csp-realm.json) and of the demo data. */
public final class DemoTenants {

    public static final UUID CONTOSO = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID FABRIKAM = UUID.fromString("22222222-2222-4222-8222-222222222222");
    public static final UUID ADATUM = UUID.fromString("33333333-3333-4333-8333-333333333333");
    public static final UUID LITWARE = UUID.fromString("44444444-4444-4444-8444-444444444444");
    public static final UUID NORTHWIND = UUID.fromString("55555555-5555-4555-8555-555555555555");
    public static final UUID OPERATIONS = UUID.fromString("99999999-9999-4999-8999-999999999999");

    private DemoTenants() {
    }
}
