package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a partner's log: a page at a time (keyset paging), the users behind key reads and downloads, or all of it. */
@ApplicationScoped
public class ActivitySearch {

    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";
    private static final int EXPORT_BATCH = 2_000;

    @Inject
    ActivityRows rows;

    /** The page after {@code after}, or the first page when it is null. */
    public ActivityPage page(ActivityQuery query, ActivityPage.Position after, int size) {
        long snapshot = after != null ? after.snapshotSeq() : chainLength(query.partnerTenantId());
        StringBuilder sql = new StringBuilder("select " + ActivityRows.COLUMNS + " from activity where ")
                .append(query.condition()).append(" and chain_seq <= ?");
        List<Object> parameters = new ArrayList<>(query.parameters());
        parameters.add(snapshot);
        if (after != null) {
            // the first condition bounds the index range; the second skips the entries of that instant already read
            sql.append(" and occurred_at <= ? and (occurred_at < ? or id < ?)");
            parameters.addAll(List.of(after.occurredAt(), after.occurredAt(), after.id()));
        }
        sql.append(NEWEST_FIRST).append(" limit ?");
        parameters.add(size + 1);
        List<Activity> found = rows.list(sql.toString(), parameters, ActivityRows::entry);
        if (found.size() <= size) {
            return new ActivityPage(found, null);
        }
        Activity last = found.get(size - 1);
        return new ActivityPage(found.subList(0, size), new ActivityPage.Position(last.occurredAt, last.id, snapshot));
    }

    /**
     * Every entry the query matches, newest first, fit for millions of rows: read a batch at a time along the same
     * index as the pages (one query for all would be planned as a scan and sort of the whole set, so a ten-million
     * entry export would wait a minute for its first row). Like paging, it sees the log as it was when it started.
     */
    public void each(ActivityQuery query, EntrySink sink) {
        ActivityPage.Position after = null;
        do {
            ActivityPage batch = page(query, after, EXPORT_BATCH);
            for (Activity entry : batch.entries()) {
                try {
                    if (!sink.accept(entry)) {
                        return;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            after = batch.next();
        } while (after != null);
    }

    /** The document's question: who accessed keys or downloaded software in the period, most recent first. */
    public List<UserActivity> users(ActivityQuery period) {
        String sql = "select user_name, user_tenant_id,"
                + " count(*) filter (where activity_type = 'KEY_ACCESSED') as key_accesses,"
                + " count(*) filter (where activity_type = 'DOWNLOAD_LINK_CREATED') as links,"
                + " count(*) filter (where activity_type = 'SOFTWARE_DOWNLOADED') as downloads,"
                + " max(occurred_at) as last_at"
                + " from activity where " + period.condition()
                + " and activity_type in ('KEY_ACCESSED', 'DOWNLOAD_LINK_CREATED', 'SOFTWARE_DOWNLOADED')"
                + " group by user_name, user_tenant_id order by last_at desc, user_name";
        return rows.list(sql, period.parameters(), row -> new UserActivity(row.getString("user_name"),
                row.getObject("user_tenant_id", UUID.class), row.getLong("key_accesses"), row.getLong("links"),
                row.getLong("downloads"), ActivityRows.instant(row, "last_at")));
    }

    private long chainLength(UUID partner) {
        List<Long> length = rows.list("select last_seq from activity_chain where partner_tenant_id = ?", List.of(partner),
                row -> row.getLong(1));
        return length.isEmpty() ? 0 : length.get(0);
    }
}
