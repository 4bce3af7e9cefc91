// Issue (+ the engine's page numbers for the static 目录) → DOCX bytes with the docx package.
// (Foundation placeholder; the DOCX issue implements it.)
import type { Issue } from '../../model/issue';
import type { PageTree } from '../../typeset/page-tree';

export async function writeDocx(_issue: Issue, _tree: PageTree | null): Promise<Uint8Array> {
  throw new Error('DOCX 输出尚未实现');
}
