// Composition root of the desktop app: builds the host service from Electron's ports, in order
// (paths → dialogs/shell → export runner → services). Nothing here decides anything; it only wires.
import { app } from 'electron';
import path from 'node:path';
import { forkRunner } from '../services/export-runners';
import { systemFontDirs } from '../services/font-files';
import { createHostService, type HostService } from '../services/host-service';
import { consoleLog, systemClock } from '../services/ports';
import { electronDialogs, electronShell, utilityFork } from './electron-ports';

/** Hosts whose links may open in the system browser (government portals the clerk is sent to). */
export const EXTERNAL_HOSTS = ['www.gov.cn', 'www.npc.gov.cn', 'flk.npc.gov.cn'];

export interface AppLocations {
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  preload: string;
  exportWorker: string;
  bundledFonts: string;
}

export function appLocations(): AppLocations {
  const here = __dirname; // dist/electron in a build, inside app.asar when packaged
  return {
    rendererDir: path.resolve(here, '../renderer'),
    preload: path.join(here, 'preload.cjs'),
    exportWorker: path.join(here, 'export-worker.cjs'),
    // electron-builder copies build/fonts to resources/fonts (extraResources); in development it is build/fonts.
    bundledFonts: app.isPackaged ? path.join(process.resourcesPath, 'fonts') : path.resolve(here, '../../build/fonts'),
  };
}

export function createContainer(locations: AppLocations, mainWindow: () => Electron.BrowserWindow | null): HostService {
  const paths = { userData: app.getPath('userData'), bundledFonts: locations.bundledFonts, systemFonts: systemFontDirs() };
  return createHostService({
    host: 'electron',
    version: app.getVersion(),
    paths,
    clock: systemClock,
    dialogs: electronDialogs(mainWindow),
    shell: electronShell,
    log: consoleLog,
    runner: forkRunner(utilityFork(locations.exportWorker), paths),
    externalHosts: EXTERNAL_HOSTS,
  });
}
