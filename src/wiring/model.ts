// The county's model (LLM_BASE_URL), one client for every use: built by the first wiring that asks for it.
// Start-up says whether it is on and for what; /healthz reports its last success and failure (services.model).
import { ModelClient } from '../model/client.js';
import type { Wiring } from './types.js';

export interface ModelUse {
  client: ModelClient;
  qa: boolean;
  reports: boolean;
}

const KEY = 'modelUse';

/** The client and what it is used for, or undefined when no model is configured. */
export function modelUse(w: Wiring): ModelUse | undefined {
  if (KEY in w.services) return w.services[KEY] as ModelUse | undefined;
  const c = w.config;
  const log = w.log.child({ feature: 'model' });
  let use: ModelUse | undefined;
  if (!c.LLM_BASE_URL || !c.LLM_MODEL) {
    log.info({ on: false }, 'model assist off (LLM_BASE_URL not set)');
  } else {
    const client = new ModelClient({ baseUrl: c.LLM_BASE_URL, apiKey: c.LLM_API_KEY, model: c.LLM_MODEL, timeoutMs: c.LLM_TIMEOUT_MS, now: w.now });
    const qa = c.LLM_USE === 'qa' || c.LLM_USE === 'both';
    const reports = c.LLM_USE === 'reports' || c.LLM_USE === 'both';
    const what = [qa ? 'policy questions' : '', reports ? 'reports (proposed readings the sender confirms)' : ''].filter(Boolean).join(' and ');
    log.info({ on: true, model: c.LLM_MODEL, endpoint: new URL(c.LLM_BASE_URL).origin, timeoutMs: c.LLM_TIMEOUT_MS, qa, reports }, `model assist on for ${what}`);
    w.services.model = client;
    use = { client, qa, reports };
  }
  w.services[KEY] = use;
  return use;
}
