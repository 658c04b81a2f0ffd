package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay under deploy/overlays, rendered by `kubectl kustomize`, passes what a reviewer checks. Each overlay
 * is rendered once for the class (kustomize takes a second or two here); every test parses its own copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverlaysTest {

    private final Repository repository = Repository.locate();
    private final Map<Path, String> rendered = new HashMap<>();

    static Stream<Path> overlays() {
        return Repository.locate().overlays().stream();
    }

    @Test
    void thereAreDevAndProdOverlays() {
        List<String> names = repository.overlays().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("dev", "prod"), names);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deploysEveryServiceAndThePartnerUi(Path overlay) {
        Set<String> expected = new TreeSet<>(repository.services());
        expected.add("partner-ui");
        Set<String> deployed = new TreeSet<>();
        render(overlay).ofKind("Deployment").forEach(d -> deployed.add(d.name()));
        assertEquals(expected, deployed);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deploymentsHaveProbesResourcesAndTheSecuritySettings(Path overlay) {
        assertNoProblems(new WorkloadCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContractAndDeadLetterTopicHasAReplicatedKafkaTopic(Path overlay) {
        assertNoProblems(new TopicCheck(ExpectedTopics.of(repository)), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRouteReachesAnExistingServiceAndPort(Path overlay) {
        assertNoProblems(new RouteCheck(Platform.ROUTE_TABLE), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretValueIsInlined(Path overlay) {
        assertNoProblems(new SecretCheck(Platform.requiredSecrets(repository.services())), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceHasItsDatabaseAndRoleOnAReplicatedCluster(Path overlay) {
        assertNoProblems(new DatabaseCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void databaseConnectionsAreTlsOnlyAndVerified(Path overlay) {
        assertNoProblems(new DatabaseTlsCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesGuardEveryWorkload(Path overlay) {
        assertNoProblems(new NetworkPolicyCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesTrustOnlyTheListedTenantsAndTheGatewaysForwardedHeaders(Path overlay) {
        assertNoProblems(new TrustCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaClientsAuthenticateAndMayDoOnlyWhatTheirAclsList(Path overlay) {
        assertNoProblems(new KafkaAccessCheck(repository.services()), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsValidForItsPublishedModelOrCrdSchema(Path overlay) {
        assertNoProblems(new SchemaCheck(), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void alertsSayWhatToDoAndPodMonitorsScrapeRealPorts(Path overlay) {
        assertNoProblems(new MonitoringCheck(), overlay);
    }

    @Test
    void prodIsHighlyAvailable() {
        assertNoProblems(new AvailabilityCheck(), repository.overlay("prod"));
    }

    private Manifests render(Path overlay) {
        return Manifests.parse(rendered.computeIfAbsent(overlay, Manifests::kustomize));
    }

    private void assertNoProblems(Check check, Path overlay) {
        List<String> problems = check.problems(render(overlay));
        assertEquals(List.of(), problems, () -> overlay.getFileName() + ":\n  " + String.join("\n  ", problems));
    }
}
