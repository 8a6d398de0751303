// Runs scripts/oracle/gaps_oracle.py (networkx) on a request and returns its JSON answer. When
// Python or networkx is missing the test fails with what to install: the oracle is never skipped.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { python, PYTHON_INSTALL_HINT } from '../../../scripts/python.mjs';

const SCRIPT = fileURLToPath(new URL('../../../scripts/oracle/gaps_oracle.py', import.meta.url));

export function oracle<T>(request: Record<string, unknown>): T {
  const run = spawnSync(python(), [SCRIPT], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.error) {
    throw new Error(`networkx oracle: cannot run ${python()} (${run.error.message}); ${PYTHON_INSTALL_HINT}`);
  }
  if (run.status === 3) throw new Error(`networkx oracle: ${run.stderr.trim()} — ${PYTHON_INSTALL_HINT}`);
  if (run.status !== 0) throw new Error(`networkx oracle failed (exit ${run.status}): ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as T;
}
