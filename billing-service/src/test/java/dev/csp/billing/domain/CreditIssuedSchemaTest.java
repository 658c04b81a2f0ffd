package dev.csp.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.CreditIssued;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What this service publishes holds to the credit-issued schema, for every reason. The schema, its examples, the
 * sample and the broken cases are event-contracts' (schemas/credit-issued.schema.json in its jar; EventSchemasTest).
 */
class CreditIssuedSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "/schemas/credit-issued.schema.json";

    private final JsonSchema schema = schema();

    @Test
    void whatTheServicePublishesIsValidForEveryReason() throws IOException {
        Charge charge = CreditPolicyTest.charge(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT,
                "12.345", "KWD", 3);
        for (CreditIssued.Reason reason : CreditIssued.Reason.values()) {
            UUID request = reason == CreditIssued.Reason.APPROVED_REFUND ? UUID.randomUUID() : null;
            Credit credit = Credit.against(charge, new CreditPolicy.Refund(new BigDecimal("1.5"), reason),
                    Instant.parse("2026-03-11T10:00:00Z"), "2026-03", request);

            assertEquals(Set.of(), schema.validate(JSON.readTree(EventCodec.toJson(credit.issuedEvent()))), reason::name);
        }
    }

    private static JsonSchema schema() {
        try (InputStream in = CreditIssuedSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    JSON.readTree(Objects.requireNonNull(in, SCHEMA + " is not on the classpath")),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCHEMA, e);
        }
    }
}
