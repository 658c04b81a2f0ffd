package dev.csp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void normalizedWritesTheCurrencysMinorUnitsWithoutRounding() {
        assertEquals("1799.00", Money.of("1799.0000", "AUD").normalized().amount().toPlainString());
        assertEquals("1200", Money.of("1200.0000", "JPY").normalized().amount().toPlainString());
        assertEquals("0.0125", Money.of("0.012500", "USD").normalized().amount().toPlainString());
        assertEquals("10.50", Money.of("10.5", "EUR").normalized().amount().toPlainString());
    }
}
