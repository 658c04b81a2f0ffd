package dev.csp.testing;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The rest of the token space: tokens that verify (signed by the trusted test issuer's key, unexpired) but that no
 * service may accept, each a demo user's with exactly one flaw, so that the flaw alone is why it is refused (401).
 * Every service's access matrix runs them against its endpoints.
 */
public final class RefusedTokens {

    /** The client id of the partner UI: the audience of its ID tokens. */
    public static final String UI_CLIENT = "partner-ui";

    private RefusedTokens() {
    }

    /** Name of the flaw → "Bearer ..." header value. */
    public static Map<String, String> of(DemoUser user) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("another audience", bearer(claims(user).audience("some-other-api")));
        tokens.put("no audience", bearer(claims(user).remove("aud")));
        tokens.put("an ID token", "Bearer " + idToken(user));
        tokens.put("no tid", bearer(claims(user).remove("tid")));
        tokens.put("a tid that is not a GUID", bearer(claims(user).claim("tid", "contoso")));
        tokens.put("a tid that is a number", bearer(claims(user).claim("tid", 11111111)));
        tokens.put("an empty tid", bearer(claims(user).claim("tid", "")));
        tokens.put("a GUID tid of another form", bearer(claims(user).claim("tid",
                user.tenantId().toString().replace("-", ""))));
        tokens.put("the trusted key but another issuer", bearer(claims(user).issuer("https://login.example.com/realms/csp")));
        tokens.put("the trusted key but the issuer's URL with a suffix",
                bearer(claims(user).issuer(TestIssuer.url() + "-evil")));
        return tokens;
    }

    /**
     * An ID token as the realm issues it with the password or code grant: the same user, tenant and roles (the realm's
     * mappers put them in ID tokens too), but addressed to the UI's client and typed {@code ID}.
     */
    public static String idToken(DemoUser user) {
        return TestTokens.sign(claims(user).audience(UI_CLIENT).claim("typ", "ID").claim("azp", UI_CLIENT)
                .claim("nonce", UUID.randomUUID().toString()));
    }

    private static JwtClaimsBuilder claims(DemoUser user) {
        return TestTokens.claims(user.userName(), user.tenantId(), user.roles());
    }

    private static String bearer(JwtClaimsBuilder claims) {
        return "Bearer " + TestTokens.sign(claims);
    }
}
