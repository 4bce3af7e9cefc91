// The preload exposes one function per contract method and onEvent under window.gazetteBridge — nothing
// else — and the renderer-side wrapper turns its replies into results or HostErrors.
import { describe, expect, it, vi } from 'vitest';
import { hostFromBridge, HostError, type GazetteBridge } from '../../shared/api';
import { METHOD_NAMES } from '../../shared/api/ipc-channels';

const exposed = new Map<string, Record<string, unknown>>();
const invoked: { channel: string; input: unknown }[] = [];
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push({ channel, input });
      if (channel === 'gazette:open') return { error: { kind: 'input', message: '文件不存在', file: 'a.gazette' } };
      return { ok: { echoed: input } };
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  it('exposes only the contract methods and onEvent (as the raw bridge and as a ready HostApi)', async () => {
    await import('../../electron/preload/preload');
    expect([...exposed.keys()]).toEqual(['gazetteBridge', 'gazette']);
    for (const surface of exposed.values()) {
      expect(Object.keys(surface).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
      expect(Object.values(surface).every((v) => typeof v === 'function')).toBe(true);
      expect(surface).not.toHaveProperty('invoke');
      expect(surface).not.toHaveProperty('send');
    }
  });

  it('window.gazette resolves with results and rejects with the one-line message', async () => {
    const api = exposed.get('gazette') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(await api.getSettings!(null)).toEqual({ echoed: null });
    await expect(api.open!({})).rejects.toThrow('a.gazette: 文件不存在');
  });

  it('calls each method on its own channel, and errors become HostError on the renderer side', async () => {
    const host = hostFromBridge(exposed.get('gazetteBridge') as unknown as GazetteBridge);
    expect(await host.getSettings(null)).toEqual({ echoed: null });
    expect(invoked.at(-1)).toEqual({ channel: 'gazette:getSettings', input: null });
    const error = await host.open({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).describe()).toBe('a.gazette: 文件不存在');
    expect((error as HostError).kind).toBe('input');
  });

  it('delivers events and unsubscribes', () => {
    const host = hostFromBridge(exposed.get('gazetteBridge') as unknown as GazetteBridge);
    const seen: unknown[] = [];
    const off = host.onEvent((e) => seen.push(e));
    listeners.get('gazette:event')!({}, { type: 'menu', command: 'save' });
    expect(seen).toEqual([{ type: 'menu', command: 'save' }]);
    off();
    expect(listeners.has('gazette:event')).toBe(false);
  });
});
