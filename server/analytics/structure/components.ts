// Connected components and isolates: which groups of actors can reach each other at all, and
// which actors have no tie in the current view. Components come largest first (ties broken by
// their first member in graph order); members keep graph order. Isolates are sorted by id.
import type { Csr } from '../kernel/csr.ts';
import { structureCsr, type StructureOptions } from './options.ts';

/** Component index per node, numbered largest first. */
export function componentKernel(csr: Csr): Int32Array {
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (label[root] !== -1) continue;
    const c = sizes.length;
    label[root] = c;
    queue[0] = root;
    let count = 1;
    for (let head = 0; head < count; head++) {
      const v = queue[head]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = targets[a]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[count++] = w;
        }
      }
    }
    sizes.push(count);
  }
  // Renumber by size, largest first; the sort is stable, so equal sizes keep discovery order.
  const bySize = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]!);
  const rank = new Int32Array(sizes.length);
  bySize.forEach((c, r) => {
    rank[c] = r;
  });
  for (let v = 0; v < n; v++) label[v] = rank[label[v]!]!;
  return label;
}

export function componentsOfCsr(csr: Csr): string[][] {
  const label = componentKernel(csr);
  const out: string[][] = [];
  for (let v = 0; v < label.length; v++) {
    const c = label[v]!;
    out[c] ??= [];
    out[c].push(csr.nodes[v]!);
  }
  return out;
}

export function isolatesOfCsr(csr: Csr): string[] {
  const out: string[] = [];
  for (let v = 0; v < csr.nodes.length; v++) if (csr.offsets[v] === csr.offsets[v + 1]) out.push(csr.nodes[v]!);
  return out.sort();
}

export function components(graph: unknown, options?: StructureOptions): string[][] {
  return componentsOfCsr(structureCsr(graph, 'components', options));
}

export function isolates(graph: unknown, options?: StructureOptions): string[] {
  return isolatesOfCsr(structureCsr(graph, 'isolates', options));
}
