// The main window's size, position and maximised state, kept in window-state.json in the user-data folder.
// A state that does not fit any current display (a monitor was unplugged) is ignored.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomic-file';

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640).max(20000),
  height: z.number().int().min(480).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof stateSchema>;
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW = { width: 1400, height: 900 };

export function loadWindowState(userData: string, displays: Area[]): WindowState | null {
  try {
    const state = stateSchema.parse(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8')));
    const visible = displays.some(
      (d) => state.x + 100 > d.x && state.y + 50 > d.y && state.x + 100 < d.x + d.width && state.y + 50 < d.y + d.height,
    );
    return visible ? state : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(userData: string, state: WindowState): Promise<void> {
  await writeFileAtomic(path.join(userData, 'window-state.json'), new TextEncoder().encode(JSON.stringify(state)));
}
