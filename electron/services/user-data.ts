// The per-user data folder outside Electron (web host, tests), the same folder Electron's
// app.getPath('userData') gives for our product name, so both hosts share settings and the recovery journal.
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = '公报编排';

export function defaultUserData(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GAZETTE_USER_DATA) return path.resolve(env.GAZETTE_USER_DATA);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}
