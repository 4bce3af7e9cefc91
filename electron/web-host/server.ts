// The local web host: the built renderer and the host API over HTTP, on 127.0.0.1 only. Every request must
// carry the random access token (header, cookie set by the first page load, or ?token= on that page load),
// and the Host header must be our own address, so neither another user's process nor a web page (DNS
// rebinding) can reach the services.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { RENDERER_CSP } from '../../shared/api/csp';
import { CALL_PATH, EVENTS_PATH, FONT_PATH, TOKEN_HEADER } from '../../shared/api/http-host';
import { fontRefSchema } from '../../shared/profiles/profile';
import { decodeWire, encodeWire } from '../../shared/api/wire';
import { dispatch } from '../services/dispatch';
import type { HostService } from '../services/host-service';
import { EventQueue } from './event-queue';
import type { ScriptedDialogs } from './scripted-dialogs';
import { readStatic } from './static-files';

const MAX_BODY = 300 * 1024 * 1024;
const COOKIE = 'gazette_token';

export interface WebHostOptions {
  service: HostService;
  rendererDir: string;
  port?: number;
  token?: string;
  /** When set, POST /api/test/dialog queues answers for the next dialogs (tests only). */
  dialogs?: ScriptedDialogs;
  pollTimeoutMs?: number;
}

export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const root = path.resolve(options.rendererDir);
  const queue = new EventQueue();
  const unsubscribe = options.service.events.on((event) => queue.push(event));
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('内部错误');
    });
  });

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!allowedHosts().has(req.headers.host ?? '')) return deny(res, 421, '主机名不符');
    const given = tokenOf(req, url);
    if (!given || !same(given, token)) return deny(res, 403, '缺少或错误的访问令牌（请使用启动时打印的完整网址）');

    if (url.pathname.startsWith(CALL_PATH) && req.method === 'POST') {
      const body = await readBody(req);
      let input: unknown;
      try {
        input = (decodeWire(body.toString('utf8')) as { input?: unknown }).input;
      } catch {
        return sendWire(res, 400, { error: { kind: 'input', message: '请求不是有效的 JSON' } });
      }
      const outcome = await dispatch(options.service.methods, url.pathname.slice(CALL_PATH.length), input);
      return sendWire(res, 'ok' in outcome ? 200 : outcome.error.kind === 'internal' ? 500 : 400, outcome);
    }
    if (url.pathname === EVENTS_PATH && req.method === 'GET') {
      const controller = new AbortController();
      res.on('close', () => controller.abort());
      const after = Number(url.searchParams.get('after') ?? '-1');
      const result = await queue.poll(Number.isFinite(after) ? after : -1, options.pollTimeoutMs ?? 25_000, controller.signal);
      return sendWire(res, 200, result);
    }
    if (url.pathname === FONT_PATH && req.method === 'GET') {
      let ref;
      try {
        ref = fontRefSchema.parse(JSON.parse(url.searchParams.get('ref') ?? ''));
      } catch {
        return deny(res, 400, '字体引用无效');
      }
      const bytes = options.service.fonts.read(ref);
      if (!bytes) return deny(res, 404, '找不到字体');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'no-store' });
      res.end(bytes);
      return;
    }
    if (url.pathname === '/api/test/dialog' && req.method === 'POST' && options.dialogs) {
      const { paths } = JSON.parse((await readBody(req)).toString('utf8')) as { paths: string[] | null };
      options.dialogs.queue(paths);
      return sendWire(res, 200, { ok: null });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(res, 405, '不支持的请求');
    const file = await readStatic(root, url.pathname);
    if (!file) return deny(res, 404, '找不到');
    const headers: http.OutgoingHttpHeaders = {
      'content-type': file.type,
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    if (file.type.startsWith('text/html')) headers['set-cookie'] = `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenOf(req: http.IncomingMessage, url: URL): string | undefined {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  const cookie = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${COOKIE}=`));
  if (cookie) return cookie.slice(COOKIE.length + 1);
  return url.searchParams.get('token') ?? undefined;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function deny(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}

function sendWire(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(encodeWire(value));
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('请求过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
