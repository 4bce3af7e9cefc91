// One-click fix of a finding: replace the quoted text at its place (a block's text or a meta field) by the fix.
// Works on the model, so it applies to documents whose editor is not open too.
import type { Finding } from '../../shared/check/run-checks';
import type { Article } from '../../shared/model/issue';
import type { Block, TextLeaf } from '../../shared/model/blocks';

function fixLeaves(leaves: TextLeaf[], offset: number, text: string, fix: string): TextLeaf[] | null {
  let start = 0;
  return leaves.map((leaf) => {
    const end = start + leaf.text.length;
    const at = offset - start;
    start = end;
    if (at >= 0 && at <= leaf.text.length && leaf.text.slice(at, at + text.length) === text) {
      return { ...leaf, text: leaf.text.slice(0, at) + fix + leaf.text.slice(at + text.length) };
    }
    return leaf;
  });
}

/** The article with the fix applied, or null when the text is no longer where the finding says. */
export function applyFix(article: Article, finding: Finding): Article | null {
  if (finding.fix === undefined) return null;
  if (finding.block < 0) {
    const field = (finding.field ?? 'title') as keyof Article['meta'];
    const value = article.meta[field];
    if (typeof value !== 'string') return null;
    const at = value.indexOf(finding.text, Math.max(0, finding.offset - 1));
    if (at < 0) return null;
    return { ...article, meta: { ...article.meta, [field]: value.slice(0, at) + finding.fix + value.slice(at + finding.text.length) } };
  }
  const block = article.body[finding.block];
  if (!block || (block.type !== 'paragraph' && block.type !== 'heading')) return null;
  const children = fixLeaves(block.children, finding.offset, finding.text, finding.fix);
  if (!children || children.every((leaf, i) => leaf === block.children[i])) return null;
  const body = article.body.slice();
  body[finding.block] = { ...block, children } as Block;
  return { ...article, body };
}
