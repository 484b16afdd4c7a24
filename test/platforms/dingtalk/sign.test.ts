import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCallback, sign, signedUrl, SIGN_WINDOW_MS } from '../../../src/platforms/dingtalk/sign.js';

// platforms.md B4: derived vectors, matching two independent third-party test suites.
const TS = '1577262236757';
const VECTORS = [
  { secret: 'this is secret', sign: 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=', encoded: 'hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D' },
  { secret: 'this is a secret', sign: 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=', encoded: 'DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA%3D' },
];

describe('DingTalk sign (platforms.md B4 vectors)', () => {
  it.each(VECTORS)('signs timestamp 1577262236757 with "$secret"', (v) => {
    expect(sign(v.secret, TS)).toBe(v.sign);
    expect(sign(v.secret, Number(TS))).toBe(v.sign);
  });

  it.each(VECTORS)('puts the signature into the custom robot URL encoded exactly once ("$secret")', (v) => {
    const url = signedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc123', v.secret, Number(TS));
    const query = url.split('?')[1]!;
    expect(query).toBe(`access_token=abc123&timestamp=${TS}&sign=${v.encoded}`);
    // Decoding once gives the Base64 back; a second encoding would leave %25 in the URL.
    expect(new URL(url).searchParams.get('sign')).toBe(v.sign);
    expect(url).not.toContain('%25');
  });

  it('leaves the URL unsigned when the robot has no secret', () => {
    expect(signedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', undefined, 1)).toBe('https://oapi.dingtalk.com/robot/send?access_token=abc');
  });

  it('replaces a stale timestamp and sign already in the URL instead of adding a second pair', () => {
    const url = signedUrl(`https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1&sign=old`, 'this is secret', Number(TS));
    const q = new URL(url).searchParams;
    expect(q.getAll('timestamp')).toEqual([TS]);
    expect(q.getAll('sign')).toEqual([VECTORS[0]!.sign]);
  });
});

describe('HTTP callback header check', () => {
  const secret = 'gQ3z-app-secret-for-tests';
  const now = 1_700_000_000_000;
  const headers = (ts: number, s = sign(secret, ts)) => ({ timestamp: String(ts), sign: s });

  it('accepts a correct sign within the hour, either side of now', () => {
    expect(checkCallback(headers(now), secret, now)).toBe('ok');
    expect(checkCallback(headers(now - SIGN_WINDOW_MS + 1), secret, now)).toBe('ok');
    expect(checkCallback(headers(now + SIGN_WINDOW_MS - 1), secret, now)).toBe('ok');
  });

  it('refuses a timestamp more than one hour away even when the sign matches it', () => {
    expect(checkCallback(headers(now - SIGN_WINDOW_MS - 1), secret, now)).toBe('stale');
    expect(checkCallback(headers(now + SIGN_WINDOW_MS + 1), secret, now)).toBe('stale');
  });

  it('refuses a sign made with another secret, for another timestamp, or tampered with', () => {
    expect(checkCallback(headers(now, sign('other secret', now)), secret, now)).toBe('bad-sign');
    expect(checkCallback(headers(now, sign(secret, now - 1)), secret, now)).toBe('bad-sign');
    const good = sign(secret, now);
    expect(checkCallback(headers(now, good.slice(0, -2)), secret, now)).toBe('bad-sign');
    expect(checkCallback(headers(now, `${good}x`), secret, now)).toBe('bad-sign');
  });

  it('refuses missing headers and a timestamp that is not milliseconds', () => {
    expect(checkCallback({ sign: sign(secret, now) }, secret, now)).toBe('missing');
    expect(checkCallback({ timestamp: String(now) }, secret, now)).toBe('missing');
    expect(checkCallback({ timestamp: `${now}abc`, sign: 'x' }, secret, now)).toBe('bad-timestamp');
    expect(checkCallback({ timestamp: '1e12', sign: 'x' }, secret, now)).toBe('bad-timestamp');
  });

  it('uses the same formula the raw HMAC gives', () => {
    const expected = createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64');
    expect(checkCallback({ timestamp: String(now), sign: expected }, secret, now)).toBe('ok');
  });
});
