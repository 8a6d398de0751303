// The camera a link carries (issue #12: a shared link reproduces the picture): sigma's camera
// state, in the framed graph's coordinates, so the same data in a map of the same size shows the
// same picture. Rounded, so a link stays short and sender and receiver draw the very same state.

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Decimals kept: a ten-thousandth of the map's width, under a pixel at every zoom but the deepest. */
const DECIMALS = 4;

const rounded = (n: number): number => Number(n.toFixed(DECIMALS));

export function roundCamera(camera: CameraView): CameraView {
  return { x: rounded(camera.x), y: rounded(camera.y), ratio: rounded(camera.ratio) };
}

export function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio);
}

/** `x,y,ratio`; anything else (a word, an infinity, a ratio not above zero) is no camera. */
export function parseCamera(raw: string | null): CameraView | null {
  const parts = raw?.split(',') ?? [];
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [x, y, ratio] = parts.map(Number) as [number, number, number];
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return roundCamera({ x, y, ratio });
}

export function formatCamera(camera: CameraView): string {
  const c = roundCamera(camera);
  return `${c.x},${c.y},${c.ratio}`;
}
