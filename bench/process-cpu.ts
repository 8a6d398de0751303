// CPU time of another process (the Neo4j JVM a bench talks to), so a bench can report the
// server's share of the work next to its own.
import { readFileSync } from 'node:fs';

/** CPU milliseconds a process has used so far (Linux /proc), or null where that cannot be read. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks, 100 a second on Linux.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
