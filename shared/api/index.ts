// The renderer's entry to the host API: types, schemas, the HTTP client, host errors.
export * from './contract';
export * from './events';
export * from './host-error';
export { createHttpHost, TOKEN_HEADER } from './http-host';
