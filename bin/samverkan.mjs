#!/usr/bin/env node
// `npx samverkan <command>`: runs the CLI's TypeScript (server/cli/main.ts) through tsx, as
// `npm start` runs the server, so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
