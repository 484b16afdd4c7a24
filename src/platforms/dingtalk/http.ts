// One JSON-over-HTTP helper for every outbound DingTalk call, so timeouts and error shapes agree.
// DingTalk answers most failures with HTTP 200 and an errcode; OpenAPI uses 4xx + {code, message}.

/** A DingTalk call that failed. `code` is errcode (legacy API) or code (OpenAPI). Never holds a URL. */
export class DingtalkApiError extends Error {
  constructor(
    readonly api: string,
    readonly status: number,
    readonly code: string | number | undefined,
    detail: string,
  ) {
    super(`${api}: ${code !== undefined ? `code ${code}: ` : ''}${detail}${status && status !== 200 ? ` (HTTP ${status})` : ''}`);
    this.name = 'DingtalkApiError';
  }
}

export interface JsonResponse {
  status: number;
  body: Record<string, unknown>;
}

export const REQUEST_TIMEOUT_MS = 10_000;

/** POST (or GET without body) JSON; network failures become DingtalkApiError with status 0. */
export async function requestJson(
  api: string,
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'POST',
      headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    throw new DingtalkApiError(api, 0, undefined, `request failed: ${e.cause?.code ?? e.name}`);
  }
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    throw new DingtalkApiError(api, res.status, undefined, 'answer is not JSON');
  }
  return { status: res.status, body };
}

/** Throw unless a legacy-style answer says errcode 0 (HTTP 200 alone means nothing here). */
export function expectErrcodeZero(api: string, res: JsonResponse): void {
  const code = res.body.errcode;
  if (res.status >= 200 && res.status < 300 && (code === 0 || code === '0')) return;
  const msg = typeof res.body.errmsg === 'string' ? res.body.errmsg : res.status >= 300 ? 'HTTP error' : 'no errcode in answer';
  throw new DingtalkApiError(api, res.status, typeof code === 'number' || typeof code === 'string' ? code : undefined, msg);
}
