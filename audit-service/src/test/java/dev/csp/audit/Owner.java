package dev.csp.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database as its owner sees it (the role migrations run as): what an attacker holding the owner's credentials
 * could do, which the service's own role (audit_writer) may not. {@code ?1}, {@code ?2} ... name the parameters.
 */
final class Owner {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private Owner() {
    }

    static void sql(String statement, Object... parameters) {
        Config config = ConfigProvider.getConfig();
        List<Object> ordered = new ArrayList<>();
        Matcher numbered = PARAMETER.matcher(statement);
        StringBuilder jdbc = new StringBuilder();
        while (numbered.find()) {
            ordered.add(parameters[Integer.parseInt(numbered.group(1)) - 1]);
            numbered.appendReplacement(jdbc, "?");
        }
        numbered.appendTail(jdbc);
        try (Connection owner = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
             PreparedStatement sql = owner.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < ordered.size(); i++) {
                sql.setObject(i + 1, ordered.get(i));
            }
            sql.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
