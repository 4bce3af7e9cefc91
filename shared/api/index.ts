// The renderer's entry to the host API: types, schemas, the HTTP client, host errors.
export * from './contract';
export * from './events';
export * from './host-error';
export { createHttpHost, TOKEN_HEADER } from './http-host';
export { hostFromBridge, type GazetteBridge } from './bridge';
export { BRIDGE_NAME } from './ipc-channels';
export { createAutosaveTimer, type AutosaveTimer } from './autosave-timer';
