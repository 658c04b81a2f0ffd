package dev.csp.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrustedTokensTest {

    private static final String ISSUER = "https://login.microsoftonline.com/11111111-1111-4111-8111-111111111111/v2.0";
    private static final UUID PARTNER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID OPERATIONS = UUID.fromString("99999999-9999-4999-8999-999999999999");

    private final TrustedTokens trusted = TrustedTokens.of(List.of(ISSUER + "/"), List.of(PARTNER.toString()), OPERATIONS);

    @Test
    void aListedIssuerAndTenantPass() {
        assertEquals(Optional.empty(), trusted.refusal(ISSUER, PARTNER.toString()));
        assertEquals(Optional.empty(), trusted.refusal(ISSUER + "/", OPERATIONS.toString()));
    }

    @Test
    void anotherIssuerIsRefusedEvenWithAListedTenant() {
        assertEquals(Optional.of("The token's issuer is not trusted."),
                trusted.refusal("https://login.microsoftonline.com/22222222-2222-4222-8222-222222222222/v2.0",
                        PARTNER.toString()));
        assertEquals(Optional.of("The token's issuer is not trusted."), trusted.refusal(null, PARTNER.toString()));
    }

    @Test
    void aTenantOutsideTheListOrNoGuidIsRefused() {
        assertEquals(Optional.of("The token's tenant is not a tenant of this platform."),
                trusted.refusal(ISSUER, UUID.randomUUID().toString()));
        for (Object notAGuid : new Object[] {null, "", "contoso", 42, "1-1-1-1-1", PARTNER.toString().replace("-", ""),
                " " + PARTNER}) {
            assertEquals(Optional.of("The token does not name a tenant (tid) as a GUID."), trusted.refusal(ISSUER, notAGuid),
                    String.valueOf(notAGuid));
        }
    }

    @Test
    void anyTenantAdmitsEveryGuidButStillNoMalformedOne() {
        TrustedTokens any = TrustedTokens.of(List.of(ISSUER), List.of(TrustedTokens.ANY_TENANT), OPERATIONS);

        assertEquals(Optional.empty(), any.refusal(ISSUER, UUID.randomUUID().toString()));
        assertEquals(Optional.of("The token does not name a tenant (tid) as a GUID."), any.refusal(ISSUER, "contoso"));
    }

    @Test
    void rolesOfPlatformOperationsCountOnlyInTheOperationsTenant() {
        Set<String> held = Set.of("admin-agent", "catalog-admin", "support-agent");

        assertEquals(Set.of("admin-agent"), trusted.rolesThatCount(PARTNER, held));
        assertEquals(held, trusted.rolesThatCount(OPERATIONS, held));
    }
}
