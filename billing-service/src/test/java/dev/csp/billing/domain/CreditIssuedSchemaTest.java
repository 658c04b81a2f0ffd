package dev.csp.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.CreditIssued;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documented schema of credit-issued (docs/credit-issued.schema.json) holds for the checked-in sample, for its
 * own examples and for what this service actually publishes; and it is strict enough to reject a broken event.
 */
class CreditIssuedSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs/credit-issued.schema.json");
    private static final Path SAMPLE = Path.of("../event-contracts/src/test/resources/samples/credit-issued.json");

    private final JsonSchema schema = schema();

    @Test
    void theCheckedInSampleIsValid() throws IOException {
        assertEquals(Set.of(), schema.validate(JSON.readTree(SAMPLE.toFile())));
    }

    @Test
    void everyExampleInTheSchemaIsValid() throws IOException {
        for (JsonNode example : JSON.readTree(SCHEMA.toFile()).get("examples")) {
            assertEquals(Set.of(), schema.validate(example), example::toString);
        }
    }

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

    @Test
    void anEventMissingAFieldOrWithANumericAmountIsRejected() throws IOException {
        ObjectNode withoutCharge = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        withoutCharge.remove("chargeId");
        ObjectNode numericAmount = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        ((ObjectNode) numericAmount.get("amount")).put("amount", 2138.00);
        ObjectNode unknownReason = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        unknownReason.put("reason", "GOODWILL");

        for (ObjectNode broken : new ObjectNode[] {withoutCharge, numericAmount, unknownReason}) {
            Set<ValidationMessage> errors = schema.validate(broken);
            assertFalse(errors.isEmpty(), broken::toString);
        }
    }

    private static JsonSchema schema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(SCHEMA.toFile()),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCHEMA.toAbsolutePath(), e);
        }
    }
}
