// Seeded randomness for the analytics that sample or shuffle (sampled betweenness, Louvain), so
// the same request on the same graph always gives the same answer.

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct indices from 0 .. n-1 (partial Fisher–Yates), in the order drawn. */
export function sampleIndices(n: number, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 0 || k > n) throw new Error(`sampleIndices: k must be an integer in 0..${n}, got ${k}`);
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const x = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = x;
  }
  return pool.slice(0, k);
}
