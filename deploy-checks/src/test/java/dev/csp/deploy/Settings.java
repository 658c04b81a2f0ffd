package dev.csp.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

/** A service's settings for a test, written as its application.properties would be. */
final class Settings {

    private Settings() {
    }

    static Properties of(String applicationProperties) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
