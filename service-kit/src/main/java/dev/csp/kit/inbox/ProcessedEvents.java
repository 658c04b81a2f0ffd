package dev.csp.kit.inbox;

import dev.csp.events.Event;
import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    Statements statements;

    /** The events of the batch seen for the first time, in their order; a duplicate within the batch counts once. */
    <E extends Event> List<E> firstDeliveries(List<E> batch) {
        Map<UUID, E> byId = new LinkedHashMap<>();
        batch.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        Set<UUID> recorded = record(byId.values());
        return byId.values().stream().filter(event -> recorded.contains(event.eventId())).toList();
    }

    private Set<UUID> record(java.util.Collection<? extends Event> events) {
        return new HashSet<>(statements.all("record processed events", RECORD, insert -> {
            insert.setArray(1, Statements.array(insert, "uuid", events.stream().map(Event::eventId).toList()));
            insert.setArray(2, Statements.array(insert, "text", events.stream().map(Event::topic).toList()));
        }, row -> row.getObject(1, UUID.class)));
    }
}
