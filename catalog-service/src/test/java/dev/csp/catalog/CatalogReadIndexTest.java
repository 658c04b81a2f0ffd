package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** "Add products" reads one market's prices through an index, and answers quickly. */
@QuarkusTest
class CatalogReadIndexTest {

    private static final List<String> MARKETS = List.of("US", "DE", "JP", "AU", "BR", "IN", "SZ", "GB", "FR", "CA");

    @Inject
    DataSource dataSource;

    @Test
    void aMarketsPricesAreFoundThroughTheIndexNotAScan() throws SQLException {
        // the predicate Price.inMarket sends, with the market bound as a parameter like Hibernate binds it
        String plan = plan("explain select * from price where market = ? order by sku_id, term", "US");

        assertTrue(plan.contains("price_by_market"), plan);
        assertFalse(plan.contains("Seq Scan on price"), plan);
    }

    private static void list(String market) {
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_SALES_AGENT)).queryParam("market", market)
                .get("/v1/products").then().statusCode(200);
    }

    private String plan(String sql, String market) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, market);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }
}
