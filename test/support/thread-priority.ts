// Linux keeps a nice value per thread: field 19 of /proc/<pid>/task/<tid>/stat. The analytics
// workers lower theirs below the thread that answers requests (server/analytics/worker.ts).
import { readdirSync, readFileSync } from 'node:fs';

const niceOf = (stat: string): number => Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16]);

/** How many threads of the process run below its main thread's priority. */
export function threadsBelowMainPriority(pid: number | 'self'): number {
  const main = niceOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  return readdirSync(`/proc/${pid}/task`).filter((tid) => {
    try {
      return niceOf(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) > main;
    } catch {
      return false; // a thread that ended while we looked
    }
  }).length;
}
