import { useState } from 'react';
import { api, type ActivityQuery } from '../api';
import { dateTime } from '../format';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { save } from './ActivityLogScreen';

/**
 * "Which users accessed": for the chosen days, each user who read a product key, made a download link or downloaded
 * software, with how often and when last; the same figures as a CSV file of their own.
 */
export function ActivityUsers({ period, days }: { period: ActivityQuery; days: string }) {
  const users = useAsync(() => api.activityUsers(period), [period.from, period.to]);
  const [exportError, setExportError] = useState<Error>();
  const exportCsv = async () => {
    setExportError(undefined);
    try {
      save(await api.activityUsersCsv(period), `activity-users-${days}.csv`);
    } catch (e) {
      setExportError(e as Error);
    }
  };

  return (
    <section aria-labelledby="activity-users" className="card">
      <h2 id="activity-users">Which users accessed</h2>
      <p className="muted">Everyone who read a product key, made a download link or downloaded software in the period.</p>
      <Loaded state={users} what="who accessed keys and downloads"
        empty={(list) => list.length === 0 && 'Nobody accessed keys or downloaded software in this period.'}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Which users accessed keys and downloads</caption>
            <thead>
              <tr><th scope="col">User</th><th scope="col">Key reads</th><th scope="col">Links created</th><th scope="col">Downloads</th><th scope="col">Last activity</th></tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={`${u.userTenantId}/${u.userName}`} data-testid="activity-user" data-user={u.userName}>
                  <th scope="row" data-label="User">{u.userName}</th>
                  <td data-label="Key reads" data-testid="key-reads">{u.keyAccesses}</td>
                  <td data-label="Links created">{u.downloadLinksCreated}</td>
                  <td data-label="Downloads">{u.downloads}</td>
                  <td data-label="Last activity">{dateTime(u.lastActivityAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
      <button type="button" className="secondary" onClick={exportCsv}>Export users CSV</button>
      {exportError && <ErrorMessage error={exportError} />}
    </section>
  );
}
