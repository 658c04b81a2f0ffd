package dev.csp.entitlement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.api.EntitlementResource;
import dev.csp.entitlement.domain.Entitlement;
import dev.csp.entitlement.domain.KeyResealing;
import dev.csp.events.ProductKind;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Rotating the key that seals product keys: a key sealed with a retired key of the ring still opens, the re-sealing
 * job moves it to the current key without changing it, and nothing is left under the retired key.
 */
@QuarkusTest
class KeyRotationTest {

    /** The retired key of the test ring (%test.csp.keys.retired-keys, id k0); the current one is k1. */
    private static final byte[] RETIRED = Base64.getDecoder().decode("dGVzdC1vbmx5LXJldGlyZWQta2V5LTMyLWJ5dGVzISE=");

    @Inject
    EntityManager entityManager;

    @Inject
    KeyResealing resealing;

    @Test
    void aKeySealedBeforeTheRotationStillOpensAndIsSealedAgainUnderTheCurrentKey() throws Exception {
        OrderPlaced order = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE);
        OrderEvents.send(order);
        await().atMost(Duration.ofSeconds(60)).until(() -> entitlementOf(order) != null);
        UUID id = entitlementOf(order).id;
        String key = readKey(id);
        assertEquals("k1", stored(id, "key_id"), "new keys are sealed with the current key, and name it");

        byte[] sealedBefore = sealWithRetiredKey(key, id);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update entitlement set key_id = 'k0', key_ciphertext = :sealed where id = :id")
                .setParameter("sealed", sealedBefore).setParameter("id", id).executeUpdate());
        assertEquals(key, readKey(id), "a key sealed with a retired key of the ring still opens");

        assertTrue(resealing.resealAll() >= 1);

        assertEquals("k1", stored(id, "key_id"));
        assertFalse(java.util.Arrays.equals(sealedBefore, (byte[]) storedObject(id, "key_ciphertext")));
        assertEquals(key, readKey(id), "sealed again, the key itself is the same");
        given().get("/q/metrics").then().statusCode(200).body(containsString("csp_keys_sealed_with_retired 0.0"));
    }

    @Test
    void theKeyViewNeverPrintsTheKey() {
        String printed = new EntitlementResource.KeyView(UUID.randomUUID(), "BCDF-GHJK-MPQR-TVWX-Y234-6789-BCDF-GHJK")
                .toString();
        assertFalse(printed.contains("BCDF"), printed);
    }

    /** AES-256-GCM as the ring stores it: a 12-byte nonce, then ciphertext and tag; the entitlement id authenticated. */
    private static byte[] sealWithRetiredKey(String key, UUID entitlementId) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(RETIRED, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(entitlementId.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = cipher.doFinal(key.getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    private static String readKey(UUID id) {
        return given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT))
                .get("/v1/entitlements/{id}/key", id).then().statusCode(200).extract().path("productKey");
    }

    private String stored(UUID id, String column) {
        return (String) storedObject(id, column);
    }

    private Object storedObject(UUID id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from entitlement where id = :id").setParameter("id", id)
                .getSingleResult());
    }

    private static Entitlement entitlementOf(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Entitlement.<Entitlement>find("orderId", order.orderId())
                .firstResult());
    }
}
