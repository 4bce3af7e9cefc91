// The Content-Security-Policy of the renderer, the same in Electron (app:// protocol) and in the web host:
// only our own scripts, no eval, no plugins, no framing; fonts and images also from blob:/data: because the
// preview draws with font bytes the host hands over. Inline styles stay allowed for the editor's layout.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
