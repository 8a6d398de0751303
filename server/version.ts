import { readFileSync } from 'node:fs';

/** The version in package.json, reported by /health and the OpenAPI document. */
export const SAMVERKAN_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
