// The preload: the contract, one function per method plus onEvent — nothing else (no ipcRenderer, no generic
// send/invoke). Arguments are validated again in the main process. Exposed twice over the same channels:
// - window.gazetteBridge: replies as data ({ ok } | { error }), because contextBridge keeps only the message
//   of a thrown Error; shared/api/bridge.ts hostFromBridge() turns it into a HostApi with HostError kinds.
// - window.gazette: a ready HostApi whose failures are plain Errors carrying the one-line Chinese message.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_NAME, EVENT_CHANNEL, METHOD_NAMES, channelOf } from '../../shared/api/ipc-channels';

type Reply = { ok: unknown } | { error: { message: string; file?: string; place?: string } };

const onEvent = (listener: (event: unknown) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
};

const bridge: Record<string, unknown> = { onEvent };
const api: Record<string, unknown> = { onEvent };
for (const name of METHOD_NAMES) {
  const invoke = (input: unknown) => ipcRenderer.invoke(channelOf(name), input ?? null) as Promise<Reply>;
  bridge[name] = invoke;
  api[name] = async (input: unknown) => {
    const reply = await invoke(input);
    if ('ok' in reply) return reply.ok;
    throw new Error([reply.error.file, reply.error.place, reply.error.message].filter(Boolean).join(': '));
  };
}

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
contextBridge.exposeInMainWorld('gazette', api);
