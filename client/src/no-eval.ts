// The server's Content-Security-Policy forbids eval (server/plugins/security-headers.ts). zod
// probes for it with `new Function` the first time it parses an object, and the browser reports
// even a caught probe as a violation; jitless mode skips the probe (and zod's generated parsers,
// which the forms' small objects do not miss). Imported first by main.ts, before anything parses.
import { z } from 'zod';

z.config({ jitless: true });
