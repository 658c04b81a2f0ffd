package dev.csp.kit.tracing;

import dev.csp.testing.ServiceTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real Kafka and a fresh PostgreSQL database for the kit's own @QuarkusTests. */
@QuarkusTestResource(value = ServiceTestEnvironment.class,
        initArgs = @ResourceArg(name = "database", value = "csp_kit_test"))
public class TestEnvironment {
}
