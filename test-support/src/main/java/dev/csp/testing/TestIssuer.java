package dev.csp.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * A minimal OpenID provider inside the test JVM: it publishes a discovery document and a JWKS with the key that
 * {@link TestTokens} signs with, so the services verify test tokens exactly as in production (discovery, key fetch,
 * signature, issuer, expiry), without a Keycloak.
 */
final class TestIssuer {

    private static final KeyPair KEYS = generate();
    private static String url;

    private TestIssuer() {
    }

    static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    static KeyPair keys() {
        return KEYS;
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
            server.createContext("/realms/test/.well-known/openid-configuration", exchange -> json(exchange,
                    "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
            server.createContext("/realms/test/certs", exchange -> json(exchange, jwks()));
            server.setExecutor(null);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test OpenID provider", e);
        }
    }

    private static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"test\",\"n\":\"" + base64Url(key.getModulus())
                + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
