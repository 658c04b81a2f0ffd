package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks fail on the mistakes they exist for: the rendered dev overlay, broken one way at a time. It is
 * rendered once for the class; each test breaks its own parsed copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecksCatchMistakesTest {

    private final Repository repository = Repository.locate();
    private final String devYaml = Manifests.kustomize(repository.overlay("dev"));
    private Manifests dev;

    @BeforeEach
    void freshCopy() {
        dev = Manifests.parse(devYaml);
    }

    @Test
    void aDeploymentWithoutALivenessProbeFails() {
        container("order-service").remove("livenessProbe");

        assertEquals(List.of("Deployment order-service container order-service: no livenessProbe"),
                new WorkloadCheck().problems(dev));
    }

    @Test
    void aWritableRootFilesystemAndAMissingLimitFail() {
        Map<String, Object> container = container("billing-service");
        Tree.map(container.get("securityContext")).put("readOnlyRootFilesystem", false);
        Tree.map(Tree.at(container, "resources", "limits")).remove("memory");

        assertEquals(List.of("Deployment billing-service container billing-service: no resources.limits.memory",
                "Deployment billing-service container billing-service: root filesystem is writable"),
                new WorkloadCheck().problems(dev));
    }

    @Test
    void aMissingDeadLetterTopicFails() {
        dev.remove("KafkaTopic", "entitlement-service.order-placed.dlq");

        assertEquals(List.of("topic entitlement-service.order-placed.dlq has no KafkaTopic"),
                new TopicCheck(ExpectedTopics.of(repository)).problems(dev));
    }

    @Test
    void aTopicWithOneInSyncReplicaAndAnUncompactedSnapshotFail() {
        Manifests manifests = Manifests.parse(KAFKA + """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: product-published, labels: {strimzi.io/cluster: csp-kafka}}
                spec: {partitions: 6, replicas: 3, config: {min.insync.replicas: 1}}
                """);
        ExpectedTopics expected = new ExpectedTopics(Set.of("product-published"), Set.of(),
                Set.of("product-published"));

        assertEquals(List.of("topic product-published: min.insync.replicas 1 instead of 2",
                "topic product-published: a snapshot topic, but cleanup.policy is null instead of compact"),
                new TopicCheck(expected).problems(manifests));
    }

    @Test
    void tooFewBrokersFail() {
        Manifests manifests = Manifests.parse(KAFKA.replace("replicas: 3", "replicas: 2"));

        assertEquals(List.of("Kafka csp-kafka has 2 brokers, fewer than the 3 replicas of each topic"),
                new TopicCheck(new ExpectedTopics(Set.of(), Set.of(), Set.of())).problems(manifests));
    }

    @Test
    void aRouteToAPortTheServiceDoesNotHaveFails() {
        Resource route = dev.find("HTTPRoute", "audit-service").orElseThrow();
        Tree.map(Tree.list(Tree.at(route.list("spec", "rules").get(0), "backendRefs")).get(0)).put("port", 8084);

        assertEquals(List.of("HTTPRoute audit-service: backend audit-service has no port 8084"),
                new RouteCheck(Platform.ROUTE_TABLE).problems(dev));
    }

    @Test
    void anInlinedSecretAndALiteralPasswordFail() {
        Manifests manifests = Manifests.parse("""
                apiVersion: v1
                kind: Secret
                metadata: {name: order-service-db}
                stringData: {password: hunter2}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: order-service}
                spec:
                  template:
                    spec:
                      containers:
                        - name: order-service
                          env: [{name: QUARKUS_DATASOURCE_PASSWORD, value: hunter2}]
                """);

        assertEquals(List.of("Secret order-service-db carries values: create it in the cluster, reference it by name",
                "Deployment order-service sets QUARKUS_DATASOURCE_PASSWORD without a secretKeyRef",
                "Deployment order-service does not get QUARKUS_DATASOURCE_PASSWORD from a Secret"),
                new SecretCheck(Platform.requiredSecrets(List.of("order-service"))).problems(manifests));
    }

    @Test
    void anyTenantAndARouteWithoutTheForwardedSchemeFail() {
        Resource platform = dev.ofKind("ConfigMap").stream().filter(c -> c.name().startsWith("csp-platform")).findFirst()
                .orElseThrow();
        platform.map("data").put("CSP_TRUSTED_TENANTS", "*");
        Tree.map(dev.find("HTTPRoute", "billing-service").orElseThrow().list("spec", "rules").get(0)).remove("filters");

        assertEquals(List.of("ConfigMap csp-platform: CSP_TRUSTED_TENANTS must list tenant GUIDs, is *",
                "HTTPRoute billing-service: does not set X-Forwarded-Proto: https for the service"),
                new TrustCheck().problems(dev));
    }

    @Test
    void aTrustedProxyGivenByNameOrAsIpv6Fails() {
        Resource platform = dev.ofKind("ConfigMap").stream().filter(c -> c.name().startsWith("csp-platform")).findFirst()
                .orElseThrow();
        platform.map("data").put("CSP_TRUSTED_PROXIES", "10.0.0.0/8,::1,gateway.csp.svc");

        assertEquals(List.of("ConfigMap csp-platform: CSP_TRUSTED_PROXIES must list IPv4 addresses or CIDRs (a name or an"
                + " IPv6 literal makes every request ask DNS), is 10.0.0.0/8,::1,gateway.csp.svc"), new TrustCheck().problems(dev));
    }

    @Test
    void aServiceWithoutItsSigningKeyFails() {
        container("audit-service").put("env", Tree.list(container("audit-service").get("env")).stream()
                .filter(variable -> !"CSP_AUDIT_SIGNING_KEY".equals(Tree.text(variable, "name"))).toList());

        assertEquals(List.of("Deployment audit-service does not get CSP_AUDIT_SIGNING_KEY from a Secret"),
                new SecretCheck(Platform.requiredSecrets(repository.services())).problems(dev));
    }

    @Test
    void theDevOverlayIsNotHighlyAvailable() {
        List<String> problems = new AvailabilityCheck().problems(dev);

        assertTrue(problems.contains("Deployment entitlement-service runs 1 replicas"), problems::toString);
        assertTrue(problems.contains("Deployment entitlement-service has no PodDisruptionBudget"), problems::toString);
        assertTrue(problems.contains("Deployment entitlement-service has no HorizontalPodAutoscaler"),
                problems::toString);
    }

    @Test
    void anIngressPolicyOpenToEveryoneFails() {
        Resource policy = dev.find("NetworkPolicy", "gateway-to-http").orElseThrow();
        Tree.map(policy.list("spec", "ingress").get(0)).remove("from");

        List<String> problems = new NetworkPolicyCheck().problems(dev);

        assertTrue(problems.contains("NetworkPolicy gateway-to-http lets anyone reach Deployment catalog-service"),
                problems::toString);
    }

    @Test
    void aNamespaceWithoutDefaultDenyFails() {
        dev.remove("NetworkPolicy", "default-deny");

        assertTrue(new NetworkPolicyCheck().problems(dev)
                .contains("no default-deny NetworkPolicy (every pod, Ingress and Egress, no rule)"));
    }

    @Test
    void aDatabaseReachedWithoutTlsFails() {
        Resource cluster = dev.find("Cluster", "csp-postgres").orElseThrow();
        List<Object> hba = cluster.list("spec", "postgresql", "pg_hba");
        hba.set(0, String.valueOf(hba.get(0)).replaceFirst("^hostssl", "host"));
        Tree.map(dev.find("ConfigMap", "order-service").orElseThrow().map("data"))
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://csp-postgres-pooler-rw:5432/csp_order?sslmode=require");

        assertEquals(List.of("Cluster csp-postgres lets in without TLS: host csp_catalog catalog_service all scram-sha-256",
                "ConfigMap order-service: QUARKUS_DATASOURCE_JDBC_URL does not verify the server over TLS"
                        + " (sslmode=verify-full, sslrootcert)"), new DatabaseTlsCheck().problems(dev));
    }

    @Test
    void aPoolerTheServerCertificateDoesNotNameFails() {
        dev.find("Cluster", "csp-postgres").orElseThrow().map("spec").remove("certificates");

        assertEquals(List.of("Cluster csp-postgres: the server certificate does not name Pooler csp-postgres-pooler-rw"
                + " (spec.certificates.serverAltDNSNames), so verify-full fails through it"),
                new DatabaseTlsCheck().problems(dev));
    }

    @Test
    void aDatabaseWithoutItsDatabaseResourceFails() {
        dev.remove("Database", "csp-billing");

        assertEquals(List.of("ConfigMap billing-service: database csp_billing has no Database resource on csp-postgres"),
                new DatabaseCheck().problems(dev));
    }

    @Test
    void aListenerWithoutAuthenticationOrTlsAndAClusterWithoutAuthorizationFail() {
        Resource kafka = dev.find("Kafka", "csp-kafka").orElseThrow();
        Map<String, Object> listener = Tree.map(kafka.list("spec", "kafka", "listeners").get(0));
        listener.remove("authentication");
        listener.put("tls", false);
        kafka.map("spec", "kafka").remove("authorization");

        assertEquals(List.of("Kafka csp-kafka listener tls lets clients in without authentication",
                "Kafka csp-kafka listener tls is not TLS",
                "Kafka csp-kafka has no authorization: every client may do anything"),
                new KafkaAccessCheck(repository.services()).problems(dev));
    }

    @Test
    void aServiceWithoutItsKafkaLoginOrWithALoginOfNoKafkaUserFails() {
        container("order-service").put("env", Tree.list(container("order-service").get("env")).stream()
                .filter(variable -> !KafkaAccessCheck.LOGIN.equals(Tree.text(variable, "name"))).toList());
        dev.remove("KafkaUser", "billing-service");

        assertEquals(List.of("Deployment billing-service takes CSP_KAFKA_SASL_JAAS_CONFIG from Secret billing-service,"
                        + " which is no KafkaUser's",
                "Deployment order-service does not get CSP_KAFKA_SASL_JAAS_CONFIG from a KafkaUser's Secret"),
                new KafkaAccessCheck(repository.services()).problems(dev));
    }

    @Test
    void aKafkaUserAllowedEverythingFails() {
        List<Object> acls = dev.find("KafkaUser", "catalog-service").orElseThrow()
                .list("spec", "authorization", "acls");
        Tree.map(acls.get(0)).put("operations", List.of("All"));
        Tree.map(Tree.at(dev.find("KafkaUser", "external-billing").orElseThrow()
                .list("spec", "authorization", "acls").get(2), "resource")).put("name", "*");

        assertEquals(List.of("KafkaUser catalog-service may do All on topic product-published",
                "KafkaUser external-billing has an ACL on every group (*)"),
                new KafkaAccessCheck(repository.services()).problems(dev));
    }

    @Test
    void anAlertWithoutSeverityAndAPodMonitorOfAMisspeltPortFail() {
        Resource rules = dev.find("PrometheusRule", "csp-alerts").orElseThrow();
        Map<String, Object> alert = Tree.map(Tree.list(Tree.at(rules.list("spec", "groups").get(0), "rules")).get(0));
        Tree.map(alert.get("labels")).remove("severity");
        Resource monitor = dev.find("PodMonitor", "billing-service").orElseThrow();
        Tree.map(monitor.list("spec", "podMetricsEndpoints").get(0)).put("port", "metrics");

        assertEquals(List.of("PrometheusRule csp-alerts alert CspRevocationLagHigh has no severity label",
                "PodMonitor billing-service scrapes port metrics, which Deployment billing-service does not have"),
                new MonitoringCheck().problems(dev));
    }

    @Test
    void aMisspeltFieldAndAFieldStrimziV1RemovedFail() {
        Resource deployment = dev.find("Deployment", "order-service").orElseThrow();
        deployment.map("spec").put("replica", deployment.map("spec").remove("replicas"));
        // v1 dropped the single "operation" of an ACL (v1beta2 still took it): the CRD's v1 schema refuses it.
        Tree.map(dev.find("KafkaUser", "catalog-service").orElseThrow().list("spec", "authorization", "acls").get(0))
                .put("operation", "Write");

        List<String> problems = new SchemaCheck().problems(dev);

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("Deployment order-service (apps/v1 Deployment): unknown field spec.replica"
                + " (DeploymentSpec has ["), problems.get(0));
        assertTrue(problems.get(1).startsWith("KafkaUser catalog-service (kafka.strimzi.io/v1 KafkaUser): unknown field"
                + " spec.authorization.acls[0].operation (the schema has ["), problems.get(1));
    }

    @Test
    void aValueOfTheWrongTypeAndAnOldApiVersionFail() {
        Tree.map(dev.find("KafkaTopic", "order-placed").orElseThrow().map("spec")).put("partitions", "six");
        dev.find("Cluster", "csp-postgres").orElseThrow().map("spec").put("instances", "three");
        dev.find("HTTPRoute", "order-service").orElseThrow().body().put("apiVersion", "gateway.networking.k8s.io/v1beta1");

        List<String> problems = new SchemaCheck().problems(dev);

        assertTrue(problems.contains("HTTPRoute order-service (gateway.networking.k8s.io/v1beta1 HTTPRoute): no model or"
                + " CRD schema for this API version and kind in deploy-checks"), problems::toString);
        assertTrue(problems.contains("KafkaTopic order-placed (kafka.strimzi.io/v1 KafkaTopic): spec.partitions is six,"
                + " not an integer"), problems::toString);
        assertTrue(problems.contains("Cluster csp-postgres (postgresql.cnpg.io/v1 Cluster): spec.instances is three,"
                + " not an integer"), problems::toString);
    }

    private Map<String, Object> container(String deployment) {
        return dev.find("Deployment", deployment).orElseThrow().containers().get(0);
    }

    private static final String KAFKA = """
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata: {name: csp-kafka}
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaNodePool
            metadata: {name: dual-role, labels: {strimzi.io/cluster: csp-kafka}}
            spec: {replicas: 3, roles: [controller, broker]}
            """;
}
