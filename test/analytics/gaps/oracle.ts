// Runs scripts/oracle/gaps_oracle.py (networkx) on a request and returns its JSON answer. When
// Python or networkx is missing the test fails with what to install: the oracle is never skipped.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../scripts/oracle/gaps_oracle.py', import.meta.url));

export function oracle<T>(request: Record<string, unknown>): T {
  const run = spawnSync('python3', [SCRIPT], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.error) {
    throw new Error(`networkx oracle: cannot run python3 (${run.error.message}); install Python 3, then pip install networkx`);
  }
  if (run.status === 3) throw new Error(`networkx oracle: ${run.stderr.trim()} — pip install networkx`);
  if (run.status !== 0) throw new Error(`networkx oracle failed (exit ${run.status}): ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as T;
}
