// A host service on real temporary folders, served by the real web host and reached through the real HTTP
// client, so a test of a method goes through validation, the wire format and the service itself.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHttpHost, type HostApi } from '../../shared/api';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';
import { createHostService, type HostService } from '../../electron/services/host-service';
import type { ExportRunner } from '../../electron/services/export-runners';
import { ScriptedDialogs } from '../../electron/web-host/scripted-dialogs';
import { WorkspaceDialogs } from '../../electron/web-host/workspace-dialogs';
import { startWebHost, type WebHost } from '../../electron/web-host/server';

export interface Harness {
  dir: string;
  api: HostApi;
  service: HostService;
  dialogs: ScriptedDialogs;
  web: WebHost;
  shellCalls: string[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { runner?: ExportRunner; systemFonts?: string[]; rendererDir?: string; workspace?: (dir: string) => string } = {},
): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-host-'));
  mkdirSync(path.join(dir, 'docs'));
  const dialogs = new ScriptedDialogs();
  const workspace = options.workspace?.(dir);
  const shellCalls: string[] = [];
  const service = createHostService({
    host: 'web',
    version: '0.0.0-test',
    paths: { userData: path.join(dir, 'user'), bundledFonts: BUNDLED_FONT_DIR, systemFonts: options.systemFonts ?? [] },
    clock: { now: () => new Date() },
    dialogs: workspace ? new WorkspaceDialogs(workspace) : dialogs,
    ...(workspace ? { workspace } : {}),
    shell: {
      revealFile: async (f) => void shellCalls.push(`reveal ${f}`),
      openExternal: async (u) => void shellCalls.push(`open ${u}`),
    },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    runner: options.runner ?? (async () => { throw new Error('no runner in this test'); }),
    externalHosts: ['www.gov.cn'],
  });
  const web = await startWebHost({ service, rendererDir: options.rendererDir ?? dir, dialogs, pollTimeoutMs: 2000 });
  const api = createHttpHost((input, init) => fetch(input, init), `http://127.0.0.1:${web.port}`, web.token);
  return {
    dir,
    api,
    service,
    dialogs,
    web,
    shellCalls,
    async close() {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
