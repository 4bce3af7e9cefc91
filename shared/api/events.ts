// Events the host pushes to the renderer: export progress, menu commands, files the OS asked us to open,
// and the recovery offer after a crashed renderer was reloaded.
import { z } from 'zod';
import { docSnapshotSchema } from './contract';

export const menuCommands = [
  'new', 'open', 'save', 'saveAs', 'close', 'print', 'exportPdf', 'exportDocx', 'importFiles',
  'undo', 'redo', 'find', 'togglePreview', 'toggleChecks', 'zoomIn', 'zoomOut', 'about',
] as const;

export const hostEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('export-progress'),
    jobId: z.string(),
    /** 0..1 */
    fraction: z.number().min(0).max(1),
    /** 排版 / 写入 PDF / 写入 DOCX … (Chinese, for the progress bar) */
    stage: z.string(),
  }),
  z.strictObject({ type: z.literal('menu'), command: z.enum(menuCommands) }),
  /** A .gazette file opened from the command line, by double-click, or by a second launch. */
  z.strictObject({ type: z.literal('file-opened'), snapshot: docSnapshotSchema }),
  /** A file the OS asked us to open could not be opened. */
  z.strictObject({ type: z.literal('error'), message: z.string() }),
  /** The renderer was reloaded after a crash (or the app started after one): offer listRecovery(). */
  z.strictObject({ type: z.literal('recovery-available'), count: z.number().int().min(0) }),
]);

export type HostEvent = z.infer<typeof hostEventSchema>;
export type MenuCommand = (typeof menuCommands)[number];
