// The renderer's entry to the host API (types, schemas, clients, host errors, autosave timer).
//   const host: HostApi = window.gazetteBridge   // (window.gazette also works: same API, plain Error failures)
//     ? hostFromBridge(window.gazetteBridge)                                   // Electron (preload)
//     : createHttpHost(fetch.bind(globalThis), location.origin, token);        // web host (npm run web)
// Failures reject with HostError (kind, one Chinese line: describe()). Dialogs run in the host and return
// handles; a cancelled dialog resolves to null (or { status: 'canceled' } for exports).
export * from './contract';
export * from './events';
export * from './host-error';
export { createHttpHost, TOKEN_HEADER } from './http-host';
export { hostFromBridge, type GazetteBridge } from './bridge';
export { BRIDGE_NAME } from './ipc-channels';
export { createAutosaveTimer, type AutosaveTimer } from './autosave-timer';
export { RENDERER_CSP } from './csp';
