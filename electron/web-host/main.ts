// `npm run web`: composition root of the web host. PORT (0 = any free port), GAZETTE_USER_DATA,
// GAZETTE_WORKSPACE (where files are saved; default ~/公报编排) and GAZETTE_RENDERER_DIR may be set;
// GAZETTE_WEB_TEST=1 replaces the workspace dialogs by the scripted-dialog route for tests.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FONT_DIR, systemFontDirs } from '../services/font-files';
import { forkRunner } from '../services/export-runners';
import { createHostService } from '../services/host-service';
import { nodeFork } from '../services/node-fork';
import { consoleLog, systemClock } from '../services/ports';
import { defaultUserData, PRODUCT_NAME } from '../services/user-data';
import { WorkspaceDialogs } from './workspace-dialogs';
import { ScriptedDialogs } from './scripted-dialogs';
import { startWebHost, type WebHost } from './server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<WebHost> {
  const rendererDir = path.resolve(env.GAZETTE_RENDERER_DIR ?? path.join(repoRoot, 'dist/renderer'));
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    consoleLog.warn(`找不到界面文件 ${rendererDir}/index.html，请先运行 npm run build:renderer`);
  }
  const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const paths = { userData: defaultUserData(env), bundledFonts: BUNDLED_FONT_DIR, systemFonts: systemFontDirs() };
  const testing = env.GAZETTE_WEB_TEST === '1';
  const scripted = new ScriptedDialogs();
  const workspace = path.resolve(env.GAZETTE_WORKSPACE ?? path.join(os.homedir(), PRODUCT_NAME));
  const dialogs = testing ? scripted : new WorkspaceDialogs(workspace);
  const service = createHostService({
    host: 'web',
    version,
    paths,
    clock: systemClock,
    dialogs,
    shell: {
      revealFile: async (file) => consoleLog.info(`文件位置：${file}`),
      openExternal: async (url) => consoleLog.info(`请在浏览器中打开：${url}`),
    },
    log: consoleLog,
    runner: forkRunner(nodeFork, paths),
    externalHosts: [],
    ...(testing ? {} : { workspace }),
  });
  const port = Number(env.PORT ?? '0');
  const host = await startWebHost({
    service,
    rendererDir,
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0,
    ...(testing ? { dialogs: scripted } : {}),
  });
  process.stdout.write(`公报编排网页服务已启动（仅本机可访问）：${host.url}\n`);
  if (!testing) process.stdout.write(`保存和导出的文件位于：${workspace}\n`);
  return host;
}
