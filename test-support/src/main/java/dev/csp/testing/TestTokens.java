package dev.csp.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens for tests, signed with a key pair made for this test run and published by {@link TestIssuer}, so
 * the services verify them for real: discovery, key fetch, signature, issuer,
 * expiry and audience ({@value #AUDIENCE}).
 */
public final class TestTokens {

    /** The audience the services expect in access tokens (service-kit: quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "csp-software";

    private TestTokens() {
    }

    public static String bearer(DemoUser user) {
        return "Bearer " + token(user.userName(), user.tenantId(), user.roles());
    }

    public static String token(String userName, UUID tenantId, Set<String> roles) {
        return claims(userName, tenantId, roles).jws().keyId("test").sign(TestIssuer.keys().getPrivate());
    }

    /** The user's access token, expiring {@code seconds} from now. */
    public static String bearerExpiringIn(DemoUser user, long seconds) {
        return "Bearer " + sign(claims(user.userName(), user.tenantId(), user.roles()).expiresIn(seconds));
    }

    /** An access token's claims as the realm's partner-ui client makes them, to change one before signing. */
    static JwtClaimsBuilder claims(String userName, UUID tenantId, Set<String> roles) {
        return Jwt.issuer(TestIssuer.url())
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(userName.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .preferredUserName(userName)
                .claim("tid", tenantId.toString())
                .claim("roles", roles)
                .expiresIn(600);
    }

    /** Signed by the trusted test issuer's key, with the claims as changed. */
    static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(TestIssuer.keys().getPrivate());
    }

    /** A token signed by a key the service does not trust. */
    public static String forgedBearer(DemoUser user) {
        return "Bearer " + Jwt.issuer(TestIssuer.url()).audience(AUDIENCE).subject(user.userName())
                .preferredUserName(user.userName()).claim("tid", user.tenantId().toString()).claim("roles", user.roles())
                .jws().keyId("test").sign(TestIssuer.generate().getPrivate());
    }
}
