// The app:// protocol: serves the built renderer from its folder with the strict CSP, nothing else.
// Registered as privileged (standard, secure, fetch) before the app is ready; handled after.
import type { Protocol } from 'electron';
import { RENDERER_CSP } from '../../shared/api/csp';
import { readStatic } from '../web-host/static-files';
import { APP_HOST, APP_SCHEME } from './protocol-url';

export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('找不到', { status: 404 });
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return new Response('找不到', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' },
    });
  };
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
