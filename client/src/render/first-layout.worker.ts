// The first layout's worker: runs computeFirstLayout (first-layout.ts) off the main thread.
import { computeFirstLayout, type FirstLayoutRequest } from './first-layout.ts';

self.onmessage = (event: MessageEvent<FirstLayoutRequest>) => {
  const result = computeFirstLayout(event.data);
  (self as unknown as Worker).postMessage(result, [result.xs.buffer, result.ys.buffer]);
};
