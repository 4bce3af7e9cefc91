// The main window's size, position and maximised state, kept in window-state.json in the user-data folder.
// A state that does not fit any current display (a monitor was unplugged) is ignored.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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

/** Synchronous on purpose: it runs as the window closes, and the app may quit right after. */
export function saveWindowState(userData: string, state: WindowState): void {
  const file = path.join(userData, 'window-state.json');
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}
