// The API contract between the renderer and its host (the Electron main process, or the local web host):
// one named method per operation, each with a zod schema for its argument and its result. The host validates
// every argument and every result against these; the renderer programs against the HostApi type below.
// Paths never cross this boundary: dialogs run in the host and return opaque handles, which the host
// resolves (and re-checks) on every use, so a compromised renderer cannot name an arbitrary file.
import { z } from 'zod';
import './zod-csp';
import { issueSchema } from '../model/schema';
import { articleSchema } from '../model/schema';
import { fontRefSchema } from '../profiles/profile';
import type { HostEvent } from './events';
import type { METHOD_NAMES } from './ipc-channels';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, '应为字节数据');
const id = z.string().min(1).max(200);

/** An opaque token for a file the user chose (or a recent file); `name` is for display only. */
export const fileHandleSchema = z.strictObject({
  handle: id,
  /** File name without folders, e.g. 2024年第3期.gazette */
  name: z.string(),
  /** The folder, shortened for display (never used to address the file). */
  location: z.string().optional(),
});

/** An open issue as the host holds it: the renderer edits `issue` and sends it back with save/autosave. */
export const docSnapshotSchema = z.strictObject({
  docId: id,
  /** Title for the window: the file name, or 未命名 */
  title: z.string(),
  file: fileHandleSchema.nullable(),
  issue: issueSchema,
  /** Names of the assets (images) the host holds for this document. */
  assets: z.array(z.string()),
  /** Set when the snapshot was restored from the autosave journal rather than read from the file. */
  recoveredAt: z.string().optional(),
});

const docIssue = z.strictObject({ docId: id, issue: issueSchema });

export const saveResultSchema = z.strictObject({
  file: fileHandleSchema,
  savedAt: z.string(),
  /** Number of rotating backups kept beside the file (in its .gazette-backup folder). */
  backups: z.number().int().min(0),
});

export const exportRequestSchema = z.strictObject({
  docId: id,
  issue: issueSchema,
  /** Chosen by the renderer, so that it can cancel the job and match progress events to it. */
  jobId: id,
});

export const exportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('done'), file: fileHandleSchema, bytes: z.number().int().min(0), pages: z.number().int().min(0).optional() }),
  z.strictObject({ status: z.literal('canceled') }),
]);

export const fontInfoSchema = z.strictObject({
  family: z.string(),
  source: z.enum(['bundled', 'system']),
  /** File name without folders. */
  file: z.string(),
  postscriptName: z.string().optional(),
});

export const fontBytesSchema = z.strictObject({ ref: fontRefSchema, bytes: bytes.nullable() });

export const settingsSchema = z.strictObject({
  /** Seconds between autosaves into the recovery journal. */
  autosaveSeconds: z.number().int().min(2).max(600),
  defaultProfileId: z.string().min(1),
  /** Where to look first when exporting (a handle of a folder is not needed: the dialog remembers it). */
  recentLimit: z.number().int().min(0).max(30),
  /** Family names the clerk chose for roles, overriding the profile's first choice (role → family). */
  fontOverrides: z.record(z.string(), z.string()),
});

export const recoveryEntrySchema = z.strictObject({
  id,
  title: z.string(),
  file: fileHandleSchema.nullable(),
  savedAt: z.string(),
  articles: z.number().int().min(0),
});

export const findingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  article: z.string(),
  block: z.number().int(),
  offset: z.number().int(),
  text: z.string(),
  message: z.string(),
  fix: z.string().optional(),
  field: z.string().optional(),
});

export const importResultSchema = z.strictObject({
  articles: z.array(articleSchema),
  /** One sentence each, naming the file. */
  warnings: z.array(z.string()),
  /** Files that could not be imported, each with its one-line reason; the others still come through. */
  failures: z.array(z.strictObject({ file: z.string(), message: z.string() })),
  /** Images the articles use, already stored with the document on the host: add them to issue.assets. */
  assets: z.array(z.strictObject({ name: z.string(), mime: z.string() })),
});

export const appInfoSchema = z.strictObject({
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  profiles: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});

const nothing = z.null();

