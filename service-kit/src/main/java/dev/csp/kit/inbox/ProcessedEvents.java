package dev.csp.kit.inbox;

import dev.csp.events.Event;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the events this service has applied. A batch's ids are recorded in one statement, in the transaction of
 * their effect; those already there (a redelivery) are left out of what the effect gets.
 */
@ApplicationScoped
class ProcessedEvents {

    private static final String RECORD = """
            insert into processed_event (event_id, topic)
            select * from unnest(?::uuid[], ?::text[])
            on conflict do nothing
            returning event_id""";

    @Inject
    AgroalDataSource dataSource;

    /** The events of the batch seen for the first time, in their order; a duplicate within the batch counts once. */
    <E extends Event> List<E> firstDeliveries(List<E> batch) {
        Map<UUID, E> byId = new LinkedHashMap<>();
        batch.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        Set<UUID> recorded = record(byId.values());
        return byId.values().stream().filter(event -> recorded.contains(event.eventId())).toList();
    }

    /** Joins the transaction's connection (Agroal hands the same one to Hibernate and to us). */
    private Set<UUID> record(java.util.Collection<? extends Event> events) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setArray(1, connection.createArrayOf("uuid", events.stream().map(Event::eventId).toArray()));
            insert.setArray(2, connection.createArrayOf("text", events.stream().map(Event::topic).toArray()));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record processed events: " + e.getMessage(), e);
        }
    }
}
