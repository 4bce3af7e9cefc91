// HostApi over HTTP, for the renderer running in a plain browser against the local web host
// (electron/web-host). Pure: needs only a fetch function. Calls are POST /api/call/<method>; events come by
// long polling GET /api/events?after=<seq>. Every request carries the access token the host printed.
import { methodNames, type HostApi, type HostMethods, type MethodName } from './contract';
import { hostEventSchema, type HostEvent } from './events';
import { HostError, hostErrorSchema } from './host-error';
import { decodeWire, encodeWire } from './wire';

export const TOKEN_HEADER = 'x-gazette-token';
export const CALL_PATH = '/api/call/';
export const EVENTS_PATH = '/api/events';
/** Font files travel raw (GET, one per distinct reference): megabytes each, too big for base64 in JSON. */
export const FONT_PATH = '/api/font';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export function createHttpHost(fetchFn: FetchFn, baseUrl: string, token: string): HostApi {
  const base = baseUrl.replace(/\/+$/, '');
  const headers = { [TOKEN_HEADER]: token, 'content-type': 'application/json' };

  async function call(method: MethodName, input: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchFn(base + CALL_PATH + method, { method: 'POST', headers, body: encodeWire({ input }) });
    } catch {
      throw new HostError({ kind: 'internal', message: '无法连接本机服务（公报编排网页服务是否已关闭？）' });
    }
    const text = await response.text();
    let body: { ok?: unknown; error?: unknown };
    try {
      body = decodeWire(text) as typeof body;
    } catch {
      throw new HostError({ kind: 'internal', message: `本机服务返回了无法识别的内容（HTTP ${response.status}）` });
    }
    if (response.ok && body && 'ok' in body) return body.ok;
    const error = hostErrorSchema.safeParse(body?.error);
    throw new HostError(error.success ? error.data : { kind: 'internal', message: `本机服务出错（HTTP ${response.status}）` });
  }

  const methods = Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => call(name, input ?? null)]),
  ) as unknown as HostMethods;

  // loadFonts: same contract, faster transport — each distinct reference once, as raw bytes.
  methods.loadFonts = async ({ refs }) => {
    const keys = refs.map((ref) => JSON.stringify({ file: ref.file, family: ref.family, postscriptName: ref.postscriptName }));
    const unique = [...new Set(keys)];
    const loaded = await Promise.all(
      unique.map(async (key) => {
        let response: Response;
        try {
          response = await fetchFn(`${base}${FONT_PATH}?ref=${encodeURIComponent(key)}`, { headers: { [TOKEN_HEADER]: token } });
        } catch {
          throw new HostError({ kind: 'internal', message: '无法连接本机服务（公报编排网页服务是否已关闭？）' });
        }
        if (response.status === 404) return null;
        if (!response.ok) throw new HostError({ kind: 'internal', message: `读取字体失败（HTTP ${response.status}）` });
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    const byKey = new Map(unique.map((key, i) => [key, loaded[i]!]));
    return refs.map((ref, i) => ({ ref, bytes: byKey.get(keys[i]!) ?? null }));
  };

  const listeners = new Set<(event: HostEvent) => void>();
  let polling: AbortController | null = null;

  async function poll(signal: AbortSignal): Promise<void> {
    let after = -1;
    let failures = 0;
    while (!signal.aborted) {
      try {
        const response = await fetchFn(`${base}${EVENTS_PATH}?after=${after}`, { headers, signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = decodeWire(await response.text()) as { next: number; events: unknown[] };
        after = body.next;
        failures = 0;
        for (const raw of body.events) {
          const parsed = hostEventSchema.safeParse(raw);
          if (parsed.success) for (const listener of [...listeners]) listener(parsed.data);
        }
      } catch {
        if (signal.aborted) return;
        // The host may be restarting; back off instead of spinning.
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 200 * 2 ** failures)));
      }
    }
  }

  return {
    ...methods,
    onEvent(listener) {
      listeners.add(listener);
      if (!polling) {
        polling = new AbortController();
        void poll(polling.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && polling) {
          polling.abort();
          polling = null;
        }
      };
    },
  };
}
