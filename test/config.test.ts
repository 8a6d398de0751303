import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadCliConfig, loadConfig } from '../server/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded store on loopback port 8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', seed: 'auto', store: { kind: 'embedded', file: './data/samverkan.db' } });
    expect(config.rateLimits.heavyPerMinute).toBeLessThan(config.rateLimits.perMinute);
    expect(config.keys).toEqual([]);
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

describe('API keys', () => {
  const long = (c: string) => c.repeat(20);

  it('reads named keys with roles and mappings, next to SAMVERKAN_API_KEY named default', () => {
    const config = loadConfig({
      SAMVERKAN_API_KEY: long('d'),
      SAMVERKAN_API_KEYS: ` reader:${long('r')}:read:trollhattan-2019|vanersborg , ops:${long('o')}:admin,editor:${long('e')}`,
    });
    expect(config.keys).toEqual([
      { name: 'default', key: long('d'), role: 'write', mappings: [] },
      { name: 'reader', key: long('r'), role: 'read', mappings: ['trollhattan-2019', 'vanersborg'] },
      { name: 'ops', key: long('o'), role: 'admin', mappings: [] },
      { name: 'editor', key: long('e'), role: 'write', mappings: [] },
    ]);
    expect(config.host).toBe('0.0.0.0');
  });

  it.each([
    [`reader`, /entry 'reader' needs a key/],
    [`reader:${'r'.repeat(15)}`, /entry 'reader' needs a key of at least 16 characters/],
    [`:${long('k')}`, /entry number 1 needs a name/],
    [`a:${long('a')},b c:${long('b')}`, /entry number 2 needs a name/],
    [`ops:${long('o')}:root`, /entry 'ops' has the role 'root'; roles are read, write, admin/],
    [`ops:${long('o')}:admin:Not A Slug`, /entry 'ops' has a mapping that is not a lowercase slug/],
    [`ops:${long('o')}:admin:m:extra`, /entry 'ops' is not name:key/],
    [`ops:${long('o')},,x:${long('x')}`, /entry number 2 is not/],
    [`ops:${long('o')},ops:${long('p')}`, /the name 'ops' is given twice/],
    [`ops:${long('o')},other:${long('o')}`, /the key of 'other' is also another entry's key/],
  ])('refuses SAMVERKAN_API_KEYS=%s naming the variable and never the key', (value, message) => {
    expect(() => loadConfig({ SAMVERKAN_API_KEYS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ SAMVERKAN_API_KEYS: value })).toThrow(/SAMVERKAN_API_KEYS/);
    expect(() => loadConfig({ SAMVERKAN_API_KEYS: value })).toThrow(message);
    try {
      loadConfig({ SAMVERKAN_API_KEYS: value });
    } catch (error) {
      expect(String(error)).not.toMatch(/(.)\1{14}/); // no key (a run of one repeated character) in the message
    }
  });

  it('refuses a key named default next to SAMVERKAN_API_KEY', () => {
    expect(() => loadConfig({ SAMVERKAN_API_KEY: long('d'), SAMVERKAN_API_KEYS: `default:${long('x')}` })).toThrow(
      /'default' is given twice \(SAMVERKAN_API_KEY/,
    );
  });

  it('reads allowed host names and refuses anything else', () => {
    expect(loadConfig({ SAMVERKAN_ALLOWED_HOSTS: 'samverkan.example.org,intranet' }).allowedHosts).toEqual([
      'samverkan.example.org',
      'intranet',
    ]);
    expect(() => loadConfig({ SAMVERKAN_ALLOWED_HOSTS: 'https://samverkan.example.org' })).toThrow(/SAMVERKAN_ALLOWED_HOSTS/);
    expect(() => loadConfig({ SAMVERKAN_ALLOWED_HOSTS: 'a.example:8080' })).toThrow(/SAMVERKAN_ALLOWED_HOSTS/);
  });
});

describe('loadCliConfig', () => {
  it('reads the server the CLI talks to, and refuses a URL that is not http(s) naming the variable', () => {
    expect(loadCliConfig({})).toEqual({ url: undefined, key: undefined });
    expect(loadCliConfig({ SAMVERKAN_URL: ' http://127.0.0.1:8080 ', SAMVERKAN_KEY: 'k' })).toEqual({
      url: 'http://127.0.0.1:8080',
      key: 'k',
    });
    expect(() => loadCliConfig({ SAMVERKAN_URL: 'ftp://example.org' })).toThrow(/SAMVERKAN_URL: must be an http/);
  });
});

describe('the README', () => {
  it('documents every variable the config module reads, in its configuration table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
