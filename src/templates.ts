// All text a person reads in chat lives in templates/messages/*.md (mustache). A template may
// have a per-platform variant, name.wecom.md or name.dingtalk.md, used in preference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { parse as parseYaml } from 'yaml';

export type TemplateData = Record<string, unknown>;

export class Templates {
  private sources = new Map<string, string>();
  private tables = new Map<string, Record<string, string>>();
  /** Goes up with every reload, so text rendered earlier can tell it is out of date. */
  version = 0;

  constructor(readonly dir: string) {
    this.reload();
  }

  reload(): void {
    const next = new Map<string, string>();
    const tables = new Map<string, Record<string, string>>();
    for (const file of readdirSync(this.dir)) {
      if (file.endsWith('.yaml')) {
        // commands.yaml and commands.progress.yaml both feed strings('commands'): one file per feature.
        const table = file.slice(0, -5).split('.')[0]!;
        const entries = (parseYaml(readFileSync(join(this.dir, file), 'utf8')) ?? {}) as Record<string, string>;
        tables.set(table, { ...tables.get(table), ...entries });
        continue;
      }
      if (!file.endsWith('.md')) continue;
      const text = readFileSync(join(this.dir, file), 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');
      Mustache.parse(text); // fail at load time, with the file name, rather than mid-conversation
      next.set(file.slice(0, -3), text);
    }
    this.sources = next;
    this.tables = tables;
    this.version++;
  }

  /** A name → text table from templates/messages/<name>.yaml and <name>.*.yaml (e.g. command descriptions). */
  strings(name: string): Record<string, string> {
    return this.tables.get(name) ?? {};
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  names(): string[] {
    return [...this.sources.keys()];
  }

  /** Render a template; chat text is not HTML, so nothing is escaped. Blank-line runs collapse. */
  render(name: string, data: TemplateData = {}, platform?: string): string {
    const source = (platform && this.sources.get(`${name}.${platform}`)) ?? this.sources.get(name);
    if (source === undefined) throw new Error(`missing template templates/messages/${name}.md`);
    return Mustache.render(source, data, undefined, { escape: (s: string) => s })
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}
