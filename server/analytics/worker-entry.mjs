// Entry of the analytics worker threads (worker-pool.ts). Registers tsx's loader in this thread
// so it can import TypeScript — on Node 20, `execArgv: ['--import', 'tsx']` does not reach a
// worker's module loader — then hands over to worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
