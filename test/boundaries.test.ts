// Keeps the import boundaries of docs/architecture.md (Boundaries) true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const DRIVERS = ['mongoose', 'better-sqlite3', 'mongodb'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    out.push(spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec);
  }
  return out;
}

const pkg = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

interface Rule {
  folder: string;
  forbid: (spec: string, self: string) => string | null;
}

// Relative imports were resolved to src-relative paths ending in .ts; package names never do.
const isLocal = (s: string) => s.endsWith('.ts');

const rules: Rule[] = [
  {
    folder: 'knowledge',
    forbid: (s) =>
      ['koa', '@koa/router', '@koa/bodyparser', 'node-cron', ...DRIVERS].includes(pkg(s)) ? 'a framework or driver' : s.startsWith('platforms/') ? 'a platform' : null,
  },
  {
    folder: 'progress',
    forbid: (s) =>
      ['koa', '@koa/router', '@koa/bodyparser', 'node-cron', ...DRIVERS].includes(pkg(s)) ? 'a framework or driver' : s.startsWith('platforms/') ? 'a platform' : null,
  },
  {
    folder: 'conversation',
    forbid: (s) =>
      ['koa', '@koa/router', ...DRIVERS].includes(pkg(s))
        ? 'a framework or driver'
        : /^platforms\/(wecom|dingtalk)\//.test(s)
          ? 'a platform folder'
          : /^(bulletins|http|store\/(sqlite|mongo)|wiring)\b/.test(s)
            ? 'a folder above it'
            : null,
  },
  {
    folder: 'bulletins',
    forbid: (s) =>
      ['koa', '@koa/router', ...DRIVERS].includes(pkg(s))
        ? 'a framework or driver'
        : /^(http|conversation|knowledge|wiring|store\/(sqlite|mongo))\b/.test(s) || /^platforms\/(wecom|dingtalk)\//.test(s)
          ? 'a folder outside its allowance'
          : null,
  },
  ...(['wecom', 'dingtalk'] as const).map(
    (p): Rule => ({
      folder: `platforms/${p}`,
      forbid: (s) => (DRIVERS.includes(pkg(s)) ? 'a driver' : isLocal(s) && !s.startsWith(`platforms/${p}/`) && s !== 'platforms/types.ts' ? 'code outside its folder' : null),
    }),
  ),
];

describe('import boundaries (docs/architecture.md)', () => {
  const all = files(SRC);

  it('only store/sqlite.ts and store/mongo.ts import a database driver', () => {
    const offenders = all.flatMap((f) => {
      const rel = relative(SRC, f);
      if (/^store\/(sqlite|mongo)(-[\w-]+)?\.ts$/.test(rel)) return [];
      return imports(f).filter((s) => DRIVERS.includes(pkg(s))).map((s) => `${rel} imports ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('store implementations import only their driver, store/types.ts and their own parts', () => {
    for (const impl of ['sqlite', 'mongo']) {
      const own = all.map((f) => relative(SRC, f)).filter((rel) => rel === `store/${impl}.ts` || rel.startsWith(`store/${impl}-`));
      for (const rel of own) {
        const local = imports(join(SRC, rel)).filter((s) => s.endsWith('.ts'));
        const stray = local.filter((s) => s !== 'store/types.ts' && !s.startsWith(`store/${impl}-`));
        expect(stray, rel).toEqual([]);
      }
    }
  });

  for (const rule of rules) {
    it(`${rule.folder}/ keeps to its allowance`, () => {
      const offenders = all
        .filter((f) => relative(SRC, f).startsWith(`${rule.folder}/`))
        .flatMap((f) => imports(f).flatMap((s) => {
          const why = rule.forbid(s, relative(SRC, f));
          return why ? [`${relative(SRC, f)} imports ${s} (${why})`] : [];
        }));
      expect(offenders).toEqual([]);
    });
  }

  it('reads process.env only in config.ts', () => {
    const offenders = all.filter((f) => !f.endsWith('config.ts') && /process\.env\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('catches a violation (the scanner itself works)', () => {
    expect(rules[0]!.forbid('mongoose', 'knowledge/x.ts')).toBeTruthy();
    expect(rules.find((r) => r.folder === 'platforms/wecom')!.forbid('platforms/dingtalk/send.ts', '')).toBeTruthy();
    expect(rules.find((r) => r.folder === 'platforms/wecom')!.forbid('platforms/types.ts', '')).toBeNull();
  });
});
