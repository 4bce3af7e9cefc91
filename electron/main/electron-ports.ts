// The service ports implemented with Electron: native dialogs on the main window, the shell, and the export
// worker in a utility process (a Chromium-managed Node child; cancel = kill).
import { dialog, shell, utilityProcess, type BrowserWindow } from 'electron';
import type { ForkPort } from '../services/export-runners';
import type { WorkerMessage } from '../services/export-worker';
import type { DialogPort, ShellPort } from '../services/ports';

export function electronDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async openFiles({ title, filters, multiple }) {
      const owner = window();
      const options = { title, filters, properties: (multiple ? ['openFile', 'multiSelections'] : ['openFile']) as ('openFile' | 'multiSelections')[] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      const owner = window();
      const options = { title, defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation' as const] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export const electronShell: ShellPort = {
  revealFile: async (file) => shell.showItemInFolder(file),
  openExternal: (url) => shell.openExternal(url),
};

export function utilityFork(workerPath: string): ForkPort {
  return () => {
    const child = utilityProcess.fork(workerPath, [], { serviceName: '公报编排导出', stdio: 'inherit' });
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message) => listener(message as WorkerMessage)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
  };
}
