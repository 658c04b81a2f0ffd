package dev.csp.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a stand-in token endpoint (the JDK's HTTP server): what is cached, when it is renewed, how failures show. */
class RealmTest {

    private HttpServer keycloak;
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long expiresIn = 900;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/", exchange -> {
            forms.add(exchange.getRequestURI().getPath() + "?" + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"token-" + forms.size() + "\",\"expires_in\":" + expiresIn + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private Realm realm() {
        return new Realm("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/");
    }

    @Test
    void aUsersTokenIsFetchedOnceByThePasswordGrantOfTheUiClientAndReused() {
        Realm realm = realm();
        assertEquals("token-1", realm.accessToken("contoso-admin"));
        assertEquals("token-1", realm.accessToken("contoso-admin"));
        assertEquals(1, forms.size());
        assertEquals("/realms/csp/protocol/openid-connect/token", forms.get(0).substring(0, forms.get(0).indexOf('?')));
        assertTrue(forms.get(0).contains("grant_type=password") && forms.get(0).contains("client_id=partner-ui")
                && forms.get(0).contains("username=contoso-admin") && forms.get(0).contains("password=demo-password"),
                forms.get(0));

        realm.forget("contoso-admin");
        assertEquals("token-2", realm.accessToken("contoso-admin"));
    }

    @Test
    void aTokenIsRenewedOnceAThirdOfItsLifeHasPassed() throws InterruptedException {
        expiresIn = 1;
        Realm realm = realm();
        String first = realm.accessToken("u");
        Thread.sleep(600);
        assertNotEquals(first, realm.accessToken("u"));
    }

    @Test
    void aGrantForAnotherClientIsNotCachedAndTheAdminSignsInToTheMasterRealm() {
        Realm realm = realm();
        Realm.Grant grant = realm.passwordGrant("u", "expiring", "openid");
        assertNull(grant.idToken());
        assertTrue(forms.get(0).contains("client_id=expiring") && forms.get(0).contains("scope=openid"), forms.get(0));
        realm.adminToken();
        assertTrue(forms.get(1).startsWith("/realms/master/") && forms.get(1).contains("client_id=admin-cli"), forms.get(1));
    }

    @Test
    void theCommandLinePrintsTheTokenAloneAndExplainsWhatItRefuses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RealmCommand.run(new String[] {"token", "contoso-admin-agent"}, realm(), new PrintStream(out),
                new PrintStream(err)));
        assertEquals("token-1" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertTrue(forms.get(0).contains("username=contoso-admin-agent"), forms.get(0));

        assertEquals(2, RealmCommand.run(new String[] {"token"}, realm(), new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
        status = 401;
        assertEquals(1, RealmCommand.run(new String[] {"token", "nobody"}, realm(), new PrintStream(out),
                new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("refused a token for nobody: 401"));
    }

    @Test
    void aRefusalIsAnIllegalStateAndNoAnswerAnIoFailure() {
        status = 401;
        assertThrows(IllegalStateException.class, () -> realm().accessToken("u"));
        Realm gone = realm();
        keycloak.stop(0);
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> gone.accessToken("u"));
        assertTrue(failure.getCause() instanceof IOException);
    }
}
