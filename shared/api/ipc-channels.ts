// IPC channel names shared by the preload and the main process: one channel per contract method, plus the
// event channel. Kept free of zod so the sandboxed preload bundle stays tiny.
export const METHOD_NAMES = [
  'appInfo', 'newIssue', 'open', 'save', 'saveAs', 'autosave', 'setDirty', 'close', 'recentFiles', 'importFiles',
  'importDropped', 'addAsset', 'readAsset', 'exportPdf', 'exportDocx', 'cancelExport', 'revealFile', 'listFonts',
  'chooseFont', 'loadFonts', 'getSettings', 'setSettings', 'listRecovery', 'recover', 'discardRecovery',
  'checkIssue', 'openExternal',
] as const;

export const channelOf = (method: string) => `gazette:${method}`;
export const EVENT_CHANNEL = 'gazette:event';
/** The name under which the preload exposes the raw bridge (window.gazetteBridge; wrap it with hostFromBridge). */
export const BRIDGE_NAME = 'gazetteBridge';
