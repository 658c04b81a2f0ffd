package dev.csp.audit.domain;

import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends entries to their partner's hash chain. One chain per partner tenant, not one for the whole service:
 * partners never wait for each other's appends, a partner's log is verified without reading anyone else's entries,
 * and whatever happens to one partner's entries (retention, export, a dispute) leaves the other chains intact.
 *
 * <p>Plain JDBC on the transaction's own connection, four statements a batch however many entries and partners it
 * has: lock and read the heads, take the ids, insert the entries ({@link ActivityInsert}), move the heads. No
 * Hibernate session is opened for it.
 */
@ApplicationScoped
class ActivityChain {

    /**
     * Locks each partner's head, in the order given, and reads it: a partner seen for the first time gets its genesis
     * head, one already there is locked by the no-op update (as {@code select ... for update} would) and returned as
     * it stands after any transaction that held it.
     */
    private static final String LOCK_HEADS = """
            insert into activity_chain (partner_tenant_id, last_seq, last_hash)
            select partner, 0, ? from unnest(?::uuid[]) with ordinality as p(partner, position) order by position
            on conflict (partner_tenant_id) do update set last_seq = activity_chain.last_seq
            returning partner_tenant_id, last_seq, last_hash""";
    /** Ascending, so that within a chain a later entry also has a larger id. */
    private static final String NEXT_IDS = "select nextval('activity_id_seq') from generate_series(1, ?) order by 1";
    private static final String MOVE_HEADS = """
            update activity_chain h set last_seq = n.seq, last_hash = n.hash
            from unnest(?::uuid[], ?::int8[], ?::text[]) as n(partner, seq, hash)
            where h.partner_tenant_id = n.partner""";

    @Inject
    Statements statements;
    @Inject
    Clock clock;

    /**
     * Links the entries to the heads of their partners' chains, in the order given, and stores them. Each head row is
     * locked once and stays locked until the transaction ends, so consumers of different topics appending at once
     * still form one straight line; heads are locked in one order (by partner id), so two batches never deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(List<Activity> entries) {
        statements.with("append " + entries.size() + " activity entries", connection -> {
            append(connection, entries);
            return null;
        });
    }

    /** The four statements, on a connection inside a transaction (the service's, or ActivityLogBenchmark's own). */
    void append(Connection connection, List<Activity> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Map<UUID, List<Activity>> byPartner = new TreeMap<>();
        entries.forEach(entry -> byPartner.computeIfAbsent(entry.partnerTenantId, partner -> new ArrayList<>()).add(entry));
        Map<UUID, Head> heads = lockHeads(connection, List.copyOf(byPartner.keySet()));
        Iterator<Long> ids = nextIds(connection, entries.size()).iterator();
        List<Activity> linked = new ArrayList<>(entries.size());
        byPartner.forEach((partner, chain) -> {
            Head head = heads.get(partner);
            for (Activity entry : chain) {
                head = link(entry, head, ids.next());
                linked.add(entry);
            }
            heads.put(partner, head);
        });
        ActivityInsert.insert(connection, linked);
        moveHeads(connection, heads);
    }

    /** Makes the entry the chain's next link: the head it leaves behind. */
    private Head link(Activity entry, Head head, long id) {
        entry.id = id;
        entry.chainSeq = head.seq() + 1;
        entry.prevHash = head.hash();
        entry.occurredAt = ActivityHash.storable(entry.occurredAt);
        entry.recordedAt = ActivityHash.storable(clock.instant());
        entry.hash = ActivityHash.of(entry);
        return new Head(entry.chainSeq, entry.hash);
    }

    private static Map<UUID, Head> lockHeads(Connection connection, List<UUID> partners) throws SQLException {
        Map<UUID, Head> heads = new HashMap<>();
        Statements.all(connection, LOCK_HEADS, lock -> {
            lock.setString(1, ActivityHash.GENESIS);
            lock.setArray(2, Statements.array(lock, "uuid", partners));
        }, row -> heads.put(row.getObject(1, UUID.class), new Head(row.getLong(2), row.getString(3))));
        return heads;
    }

    private static List<Long> nextIds(Connection connection, int count) throws SQLException {
        return Statements.all(connection, NEXT_IDS, next -> next.setInt(1, count), row -> row.getLong(1));
    }

    private static void moveHeads(Connection connection, Map<UUID, Head> heads) throws SQLException {
        List<Map.Entry<UUID, Head>> moved = List.copyOf(heads.entrySet());
        Statements.update(connection, MOVE_HEADS, move -> {
            move.setArray(1, Statements.array(move, "uuid", moved.stream().map(Map.Entry::getKey).toList()));
            move.setArray(2, Statements.array(move, "int8", moved.stream().map(head -> head.getValue().seq()).toList()));
            move.setArray(3, Statements.array(move, "text", moved.stream().map(head -> head.getValue().hash()).toList()));
        });
    }

    /** A chain's last link: its position and hash. */
    private record Head(long seq, String hash) {
    }
}
