package dev.csp.audit;

import dev.csp.testing.ServiceTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real Kafka, a fresh PostgreSQL database and a trusted token signer for every test of this module. */
@QuarkusTestResource(value = ServiceTestEnvironment.class,
        initArgs = {@ResourceArg(name = "database", value = "csp_audit_test"), @ResourceArg(name = "writer", value = "audit_writer")})
public class TestEnvironment {
}
