// The preload: exposes window.gazetteBridge — one function per contract method and onEvent — nothing else
// (no ipcRenderer, no generic send/invoke). Replies cross as data ({ ok } | { error }) because contextBridge
// keeps only the message of a thrown Error; shared/api/bridge.ts turns them into HostApi in the renderer.
// Arguments are validated again in the main process.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_NAME, EVENT_CHANNEL, METHOD_NAMES, channelOf } from '../../shared/api/ipc-channels';

const bridge: Record<string, unknown> = {};
for (const name of METHOD_NAMES) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input ?? null);
}
bridge.onEvent = (listener: (event: unknown) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
