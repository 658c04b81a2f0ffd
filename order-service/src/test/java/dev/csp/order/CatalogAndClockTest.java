package dev.csp.order;

import dev.csp.testing.MutableClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For tests that buy from the test catalog and move the clock: the catalog published before each, the clock reset after. */
abstract class CatalogAndClockTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
