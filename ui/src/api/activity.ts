// audit-service: the partner's activity log, "which users accessed", their CSV exports and the log's verification.
// Each call names its operation in openapi/audit-service.json.

import type { operations } from './generated/audit-service';
import { blob, json, page, query, type Answer, type Item } from './transport';

type Op = operations;

/** A period and the log's filters, as the activity log's screens ask for them. */
export type ActivityQuery = Required<Pick<ListQuery, 'from' | 'to'>> & Pick<ListQuery, 'type' | 'customerId' | 'user'>;
type ListQuery = NonNullable<Op['listActivity']['parameters']['query']>;

export const activity = {
  activityLog: async (q: ActivityQuery, cursorUrl?: string) => {
    const { items, next } = await page<Item<Op['listActivity']>>(cursorUrl ?? `/v1/activity-log${query({ ...q, limit: '100' })}`);
    return { entries: items, next };
  },
  activityLogVerify: (q: ActivityQuery) =>
    json<Answer<Op['verifyActivityLog']>>(`/v1/activity-log/verify${query({ from: q.from, to: q.to })}`),
  activityLogCsv: (q: ActivityQuery) => blob(`/v1/activity-log/export${query({ ...q })}`, 'text/csv'),
  activityUsers: (q: ActivityQuery) =>
    json<Answer<Op['listActivityUsers']>>(`/v1/activity-log/users${query({ from: q.from, to: q.to })}`),
  activityUsersCsv: (q: ActivityQuery) => blob(`/v1/activity-log/export/users${query({ from: q.from, to: q.to })}`, 'text/csv'),
};
