import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded store on loopback port 8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', seed: 'auto', store: { kind: 'embedded', file: './data/samverkan.db' } });
    expect(config.apiKey).toBeUndefined();
  });

  it('uses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'neo4j' });
    expect(config.store).toEqual({ kind: 'neo4j', uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'secret', database: 'neo4j' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ SAMVERKAN_API_KEY: 'short' }, 'SAMVERKAN_API_KEY'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ HOST: 'not a host' }, 'HOST'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SAMVERKAN_SEED: 'sometimes' }, 'SAMVERKAN_SEED'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it('binds beyond loopback only with a key, or when open writes are allowed explicitly', () => {
    expect(loadConfig({ SAMVERKAN_API_KEY: 'a-long-enough-key-123' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0', SAMVERKAN_ALLOW_OPEN_WRITES: 'true' }).host).toBe('0.0.0.0');
  });
});
