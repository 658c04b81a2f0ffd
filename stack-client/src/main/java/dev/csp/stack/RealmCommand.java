package dev.csp.stack;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The realm's tokens for what is not Java: {@code java -jar stack-client/target/stack-client.jar token USER} prints a
 * demo user's access token for the UI's client (and nothing else) on stdout, for {@code ./stack token USER} and the
 * browser harness (ui/e2e/browser.mjs), so that {@link Realm} stays the one place that asks Keycloak for a token.
 * Keycloak is {@code -Dcsp.keycloak.url} (default http://localhost:8180). Exit 2 for a wrong command line, 1 when
 * Keycloak refuses or does not answer.
 */
public final class RealmCommand {

    static final String USAGE = "usage: java -jar stack-client.jar token USER   (-Dcsp.keycloak.url=http://localhost:8180)";

    private RealmCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Realm.local(), System.out, System.err));
    }

    static int run(String[] args, Realm realm, PrintStream out, PrintStream err) {
        if (args.length != 2 || !"token".equals(args[0]) || args[1].isBlank()) {
            err.println(USAGE);
            return 2;
        }
        try {
            out.println(realm.accessToken(args[1]));
            return 0;
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
