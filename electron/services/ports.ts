// What the services need from their host, injected (DESIGN.md "Layers"): the Electron main process,
// the web host and the tests each supply their own. Services never import electron.

export interface Clock {
  now(): Date;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs in Electron; scripted answers in the web host and in tests. null = cancelled. */
export interface DialogPort {
  openFiles(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[] | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/** The desktop's file manager and browser. */
export interface ShellPort {
  revealFile(file: string): Promise<void>;
  openExternal(url: string): Promise<void>;
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface Paths {
  /** The per-user data folder (settings, recent files, recovery journal, font cache). */
  userData: string;
  /** The fonts shipped with the app (build/fonts, or resources/fonts when packaged). */
  bundledFonts: string;
  /** Folders holding installed fonts on this system. */
  systemFonts: string[];
}

export const systemClock: Clock = { now: () => new Date() };

export const consoleLog: Log = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m, e) => console.error(m, e instanceof Error ? e.message : (e ?? '')),
};
