// Host methods for what goes into and out of a document: import, assets, PDF/DOCX export with progress and
// cancel, fonts, checks.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HostMethods } from '../../shared/api/contract';
import { runChecks } from '../../shared/check/run-checks';
import type { Issue } from '../../shared/model/issue';
import type { ExportKind } from './export-job';
import type { HostContext } from './host-context';
import { importFiles, uniqueName } from './import-files';

const IMPORT_FILTER = { name: '公文（Word、WPS、文本）', extensions: ['docx', 'wps', 'doc', 'txt'] };

type ContentMethods = Pick<
  HostMethods,
  | 'importFiles' | 'importDropped' | 'addAsset' | 'readAsset' | 'exportPdf' | 'exportDocx' | 'cancelExport'
  | 'revealFile' | 'listFonts' | 'chooseFont' | 'loadFonts' | 'checkIssue'
>;

export function contentMethods(ctx: HostContext): ContentMethods {
  const { deps, store, handles, exports, events, fonts } = ctx;

  async function runExport(kind: ExportKind, request: { docId: string; issue: Issue; jobId: string }) {
    const doc = store.get(request.docId);
    const ext = kind === 'pdf' ? 'pdf' : 'docx';
    const target = await deps.dialogs.saveFile({
      title: kind === 'pdf' ? '导出 PDF' : '导出 Word 文档',
      defaultName: `${ctx.titleOf(doc)}.${ext}`,
      filters: [{ name: kind === 'pdf' ? 'PDF 文件' : 'Word 文档', extensions: [ext] }],
    });
    if (!target) return { status: 'canceled' as const };
    const outcome = await exports.run(request.jobId, kind, request.issue, doc.assets, target, (fraction, stage) =>
      events.emit({ type: 'export-progress', jobId: request.jobId, fraction: Math.min(1, Math.max(0, fraction)), stage }),
    );
    if (outcome.status === 'canceled') return { status: 'canceled' as const };
    return { status: 'done' as const, file: handles.handleFor(target), bytes: outcome.bytes };
  }

  return {
    async importFiles({ docId }) {
      const { assets } = store.get(docId);
      const chosen = await deps.dialogs.openFiles({ title: '导入公文', filters: [IMPORT_FILTER], multiple: true });
      if (!chosen?.length) return null;
      const files = await Promise.all(chosen.map(async (f) => ({ name: path.basename(f), bytes: new Uint8Array(await fs.readFile(f)) })));
      return importFiles(files, assets, ctx.stamp());
    },
    importDropped: ({ docId, files }) =>
      importFiles(files.map((f) => ({ name: path.basename(f.name), bytes: f.bytes })), store.get(docId).assets, ctx.stamp()),
    async addAsset({ docId, name, bytes }) {
      const { assets } = store.get(docId);
      const unique = uniqueName(name, assets);
      assets.set(unique, bytes);
      return { name: unique };
    },
    readAsset: async ({ docId, name }) => store.get(docId).assets.get(name) ?? null,
    exportPdf: (request) => runExport('pdf', request),
    exportDocx: (request) => runExport('docx', request),
    cancelExport: async ({ jobId }) => ({ canceled: exports.cancel(jobId) }),
    async revealFile({ handle }) {
      await deps.shell.revealFile(handles.resolve(handle));
      return null;
    },
    listFonts: async () => fonts.list(),
    chooseFont: async ({ family }) => fonts.choose(family),
    loadFonts: async ({ refs }) => fonts.load(refs),
    checkIssue: async ({ issue }) => runChecks(issue),
  };
}
