// Runs scripts/oracle/networkx_oracle.py on a graph and returns what networkx computes, so the
// tests compare against networkx itself at test time (nothing copied, nothing to drift). Missing
// Python or networkx is a test failure that says what to install, never a skip.
import type { StructureSummary } from '../../server/analytics/structure/summary.ts';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AnyGraph } from '../../server/analytics/kernel/csr.ts';
import { python as projectPython, PYTHON_INSTALL_HINT } from '../../scripts/python.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/oracle/networkx_oracle.py', import.meta.url));

export type Values = Record<string, number | null>;

export interface OracleMeasures {
  degree: Values;
  degreeByType: Record<string, Values>;
  betweenness: Values;
  betweennessRaw: Values;
  betweennessSampled?: Values;
  harmonic: Values;
  eigenvector: Values | { error: string };
  pagerank: Values;
  core: Values;
  constraint: Values;
  clustering: Values;
  louvainModularity?: number;
  isPartition?: boolean;
  modularity?: number | null;
}

export interface OracleResult {
  networkx: string;
  unweighted: OracleMeasures;
  weighted: OracleMeasures;
  structure: StructureSummary;
}

export interface OracleExtras {
  betweennessSources?: string[] | null;
  partitions?: { unweighted: Record<string, number>; weighted: Record<string, number> };
  resolution?: number;
  seed?: number;
}

export function oracleInput(graph: AnyGraph, extras: OracleExtras = {}): string {
  const edges = graph.mapEdges((_edge, attr, source, target) => [
    source,
    target,
    attr.weight ?? 1,
    attr.distance ?? 1 / (attr.weight ?? 1),
    attr.types ?? [],
  ]);
  const types = ['internal', 'state', 'civil_society', 'business'];
  return JSON.stringify({ nodes: graph.nodes(), edges, types, eigenvectorMaxIter: 1000, ...extras });
}

export interface OracleRunner {
  /** The interpreter; the project's (scripts/python.mjs) by default. */
  python?: string;
  /** Arguments before the script (tests pass -S to hide site-packages). */
  pythonArgs?: string[];
}

export function networkxOracle(graph: AnyGraph, extras: OracleExtras = {}, runner: OracleRunner = {}): Promise<OracleResult> {
  return new Promise((resolve, reject) => {
    const python = runner.python ?? projectPython();
    const child = spawn(python, [...(runner.pythonArgs ?? []), SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => reject(new Error(`networkx oracle: cannot run ${python} (${error.message}); ${PYTHON_INSTALL_HINT}`)));
    child.stdin.on('error', () => undefined); // a child that died early: reported by 'error' or 'close'
    child.on('close', (code) => {
      if (code === 0) return resolve(JSON.parse(stdout) as OracleResult);
      const missing = /ModuleNotFoundError|No module named/.test(stderr);
      reject(
        new Error(
          missing
            ? `networkx oracle: networkx or scipy is missing; ${PYTHON_INSTALL_HINT}\n${stderr}`
            : `networkx oracle failed (exit ${code}):\n${stderr}`,
        ),
      );
    });
    child.stdin.end(oracleInput(graph, extras));
  });
}
