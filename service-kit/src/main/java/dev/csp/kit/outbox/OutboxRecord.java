package dev.csp.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event written with the state change that caused it, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    UUID eventId;

    @Column(nullable = false, updatable = false)
    String topic;

    @Column(name = "record_key", nullable = false, updatable = false)
    String key;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected OutboxRecord() {
    }

    OutboxRecord(UUID eventId, String topic, String key, String payload, Instant createdAt) {
        this.eventId = eventId;
        this.topic = topic;
        this.key = key;
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
