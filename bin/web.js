#!/usr/bin/env node
// `npm run web`: the local web host (electron/web-host), run through tsx like bin/gazette.js.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/web-host/main.ts');
const host = await main();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void host.close().then(() => process.exit(0)));
}
