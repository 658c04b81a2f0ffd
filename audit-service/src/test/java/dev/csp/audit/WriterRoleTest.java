package dev.csp.audit;

import static dev.csp.audit.Fixtures.keyRead;
import static dev.csp.audit.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csp.audit.domain.ActivityLog;
import dev.csp.audit.domain.Checkpoints;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The role audit-service runs as adds to the log and reads it, and nothing else: with its credentials nobody can
 * change, delete or truncate an entry or a checkpoint. Migrations run as the database's owner.
 */
@QuarkusTest
class WriterRoleTest {

    @Inject
    ActivityLog log;
    @Inject
    Checkpoints checkpoints;

    @Test
    void theServicesRoleMayAppendButNeverRewrite() throws SQLException {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "reader", Instant.now().minusSeconds(5)));
        checkpoints.signGrownChains();
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        assertEquals("audit_writer", user, "the service does not run as the database's owner");

        for (String rewrite : List.of(
                "update activity set user_name = 'nobody' where partner_tenant_id = '" + partner + "'",
                "delete from activity where partner_tenant_id = '" + partner + "'",
                "truncate activity",
                "update activity_checkpoint set chain_hash = 'x' where partner_tenant_id = '" + partner + "'",
                "delete from activity_checkpoint where partner_tenant_id = '" + partner + "'",
                "truncate activity_checkpoint",
                "alter table activity disable trigger all",
                "drop table activity_checkpoint")) {
            SQLException refused = assertThrows(SQLException.class, () -> asTheService(rewrite), rewrite);
            assertEquals("42501", refused.getSQLState(), rewrite + ": " + refused.getMessage());
        }
    }

    private static void asTheService(String statement) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection service = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement sql = service.createStatement()) {
            sql.execute(statement);
        }
    }
}
