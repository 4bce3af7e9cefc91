#!/usr/bin/env node
// `npm run web`: the local web host (electron/web-host), run through bin/fast-start.js like bin/gazette.js.
import { importEntry } from './fast-start.js';

const { main } = await importEntry('electron/web-host/main.ts', 'web');
let host;
try {
  host = await main();
} catch (error) {
  const code = error && typeof error === 'object' ? error.code : undefined;
  const reason =
    code === 'EADDRINUSE' ? `端口 ${process.env.PORT} 已被占用，请换一个端口（PORT=0 表示任选空闲端口）` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`公报编排网页服务无法启动：${reason}\n`);
  process.exit(2);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void host.close().then(() => process.exit(0)));
}
