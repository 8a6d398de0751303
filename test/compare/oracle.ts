// Runs scripts/oracle/compare_oracle.py on two rounds written to files (a snapshot or the
// /api/graph format each) and returns its independent answer. Missing Python or networkx fails
// the test with what to install: the oracle is never skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { python, PYTHON_INSTALL_HINT } from '../../scripts/python.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/oracle/compare_oracle.py', import.meta.url));

type Pair<T> = { from: T; to: T };
type Figure = number | null;
export interface OracleFigures {
  actors: number;
  ties: number;
  density: Figure;
  eiIndex: Figure;
  cells: Record<string, { ties: number; possiblePairs: number; density: Figure; relativeDensity: Figure }>;
  sectors: Record<string, Record<'actors' | 'meanDegree' | 'tieShare' | 'eiIndex' | 'reachGapShare', Figure>>;
}
export interface OracleMovers {
  risers: [string, number, number, number][];
  fallers: [string, number, number, number][];
  entered: [string, number][];
  exited: [string, number][];
}
type Shares = Record<string, { total: number; realised: number; share: number }>;
export interface CompareOracle {
  ties: {
    new: string[];
    ended: [string, string, string][];
    reRecorded: [string, string][];
    statusChanged: [string, string, string, string][];
    attributesChanged: [string, Record<'areas' | 'forms' | 'strength', [unknown, unknown] | null>][];
    unchanged: number;
  };
  roster: Record<'actorsJoined' | 'actorsLeft' | 'sectorChanged' | 'forumsJoined' | 'forumsLeft', string[]> &
    Record<'membershipsJoined' | 'membershipsLeft', [string, string][]>;
  figures: Pair<OracleFigures>;
  centrality: { degree: OracleMovers; betweenness: OracleMovers };
  wishes: {
    declared: [string, string, string | null, string | null][];
    declaredByPair: Shares;
    predicted: [string, string, string, string | null, number][];
    predictedByPair: Shares;
    overallByPair: Shares;
  };
}

export function compareOracle(from: unknown, to: unknown, predicted: [string, string][], top: number): CompareOracle {
  const dir = mkdtempSync(join(tmpdir(), 'compare-oracle-'));
  try {
    const file = (name: string, value: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const args = [SCRIPT, file('from.json', from), file('to.json', to), '--predicted', file('pairs.json', predicted), '--top', String(top)];
    const run = spawnSync(python(), args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.error) throw new Error(`compare oracle: cannot run ${python()} (${run.error.message}); ${PYTHON_INSTALL_HINT}`);
    if (run.status === 3) throw new Error(`compare oracle: ${run.stderr.trim()} — ${PYTHON_INSTALL_HINT}`);
    if (run.status !== 0) throw new Error(`compare oracle failed (exit ${run.status}): ${run.stderr.trim()}`);
    return JSON.parse(run.stdout) as CompareOracle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
