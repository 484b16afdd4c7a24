// Prints the configuration table of docs/configuration.md and .env.example from the one config schema, so neither
// can drift from what the code reads. Usage: tsx scripts/config-table.ts [--env]
import { envSchema } from '../src/config.js';

const rows = Object.entries(envSchema.shape).map(([key, schema]) => {
  const meta = (schema.meta() ?? {}) as { secret?: boolean };
  const def = (schema as unknown as { def: { defaultValue?: unknown } }).def.defaultValue;
  return { key, secret: !!meta.secret, def: def === undefined ? '' : String(def), text: schema.description ?? '' };
});

if (process.argv.includes('--env')) {
  console.log('# Every variable 换届助手 reads. Copy to .env (never commit it) and fill in what you use.');
  for (const r of rows) {
    console.log(`\n# ${r.text}${r.secret ? ' (secret)' : ''}`);
    console.log(`${r.def ? '' : '# '}${r.key}=${r.def}`);
  }
} else {
  console.log('| variable | default | secret | meaning |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| \`${r.key}\` | ${r.def ? `\`${r.def}\`` : ''} | ${r.secret ? 'yes' : ''} | ${r.text} |`);
}
