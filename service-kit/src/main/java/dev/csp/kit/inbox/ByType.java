package dev.csp.kit.inbox;

import dev.csp.events.Event;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands each type of event in a batch to its own effect: a listener of several topics says once what each type does
 * ({@code ByType.of(events).apply(OrderPlaced.class, grant).apply(OrderCancelled.class, revoke)}). Effects run in the
 * order given, each with its events in batch order, and only when the batch has any.
 */
public final class ByType {

    private final List<? extends Event> events;

    private ByType(List<? extends Event> events) {
        this.events = events;
    }

    public static ByType of(List<? extends Event> events) {
        return new ByType(events);
    }

    public <E extends Event> ByType apply(Class<E> type, Consumer<List<E>> effect) {
        List<E> ofType = events.stream().filter(type::isInstance).map(type::cast).toList();
        if (!ofType.isEmpty()) {
            effect.accept(ofType);
        }
        return this;
    }
}
