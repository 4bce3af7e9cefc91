// One export job, the same wherever it runs (Electron utility process, a forked Node child, in process):
// lay the issue out, then write the PDF from the PageTree or the DOCX from the model (with the engine's page
// numbers for its static 目录). Progress: layout takes the first 70 %, writing the rest.
import type { FontSource } from '../../shared/fonts/font-source';
import type { Issue } from '../../shared/model/issue';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import { writePdf } from '../../shared/export/pdf/write-pdf';
import { writeDocx } from '../../shared/export/docx/write-docx';

export type ExportKind = 'pdf' | 'docx';

export interface ExportJob {
  kind: ExportKind;
  issue: Issue;
  assets: [string, Uint8Array][];
}

export type Progress = (fraction: number, stage: string) => void;

export async function runExportJob(job: ExportJob, fonts: FontSource, progress: Progress, signal?: AbortSignal): Promise<Uint8Array> {
  progress(0, '排版');
  const tree = layoutIssue(job.issue, fonts, { onProgress: (f) => progress(0.7 * f, '排版') });
  signal?.throwIfAborted();
  const assets = new Map(job.assets);
  if (job.kind === 'pdf') {
    progress(0.7, '写入 PDF');
    const bytes = await writePdf(tree, fonts, { image: (name) => assets.get(name) });
    progress(1, '完成');
    return bytes;
  }
  progress(0.7, '写入 DOCX');
  const bytes = await writeDocx(job.issue, tree);
  progress(1, '完成');
  return bytes;
}
