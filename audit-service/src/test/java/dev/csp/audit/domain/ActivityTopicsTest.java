package dev.csp.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer reads exactly the topics whose events the log describes: a topic read but not described would send
 * every one of its records to the dead-letter topic; one described but not read would leave a hole in the trail.
 */
class ActivityTopicsTest {

    @Test
    void theActivityConsumerReadsEveryTopicTheLogDescribesAndNoOther() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        Set<String> read = Arrays.stream(properties.getProperty("mp.messaging.incoming.activity.topics").split(","))
                .map(String::trim).collect(Collectors.toSet());

        assertEquals(ActivityLog.topics(), read);
    }
}