/** Every operation of the host: argument schema `input`, result schema `output`. */
export const contract = {
  appInfo: { input: nothing, output: appInfoSchema },
  /** A new issue from a profile, or carried over from a previous issue (第N期 → N+1, 总第M期 → M+1, board and imprint kept). */
  newIssue: {
    input: z.union([
      z.strictObject({ profileId: z.string().min(1) }),
      z.strictObject({ previous: id }),
    ]),
    output: docSnapshotSchema,
  },
  /** Opens a file: the one a handle names (recent files), or the one chosen in the open dialog. null = cancelled. */
  open: { input: z.strictObject({ handle: id.optional() }), output: docSnapshotSchema.nullable() },
  /** Saves to the document's file (asks for one when it has none). null = the dialog was cancelled. */
  save: { input: docIssue, output: saveResultSchema.nullable() },
  saveAs: { input: docIssue, output: saveResultSchema.nullable() },
  /** Writes the autosave journal (every few seconds while dirty, and when the window loses focus). */
  autosave: { input: docIssue, output: z.strictObject({ savedAt: z.string() }) },
  /** Tells the host whether the document has unsaved changes (it asks before quitting). */
  setDirty: { input: z.strictObject({ docId: id, dirty: z.boolean() }), output: nothing },
  /** Closes the document: releases its file lock and drops its journal. */
  close: { input: z.strictObject({ docId: id }), output: nothing },
  recentFiles: { input: nothing, output: z.array(fileHandleSchema) },
  /** Imports documents chosen in a dialog. null = cancelled. */
  importFiles: { input: z.strictObject({ docId: id }), output: importResultSchema.nullable() },
  /** Imports files dropped on the window (the renderer has their bytes). */
  importDropped: {
    input: z.strictObject({ docId: id, files: z.array(z.strictObject({ name: z.string().min(1), bytes })).min(1).max(200) }),
    output: importResultSchema,
  },
  addAsset: {
    input: z.strictObject({ docId: id, name: z.string().min(1).max(200), mime: z.string().min(1), bytes }),
    output: z.strictObject({ name: z.string() }),
  },
  readAsset: { input: z.strictObject({ docId: id, name: z.string().min(1) }), output: bytes.nullable() },
  /** Exports; progress arrives as 'export-progress' events. null file dialog cancel → status 'canceled'. */
  exportPdf: { input: exportRequestSchema, output: exportResultSchema },
  exportDocx: { input: exportRequestSchema, output: exportResultSchema },
  cancelExport: { input: z.strictObject({ jobId: id }), output: z.strictObject({ canceled: z.boolean() }) },
  /** Shows an exported or saved file in the system's file manager. */
  revealFile: { input: z.strictObject({ handle: id }), output: nothing },
  listFonts: { input: nothing, output: z.array(fontInfoSchema) },
  /** Whether a family is available here (bundled or installed); null when it is not. */
  chooseFont: { input: z.strictObject({ family: z.string().min(1) }), output: fontInfoSchema.nullable() },
  /** Font bytes for the preview worker, one entry per reference asked for (bytes null when not found). */
  loadFonts: { input: z.strictObject({ refs: z.array(fontRefSchema).max(64) }), output: z.array(fontBytesSchema) },
  getSettings: { input: nothing, output: settingsSchema },
  setSettings: { input: settingsSchema.partial(), output: settingsSchema },
  listRecovery: { input: nothing, output: z.array(recoveryEntrySchema) },
  recover: { input: z.strictObject({ id }), output: docSnapshotSchema },
  discardRecovery: { input: z.strictObject({ id }), output: nothing },
  checkIssue: { input: z.strictObject({ issue: issueSchema }), output: z.array(findingSchema) },
  /** Opens an http(s) link in the system browser, only when its host is on the allow-list. */
  openExternal: { input: z.strictObject({ url: z.string().url().max(2000) }), output: z.strictObject({ opened: z.boolean() }) },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
// Schemas carry no transforms, so what the renderer sends is the parsed type (z.input of issueSchema is unknown).
export type MethodInput<M extends MethodName> = z.output<Contract[M]["input"]>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type FileHandle = z.infer<typeof fileHandleSchema>;
export type DocSnapshot = z.infer<typeof docSnapshotSchema>;
export type SaveResult = z.infer<typeof saveResultSchema>;
export type ExportRequest = z.infer<typeof exportRequestSchema>;
export type ExportResult = z.infer<typeof exportResultSchema>;
export type FontInfo = z.infer<typeof fontInfoSchema>;
export type FontBytes = z.infer<typeof fontBytesSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The methods as the renderer calls them: one argument (null for none), a promise of the result. */
export type HostMethods = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** What the renderer programs against: window.gazette in Electron, createHttpHost(...) in a browser. */
export interface HostApi extends HostMethods {
  /** Subscribes to host events (export progress, menu commands, files opened by the OS …); returns unsubscribe. */
  onEvent(listener: (event: HostEvent) => void): () => void;
}

export const methodNames = Object.keys(contract) as MethodName[];

// The preload's zod-free list of names must be exactly the contract's (checked both ways at compile time).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: SameKeys<(typeof METHOD_NAMES)[number], MethodName> = true;
void namesMatch;

export const DEFAULT_SETTINGS: Settings = {
  autosaveSeconds: 5,
  defaultProfileId: 'gbt9704-a4',
  recentLimit: 10,
  fontOverrides: {},
};
