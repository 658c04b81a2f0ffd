package dev.csp.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every rendered object is one the API server and the operators take: Kubernetes, Gateway API and Strimzi objects
 * read into their published Java models (fabric8, io.strimzi:api) with unknown fields refused, and the operators'
 * objects checked against their CRD's schema (CrdSchema: CloudNativePG and its Barman Cloud plugin, the Prometheus
 * Operator's PodMonitor and PrometheusRule; Strimzi too, since its Java model still has the fields v1 removed). An
 * object of an API version nothing here knows (a deprecated one, a typo) is a problem too: add its model or CRD
 * rather than let it through unchecked.
 */
public final class SchemaCheck implements Check {

    /** The models, by apiVersion and kind: only the served versions the manifests should use. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("gateway.networking.k8s.io/v1 Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1 HTTPRoute", HTTPRoute.class),
            Map.entry("kafka.strimzi.io/v1 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1 KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1 KafkaUser", KafkaUser.class));

    private static final Map<String, CrdSchema> SCHEMAS = Map.ofEntries(
            Map.entry("kafka.strimzi.io/v1 Kafka", v1("strimzi-040-Crd-kafka.yaml")),
            Map.entry("kafka.strimzi.io/v1 KafkaTopic", v1("strimzi-043-Crd-kafkatopic.yaml")),
            Map.entry("kafka.strimzi.io/v1 KafkaUser", v1("strimzi-044-Crd-kafkauser.yaml")),
            Map.entry("kafka.strimzi.io/v1 KafkaNodePool", v1("strimzi-045-Crd-kafkanodepool.yaml")),
            Map.entry("postgresql.cnpg.io/v1 Cluster", v1("postgresql.cnpg.io_clusters.yaml")),
            Map.entry("postgresql.cnpg.io/v1 Pooler", v1("postgresql.cnpg.io_poolers.yaml")),
            Map.entry("postgresql.cnpg.io/v1 ScheduledBackup", v1("postgresql.cnpg.io_scheduledbackups.yaml")),
            Map.entry("postgresql.cnpg.io/v1 Database", v1("postgresql.cnpg.io_databases.yaml")),
            Map.entry("barmancloud.cnpg.io/v1 ObjectStore", v1("barmancloud.cnpg.io_objectstores.yaml")),
            Map.entry("monitoring.coreos.com/v1 PodMonitor", v1("monitoring.coreos.com_podmonitors.yaml")),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", v1("monitoring.coreos.com_prometheusrules.yaml")));

    private static final ObjectMapper STRICT = strictMapper();

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Resource resource : manifests.all()) {
            String type = resource.text("apiVersion") + " " + resource.kind();
            Consumer<String> report = problem -> problems.add(resource + " (" + type + "): " + problem);
            if (MODELS.containsKey(type)) {
                read(resource.body(), MODELS.get(type), report);
            }
            if (SCHEMAS.containsKey(type)) {
                SCHEMAS.get(type).check(resource.body(), report);
            }
            if (!MODELS.containsKey(type) && !SCHEMAS.containsKey(type)) {
                report.accept("no model or CRD schema for this API version and kind in deploy-checks");
            }
        }
        return problems;
    }

    /** The schema of the served version v1 in crds/{@code file}. */
    private static CrdSchema v1(String file) {
        return CrdSchema.load(file, "v1");
    }

    private static void read(Map<String, Object> body, Class<?> model, Consumer<String> report) {
        try {
            STRICT.readValue(STRICT.writeValueAsString(body), model);
        } catch (UnrecognizedPropertyException e) {
            report.accept("unknown field " + path(e) + " (" + e.getReferringClass().getSimpleName() + " has "
                    + e.getKnownPropertyIds() + ")");
        } catch (JsonMappingException e) {
            report.accept(path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where in the object, e.g. spec.template.spec.containers[0].image. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The models keep whatever they do not know in an "additional properties" map (@JsonAnySetter), so that a client
     * round-trips fields of newer servers. Reading manifests, an unknown field is a mistake: dropping the any-setter
     * lets Jackson refuse it.
     */
    private static ObjectMapper strictMapper() {
        SimpleModule strict = new SimpleModule("refuse-unknown-fields");
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                         BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                return builder;
            }
        });
        return new ObjectMapper().registerModule(strict)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
