// HostApi over the Electron preload. contextBridge copies only the message of a thrown Error, so the
// preload (window.gazetteBridge) returns each reply as data — { ok } or { error } — and this wrapper, running
// in the renderer's own world, turns errors into HostError exactly as the HTTP client does.
//   renderer:  const host = window.gazetteBridge ? hostFromBridge(window.gazetteBridge) : createHttpHost(...)
import { methodNames, type HostApi, type HostMethods } from './contract';
import type { HostEvent } from './events';
import { HostError, hostErrorSchema } from './host-error';

export type BridgeReply = { ok: unknown } | { error: unknown };

/** What the preload exposes: one function per method returning the raw reply, and the event subscription. */
export type GazetteBridge = Record<string, (input: unknown) => Promise<BridgeReply>> & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};

export function hostFromBridge(bridge: GazetteBridge): HostApi {
  const methods = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (input: unknown) => {
        const reply = await bridge[name]!(input ?? null);
        if ('ok' in reply) return reply.ok;
        const parsed = hostErrorSchema.safeParse(reply.error);
        throw new HostError(parsed.success ? parsed.data : { kind: 'internal', message: '内部错误' });
      },
    ]),
  ) as unknown as HostMethods;
  return { ...methods, onEvent: (listener) => bridge.onEvent(listener) };
}
