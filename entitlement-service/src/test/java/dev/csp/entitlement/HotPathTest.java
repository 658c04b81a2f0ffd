package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.as;
import static dev.csp.entitlement.Purchases.entitlementsOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.entitlement.domain.Entitlements;
import dev.csp.events.ProductKind;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The two paths every order takes, in plain JDBC: the key read loads its row without a Hibernate session, and a grant
 * batch writes every column of its entitlements in one statement, a line cancelled first already revoked.
 */
@QuarkusTest
class HotPathTest {

    @Inject
    Entitlements entitlements;
    @Inject
    EntityManager entityManager;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void aKeyReadOpensNoHibernateSession() {
        Entitlement software = granted(OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE)).get(0);

        // Sessions are counted for the whole service; a consumer elsewhere may open one meanwhile, so a few tries.
        boolean noSession = false;
        for (int attempt = 0; attempt < 5 && !noSession; attempt++) {
            long before = sessionFactory.getStatistics().getSessionOpenCount();
            as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", software.id).then().statusCode(200);
            noSession = sessionFactory.getStatistics().getSessionOpenCount() == before;
        }
        assertTrue(noSession, "a key read opens no Hibernate session");
    }

    @Test
    void aGrantOpensNoHibernateSession() {
        boolean noSession = false;
        for (int attempt = 0; attempt < 5 && !noSession; attempt++) {
            OrderPlaced order = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE, ProductKind.AZURE_RESERVATION);
            long before = sessionFactory.getStatistics().getSessionOpenCount();
            QuarkusTransaction.requiringNew().run(() -> entitlements.grant(List.of(order)));
            noSession = sessionFactory.getStatistics().getSessionOpenCount() == before;
            assertEquals(2, entitlementsOf(order).size());
        }
        assertTrue(noSession, "a grant opens no Hibernate session");
    }

    @Test
    void anotherTenantsKeyReadIsA404AndRecordsNothing() {
        Entitlement software = granted(OrderEvents.placed(ProductKind.SERVER_SUBSCRIPTION)).get(0);
        String id = software.id.toString();

        as(DemoUser.FABRIKAM_ADMIN_AGENT).get("/v1/entitlements/{id}/key", id).then().statusCode(404)
                .contentType("application/problem+json");
        as(DemoUser.LITWARE_ADMIN).get("/v1/entitlements/{id}/key", id).then().statusCode(404);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", id).then().statusCode(200);

        // The allowed read comes after the refused ones, with the same key (one partition): once it is there, so
        // would they be.
        List<ConsumerRecord<String, String>> reads = TestKafka.readUntil(SoftwareKeyAccessed.TOPIC,
                r -> r.value().contains(id) && r.value().contains("contoso-admin-agent"), Duration.ofSeconds(60));
        assertTrue(reads.stream().anyMatch(r -> r.value().contains(id) && r.value().contains("contoso-admin-agent")));
        assertFalse(reads.stream().anyMatch(r -> r.value().contains(id)
                && (r.value().contains("fabrikam") || r.value().contains("litware"))), "a refused read records nothing");
    }

    @Test
    void aBatchGrantsEveryLineOnceAndALineCancelledFirstIsStoredRevokedWithoutItsKey() {
        OrderPlaced mixed = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE, ProductKind.AZURE_RESERVATION,
                ProductKind.SERVER_SUBSCRIPTION);
        OrderPlaced other = OrderEvents.placed(ProductKind.SERVER_SUBSCRIPTION);
        OrderPlaced.Line cancelledFirst = mixed.lines().get(2);
        QuarkusTransaction.requiringNew().run(() -> entitlements.revoke(List.of(
                OrderEvents.cancelledLines(mixed, List.of(cancelledFirst.lineId())))));

        // The same order twice in one batch, and again in the next: each line is granted once.
        QuarkusTransaction.requiringNew().run(() -> entitlements.grant(List.of(mixed, other, mixed)));
        QuarkusTransaction.requiringNew().run(() -> entitlements.grant(List.of(mixed)));

        List<Entitlement> granted = entitlementsOf(mixed);
        assertEquals(3, granted.size());
        assertEquals(1, entitlementsOf(other).size());
        for (OrderPlaced.Line line : mixed.lines()) {
            Entitlement stored = granted.stream().filter(e -> e.lineId.equals(line.lineId())).findFirst().orElseThrow();
            assertEquals(mixed.orderId(), stored.orderId);
            assertEquals(mixed.partnerTenantId(), stored.partnerTenantId);
            assertEquals(mixed.customerId(), stored.customerId);
            assertEquals(mixed.customerTenantId(), stored.customerTenantId);
            assertEquals(line.productId(), stored.productId);
            assertEquals(line.skuId(), stored.skuId);
            assertEquals(line.productName(), stored.productName);
            assertEquals(line.kind(), stored.kind);
            assertEquals(line.quantity(), stored.quantity);
            assertNotNull(stored.grantedAt);
        }
        Entitlement software = byLine(granted, mixed.lines().get(0));
        Entitlement reservation = byLine(granted, mixed.lines().get(1));
        Entitlement revoked = byLine(granted, cancelledFirst);

        String key = as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements/{id}/key", software.id).then().statusCode(200)
                .extract().path("productKey");
        assertEquals(39, key.length());
        assertFalse(software.isRevoked());
        assertNull(software.revokedAt);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", reservation.id).then().statusCode(409)
                .body("code", equalTo("no-product-key"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", entitlementsOf(other).get(0).id).then()
                .statusCode(200);

        assertTrue(revoked.isRevoked());
        assertNotNull(revoked.revokedAt);
        assertFalse(revoked.hasKey());
        Object[] keyColumns = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select key_ciphertext, key_id, key_digest from entitlement where id = :id")
                .setParameter("id", revoked.id).getSingleResult());
        assertArrayEquals(new Object[] {null, null}, new Object[] {keyColumns[0], keyColumns[1]},
                "a key cancelled before it could be read is never stored");
        assertNotNull(keyColumns[2], "its digest stays, as for every revoked key");
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", revoked.id).then().statusCode(410)
                .body("code", equalTo("entitlement-revoked"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}", revoked.id).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("keyAvailable", equalTo(false));

        String revokedId = revoked.id.toString();
        assertTrue(TestKafka.readUntil(EntitlementGranted.TOPIC, r -> r.value().contains(revokedId),
                Duration.ofSeconds(60)).stream().anyMatch(r -> r.value().contains(revokedId)));
        assertTrue(TestKafka.readUntil(EntitlementRevoked.TOPIC, r -> r.value().contains(revokedId),
                Duration.ofSeconds(60)).stream().anyMatch(r -> r.key().equals(mixed.orderId().toString())));
    }

    /** Grant and cancellation in one transaction, in either order (a poll holding both, a batch applied again). */
    @Test
    void aGrantAndItsCancellationInOneTransactionEndRevokedInEitherOrder() {
        OrderPlaced grantedFirst = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE);
        OrderPlaced cancelledFirst = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE);

        QuarkusTransaction.requiringNew().run(() -> {
            entitlements.grant(List.of(grantedFirst));
            entitlements.revoke(List.of(OrderEvents.cancelled(grantedFirst)));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            entitlements.revoke(List.of(OrderEvents.cancelled(cancelledFirst)));
            entitlements.grant(List.of(cancelledFirst));
        });

        for (OrderPlaced order : List.of(grantedFirst, cancelledFirst)) {
            List<Entitlement> stored = entitlementsOf(order);
            assertEquals(1, stored.size());
            assertTrue(stored.get(0).isRevoked());
            assertFalse(stored.get(0).hasKey(), "the key is erased");
            as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", stored.get(0).id).then().statusCode(410);
        }
    }

    private static Entitlement byLine(List<Entitlement> granted, OrderPlaced.Line line) {
        return granted.stream().filter(e -> e.lineId.equals(line.lineId())).findFirst().orElseThrow();
    }

    private static List<Entitlement> granted(OrderPlaced order) {
        OrderEvents.send(order);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> entitlementsOf(order).size() == order.lines().size());
        return entitlementsOf(order);
    }
}
