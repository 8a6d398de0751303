// There is no Docker engine on the build machines, so docker-compose.yml is checked statically
// against the config module: the names and ports it uses must be the ones the app reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../server/config.ts';

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Service>;
};
const { neo4j, api } = compose.services;

/** What compose would substitute for ${VAR:-default} with nothing set in the shell. */
function interpolate(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a healthcheck', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('RETURN 1');
    expect(neo4j?.ports).toContain('127.0.0.1:7687:7687');
  });

  it('starts the API after Neo4j is healthy', () => {
    expect(api?.build).toBe('.');
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8')).toContain('server/main.ts');
  });

  it('uses only environment variables the config module knows', () => {
    const unknown = Object.keys(api?.environment ?? {}).filter((name) => !CONFIG_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
  });

  it('gives the API a configuration the config module accepts, pointing at the neo4j service', () => {
    const env = Object.fromEntries(Object.entries(api?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));
    const config = loadConfig(env);
    expect(config.store.kind).toBe('neo4j');
    if (config.store.kind !== 'neo4j') return;
    const uri = new URL(config.store.uri.replace(/^bolt/, 'http'));
    expect(uri.hostname).toBe('neo4j');
    expect(neo4j?.ports?.some((p) => p.endsWith(`:${uri.port}`))).toBe(true);
    expect(interpolate(neo4j?.environment?.NEO4J_AUTH ?? '')).toBe(`${config.store.user}/${config.store.password}`);
    expect(api?.ports).toContain(`127.0.0.1:${config.port}:${config.port}`);
  });
});
