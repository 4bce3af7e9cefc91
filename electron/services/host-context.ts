// What the host methods share: the injected ports, the services built from them, and the few helpers that
// turn an open document into what the renderer sees (a snapshot with a handle, never a path).
import path from 'node:path';
import type { DocSnapshot } from '../../shared/api/contract';
import { EventBus } from './event-bus';
import type { ExportRunner } from './export-runners';
import { ExportService } from './export-service';
import { FontService } from './font-service';
import { HandleRegistry } from './handles';
import type { Clock, DialogPort, Log, Paths, ShellPort } from './ports';
import { ProjectStore, type OpenDoc } from './project-store';
import { SettingsStore } from './settings-store';

export interface HostDeps {
  host: 'electron' | 'web';
  version: string;
  paths: Paths;
  clock: Clock;
  dialogs: DialogPort;
  shell: ShellPort;
  log: Log;
  runner: ExportRunner;
  /** Hosts (exact names) that openExternal may open in the system browser. */
  externalHosts: string[];
  /** Web host for people without the desktop app: a folder whose .gazette files count as recent files. */
  workspace?: string;
}

export type HostContext = ReturnType<typeof createHostContext>;

export function createHostContext(deps: HostDeps) {
  const store = new ProjectStore({ userData: deps.paths.userData, clock: deps.clock });
  const handles = new HandleRegistry();
  const settings = new SettingsStore(deps.paths.userData);
  const titleOf = (doc: OpenDoc) => (doc.file ? path.basename(doc.file, path.extname(doc.file)) : '未命名');
  return {
    deps,
    store,
    handles,
    settings,
    fonts: new FontService(deps.paths),
    exports: new ExportService(deps.runner),
    events: new EventBus(),
    /** Documents with unsaved changes (the renderer tells us with setDirty). */
    dirty: new Set<string>(),
    titleOf,
    /** A prefix for ids of imported articles, different for each import. */
    stamp: () => deps.clock.now().getTime().toString(36),
    snapshot(doc: OpenDoc, recoveredAt?: string): DocSnapshot {
      return {
        docId: doc.id,
        title: titleOf(doc),
        file: doc.file ? handles.handleFor(doc.file) : null,
        issue: doc.issue,
        assets: [...doc.assets.keys()],
        ...(recoveredAt ? { recoveredAt } : {}),
      };
    },
  };
}
