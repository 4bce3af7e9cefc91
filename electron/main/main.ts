// Entry of the Electron main process: app lifecycle only. One instance (a second launch hands its file to
// the first), one secure window loading app://gazette, the Chinese menu, IPC handlers from the contract,
// crash reload with a recovery offer, and a question before quitting with unsaved changes.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import type { HostEvent } from '../../shared/api/events';
import { EVENT_CHANNEL } from '../../shared/api/ipc-channels';
import { consoleLog } from '../services/ports';
import { gazetteFileFromArgv } from './argv';
import { appLocations, createContainer, EXTERNAL_HOSTS } from './container';
import { registerHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './protocol';
import { APP_ENTRY } from './protocol-url';
import { createCrashGuard } from './crash-guard';
import { quitDecision, quitQuestion } from './quit-guard';
import { denyAllPermissions, hardenWebContents, secureWebPreferences } from './security';
import { DEFAULT_WINDOW, loadWindowState, saveWindowState } from './window-state';

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  let mainWindow: BrowserWindow | null = null;
  let rendererReady = false;
  let quitting = false;
  const pending: HostEvent[] = [];
  const crashes = createCrashGuard();
  const locations = appLocations();
  const service = createContainer(locations, () => mainWindow);

  const send = (event: HostEvent) => {
    if (mainWindow && rendererReady) mainWindow.webContents.send(EVENT_CHANNEL, event);
    else pending.push(event);
  };
  service.events.on(send);

  const openFromOs = async (file: string | null) => {
    if (!file) return;
    try {
      send({ type: 'file-opened', snapshot: await service.openPath(file) });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const createWindow = () => {
    const state = loadWindowState(app.getPath('userData'), screen.getAllDisplays().map((d) => d.workArea));
    const window = new BrowserWindow({
      ...(state ?? DEFAULT_WINDOW),
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: '公报编排',
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(locations.preload),
    });
    if (state?.maximized) window.maximize();
    mainWindow = window;
    hardenWebContents(window.webContents, (url) => void service.methods.openExternal({ url }), EXTERNAL_HOSTS);
    window.once('ready-to-show', () => window.show());
    window.webContents.on('did-start-loading', () => (rendererReady = false));
    window.webContents.on('did-finish-load', () => {
      rendererReady = true;
      for (const event of pending.splice(0)) window.webContents.send(EVENT_CHANNEL, event);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      consoleLog.error(`renderer gone: ${details.reason}`);
      // Its documents live on only in the journal: offer them once the reloaded page is up.
      void service.detachAll().then((count) => {
        if (!crashes.shouldReload(Date.now())) {
          dialog.showErrorBox('公报编排', `界面连续崩溃（${details.reason}），已停止自动重新加载。\n自动保存的内容仍在，重新启动公报编排后可以恢复。`);
          return;
        }
        pending.push({ type: 'recovery-available', count });
        window.webContents.reload();
      });
    });
    window.on('close', (event) => {
      const bounds = window.getNormalBounds();
      try {
        saveWindowState(app.getPath('userData'), { ...bounds, maximized: window.isMaximized() });
      } catch {
        // losing the window position is not worth bothering the clerk about
      }
      if (quitting) return;
      const question = quitQuestion(service.dirtyTitles());
      if (!question) return;
      event.preventDefault();
      const decision = quitDecision(dialog.showMessageBoxSync(window, question));
      if (decision === 'save') send({ type: 'menu', command: 'save' });
      if (decision === 'quit') {
        quitting = true;
        void service.closeAll().finally(() => window.close());
      }
    });
    window.on('closed', () => (mainWindow = null));
    void window.loadURL(APP_ENTRY);
  };

  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openFromOs(gazetteFileFromArgv(argv, cwd));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFromOs(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void service.methods.openExternal({ url }), EXTERNAL_HOSTS);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });

  // Taskbar grouping and the file association on Windows follow the installer's appId (electron-builder.yml).
  if (process.platform === 'win32') app.setAppUserModelId('cn.gov.gazette.composer');

  void app.whenReady().then(async () => {
    handleAppProtocol(protocol, locations.rendererDir);
    denyAllPermissions(session.defaultSession);
    registerHandlers(ipcMain, service.methods, consoleLog);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate((command) => send({ type: 'menu', command }))));
    createWindow();
    await openFromOs(gazetteFileFromArgv(process.argv, process.cwd()));
    const leftOver = (await service.methods.listRecovery(null)).length;
    if (leftOver > 0) send({ type: 'recovery-available', count: leftOver });
  });
}
