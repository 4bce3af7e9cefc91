// Dialogs for people using `npm run web` in their own browser, where the host cannot show a native dialog:
// everything is saved into one workspace folder (printed at start), under the name the app proposes, never
// over an existing file (第3期.pdf → 第3期 (2).pdf). Opening goes through the recent-files list, which in web
// mode also lists the workspace's .gazette files; importing uses the browser's own file picker.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DialogPort } from '../services/ports';

export class WorkspaceDialogs implements DialogPort {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  async openFiles(): Promise<string[] | null> {
    return null;
  }

  async saveFile({ defaultName }: { defaultName: string }): Promise<string | null> {
    const safe = path.basename(defaultName).replace(/[\\/:*?"<>|\0]/g, '_') || '未命名';
    const ext = path.extname(safe);
    const stem = safe.slice(0, safe.length - ext.length);
    let candidate = path.join(this.root, safe);
    for (let n = 2; existsSync(candidate); n++) candidate = path.join(this.root, `${stem} (${n})${ext}`);
    return candidate;
  }
}
