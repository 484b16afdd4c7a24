// The model client against a local OpenAI-compatible stand-in: replies, timeouts, errors, garbage,
// the concurrency limit and the circuit that pauses calls after repeated failures.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, secretValues } from '../../src/config.js';
import { ModelClient, ModelError } from '../../src/knowledge/model-client.js';
import { startStandin, type Standin } from './model-standin.js';

const user = [{ role: 'user' as const, content: '你好' }];

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ModelError);
    return (err as ModelError).kind;
  }
  throw new Error('expected a ModelError');
}

describe('model client', () => {
  let s: Standin;
  let clock = new Date('2026-11-20T02:00:00Z');
  const client = (extra: Partial<ConstructorParameters<typeof ModelClient>[0]> = {}) =>
    new ModelClient({ baseUrl: s.baseUrl, apiKey: 'sk-test-123', model: 'qwen-test', timeoutMs: 300, now: () => clock, ...extra });

  beforeAll(async () => {
    s = await startStandin();
  });
  afterAll(() => s.close());
  beforeEach(() => {
    s.requests.length = 0;
    clock = new Date('2026-11-20T02:00:00Z');
  });

  it('posts the model, the messages and the key to <base>/chat/completions and returns the reply text', async () => {
    s.script(() => ({ reply: '{"item": null}' }));
    const c = client();
    expect(await c.complete(user)).toBe('{"item": null}');
    expect(s.requests[0]!.path).toBe('/v1/chat/completions');
    expect(s.requests[0]!.headers.authorization).toBe('Bearer sk-test-123');
    expect(s.requests[0]!.body).toMatchObject({ model: 'qwen-test', messages: user, temperature: 0 });
    expect(c.health()).toMatchObject({ lastSuccess: clock.toISOString(), lastFailure: null });
  });

  it('sends no authorization header when no key is configured (a local server)', async () => {
    s.script(() => ({ reply: 'ok' }));
    await client({ apiKey: undefined }).complete(user);
    expect(s.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('names each failure: timeout, HTTP status, a body that is not a completion', async () => {
    s.script(() => ({ reply: 'late', delayMs: 1000 }));
    expect(await failure(client().complete(user))).toBe('timeout');
    s.script(() => ({ status: 500 }));
    expect(await failure(client().complete(user))).toBe('http');
    s.script(() => ({ status: 401 }));
    expect(await failure(client().complete(user))).toBe('http');
    s.script(() => ({ raw: '<html>gateway</html>' }));
    expect(await failure(client().complete(user))).toBe('malformed');
    s.script(() => ({ raw: '{"choices": []}' }));
    expect(await failure(client().complete(user))).toBe('malformed');
  });

  it('refuses a call beyond the concurrency limit at once, without counting it against the endpoint', async () => {
    s.script(() => ({ reply: 'slow', delayMs: 150 }));
    const c = client({ maxConcurrent: 2, failuresToOpen: 1 });
    const calls = [c.complete(user), c.complete(user), c.complete(user)];
    const settled = await Promise.allSettled(calls);
    expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(((settled[2] as PromiseRejectedResult).reason as ModelError).kind).toBe('busy');
    expect(s.requests).toHaveLength(2);
    expect(c.health().circuitOpenUntil).toBeNull();
  });

  it('opens the circuit after repeated failures, makes no call while open, and closes after the pause', async () => {
    s.script(() => ({ status: 503 }));
    const c = client({ failuresToOpen: 3, openMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(await failure(c.complete(user))).toBe('http');
    expect(c.health().circuitOpenUntil).toBe(new Date(clock.getTime() + 60_000).toISOString());
    expect(await failure(c.complete(user))).toBe('circuit-open');
    expect(s.requests).toHaveLength(3);
    // While paused, no holding reply ("正在查找…") is worth sending: ready() says so.
    expect(c.ready()).toBe(false);
    clock = new Date(clock.getTime() + 61_000);
    expect(c.ready()).toBe(true);
    s.script(() => ({ reply: 'back' }));
    expect(await c.complete(user)).toBe('back');
    expect(c.health()).toMatchObject({ circuitOpenUntil: null, lastSuccess: clock.toISOString(), lastFailureKind: 'http' });
  });

  it('a success between failures resets the count', async () => {
    const c = client({ failuresToOpen: 2 });
    s.script(() => ({ status: 500 }));
    await failure(c.complete(user));
    s.script(() => ({ reply: 'ok' }));
    await c.complete(user);
    s.script(() => ({ status: 500 }));
    await failure(c.complete(user));
    expect(c.health().circuitOpenUntil).toBeNull();
  });
});

describe('model configuration', () => {
  const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });

  it('is off by default, with an 8 s timeout, and needs a model name once a base URL is set', () => {
    const c = load({});
    expect(c.LLM_BASE_URL).toBeUndefined();
    expect(c.LLM_TIMEOUT_MS).toBe(8000);
    expect(() => load({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL/);
    expect(load({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5', LLM_USE: 'qa' })).toMatchObject({ LLM_MODEL: 'qwen2.5', LLM_USE: 'qa' });
    expect(() => load({ LLM_USE: 'everything' })).toThrow(/LLM_USE/);
  });

  it('treats the API key as a secret', () => {
    const c = load({ LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'm', LLM_API_KEY: 'sk-very-secret' });
    expect(c.secretKeys).toContain('LLM_API_KEY');
    expect(secretValues(c)).toContain('sk-very-secret');
  });
});
