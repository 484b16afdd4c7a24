// The county's model as the `--llm` evaluations use it: from the configuration, one call at a time (a county
// endpoint is often small, and the figures must not depend on its queue). Exits with 2, having sent nothing,
// when no model is configured.
import { ConfigError, loadConfig } from '../src/config.js';
import { ModelClient } from '../src/model/client.js';

export function evalModelClient(docsPage: string, without: string): ModelClient {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(2);
  }
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) {
    console.error(`--llm: no model endpoint is configured (set LLM_BASE_URL and LLM_MODEL in the environment or .env; see ${docsPage}). Nothing was sent${without}.`);
    process.exit(2);
  }
  console.log(`\nmodel ${config.LLM_MODEL} at ${new URL(config.LLM_BASE_URL).origin}, timeout ${config.LLM_TIMEOUT_MS} ms`);
  return new ModelClient({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, maxConcurrent: 1, failuresToOpen: 5, openMs: 30_000 });
}
