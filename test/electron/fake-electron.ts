// A recording stand-in for the `electron` module (the binary cannot run here): enough of app, BrowserWindow,
// ipcMain, protocol, session, Menu, dialog and shell for electron/main to start, and a log of what it did.
import { EventEmitter } from 'node:events';

export const record = {
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  appEvents: new EventEmitter(),
  windows: [] as FakeWindow[],
  privileged: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  menu: null as unknown,
  permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  messageBoxAnswer: 2,
  messageBoxes: [] as unknown[],
  errorBoxes: [] as string[],
  userData: '',
  singleInstance: true,
  exited: false,
};

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  reloads = 0;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  reload() {
    this.reloads++;
  }
}

export class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loaded: string[] = [];
  closed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record.windows.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  maximize() {}
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1200, height: 800 };
  }
  close() {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('close', event);
    if (!event.defaultPrevented) this.closed = true;
  }
}

export function fakeElectron() {
  return {
    app: {
      requestSingleInstanceLock: () => record.singleInstance,
      exit: () => void (record.exited = true),
      quit: () => undefined,
      on: (name: string, listener: (...args: unknown[]) => void) => record.appEvents.on(name, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => record.userData,
      getVersion: () => '0.1.0',
      isPackaged: false,
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => record.handlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof record.permissionRequest) => (record.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof record.permissionCheck) => (record.permissionCheck = h),
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (record.menu = menu) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showMessageBoxSync: (_w: unknown, options: unknown) => {
        record.messageBoxes.push(options);
        return record.messageBoxAnswer;
      },
      showErrorBox: (_title: string, content: string) => void record.errorBoxes.push(content),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { showItemInFolder: () => undefined, openExternal: async () => undefined },
    utilityProcess: { fork: () => { throw new Error('no utility process in tests'); } },
  };
}
