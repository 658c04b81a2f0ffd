package dev.csp.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aPoolWithNoFreeConnectionIsA503WithRetryAfter() {
        // Agroal's acquisition timeout: an SQLException without a SQL state, wrapped by Hibernate and the transaction
        Response response = mappers.unexpected(new IllegalStateException("could not place the order",
                new SQLException("Sorry, acquisition timeout!")));

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("temporarily-unavailable", ((Problem) response.getEntity()).code());
    }

    @Test
    void aBugIsStillA500WithoutRetryAfter() {
        Response constraint = mappers.unexpected(new IllegalStateException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        Response npe = mappers.unexpected(new NullPointerException());

        assertEquals(500, constraint.getStatus());
        assertEquals(500, npe.getStatus());
        assertNull(npe.getHeaderString("Retry-After"));
    }
}
