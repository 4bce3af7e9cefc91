// A text that holds several documents (a whole gazette) → one item list per document, found through its 目录:
// each 目录 entry's title is looked up in the body after it. Without split and without a 目录: one document.
import type { SourceItem, SourceText } from '../source';
import { blockText } from '../../model/blocks';
import { titleKey } from '../recognize/normalize';

const TOC_HEAD = /^目\s*录$/;

export interface SplitDocument {
  items: SourceItem[];
  /** The 目录 entry's title (spaces removed), when the document was found through one. */
  tocTitle?: string;
}

export function splitDocuments(items: SourceItem[], split: boolean, warnings: string[]): SplitDocument[] {
  const tocAt = items.findIndex((it, k) => k < 400 && it.kind === 'text' && TOC_HEAD.test(it.text.trim()));
  if (tocAt < 0 && !split) return [{ items }];
  const entries = tocAt >= 0 ? tocEntries(items, tocAt) : { titles: [], end: 0 };
  const starts: number[] = [];
  const tocTitles: string[] = [];
  let from = entries.end;
  for (const candidates of entries.titles) {
    let at = -1;
    for (const title of candidates) if ((at = findTitle(items, from, title)) >= 0) break;
    // The 目录 title is the shortest candidate that finds the same heading (no 栏目 name or running head before it).
    const used = [...candidates].reverse().find((c) => findTitle(items, at, c) === at) ?? '';
    const title = candidates[candidates.length - 1]!;
    if (at >= 0) {
      starts.push(at);
      tocTitles.push(used);
      from = at + 1;
    } else warnings.push(`目录条目“${title}”在正文中没有找到`);
  }
  // A hidden 栏目 line (read from our DOCX export) stands right before a document's title: a 栏目 starts a document
  // even when the 目录 misses its first entry, and no document runs on into the next 栏目.
  let added = 0;
  for (let k = entries.end; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind !== 'text' || item.section === undefined || starts.includes(k)) continue;
    const at = starts.findIndex((s) => s > k);
    starts.splice(at < 0 ? starts.length : at, 0, k);
    tocTitles.splice(at < 0 ? tocTitles.length : at, 0, '');
    added++;
  }
  if (starts.length === 0) {
    if (split) warnings.push('没有找到目录，无法拆分，按一篇文档导入');
    return [{ items }];
  }
  warnings.push(`按目录拆分为 ${starts.length} 篇文档${added ? `（其中 ${added} 篇按栏目标记找到）` : ''}`);
  const end = backMatterStart(items, starts[starts.length - 1]! + 1);
  if (end < items.length) warnings.push(`封底版权信息（${items.length - end} 行）不属于最后一篇文档，未导入`);
  return starts.map((s, k) => ({ items: items.slice(s, starts[k + 1] ?? end), ...(tocTitles[k] ? { tocTitle: tocTitles[k]! } : {}) }));
}

/** Fields of a back cover's imprint (版权页): 主管：… 主办：… 印数：… */
const IMPRINT = /^(主\s*管|主\s*办|承\s*办|编辑出版|编\s*辑|出\s*版|编印单位|地\s*址|电\s*话|传\s*真|邮\s*编|邮政编码|网\s*址|印刷单位|印\s*刷|印刷日期|印\s*数|准印证号|发送对象|发\s*送|内部资料)\s*[:：]/;

/**
 * Where the back cover's imprint starts after the last document: a closing run of imprint fields (at least two)
 * and short lines naming the 公报; the whole end of the text otherwise.
 */
function backMatterStart(items: SourceItem[], from: number): number {
  let start = items.length;
  let fields = 0;
  for (let k = items.length - 1; k >= from; k--) {
    const item = items[k]!;
    if (item.kind !== 'text') break;
    const t = item.text.trim();
    if (IMPRINT.test(t)) fields++;
    else if (!(/公\s*报/.test(t) && t.length <= 200)) break;
    start = k;
  }
  return fields >= 2 ? start : items.length;
}

/**
 * 目录 entries: an entry ends in a page number "(12)", after leaders or a 文号; its title may have wrapped over the
 * lines before. Each entry gives its candidate titles: all pending lines, then without the first ones (a 栏目 name
 * or a running head may stand before it).
 */
function tocEntries(items: SourceItem[], tocAt: number): { titles: string[][]; end: number } {
  const titles: string[][] = [];
  let pending: string[] = [];
  let end = tocAt + 1;
  let misses = 0;
  for (let k = tocAt + 1; k < items.length && misses < 8; k++) {
    const item = items[k]!;
    if (item.kind === 'image') break;
    // The second 目录 page may come out as tab-separated rows ("title 文号<TAB>(53)").
    const lines = item.kind === 'text' ? [item.text.trim()] : item.block.children.map((row) => blockText(row).replace(/\t/g, ' ').trim());
    for (const t of lines) {
    if (TOC_HEAD.test(t) || t === '') continue;
    const m = PAGE_MARK.exec(t);
    if (m) {
      const head = t.slice(0, m.index).replace(DOC_NO_ANYWHERE, '').replace(/[.…·．\s]+$/, '');
      const parts = [...pending, head].map((p) => p.replace(DOC_NO_ANYWHERE, '')).filter((p) => titleKey(p).length > 0);
      const candidates = parts.map((_, i) => titleKey(parts.slice(i).join(''))).filter((c) => c.length >= 6);
      if (candidates.length) titles.push(candidates);
      pending = [];
      end = k + 1;
      misses = 0;
    } else {
      pending.push(t);
      if (pending.length > 4) pending.shift();
      misses++;
    }
    }
  }
  return { titles, end };
}

const PAGE_MARK = /(?:[.…·．]{2,}\s*|\s+|\t|^)[(（]?\s*(\d{1,4})\s*[)）]?\s*$/;
const DOC_NO_ANYWHERE = /[\u4e00-\u9fa5]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号/g;

/** The body heading of a 目录 entry: the joined next lines start it, or it ends the entry (a speech's entry adds the speaker). */
function findTitle(items: SourceItem[], from: number, title: string): number {
  const body = title.replace(/^[^在]{1,12}(?=在.+讲话$)/, '');
  for (let k = from; k < items.length; k++) {
    const first = items[k];
    if (first?.kind !== 'text') continue;
    const key = titleKey(first.text);
    if (key.length < 4 || !(title.startsWith(key) || body.startsWith(key))) continue;
    let joined = '';
    for (let j = k; j < Math.min(items.length, k + 4); j++) {
      const it = items[j] as SourceText;
      if (it.kind !== 'text') break;
      joined += titleKey(it.text);
      if (joined.startsWith(title) || joined.startsWith(body) || (joined.length >= 6 && (title.startsWith(joined) || body.startsWith(joined)) && joined.length >= Math.min(title.length, body.length) - 2)) return k;
      if (!(title.startsWith(joined) || body.startsWith(joined))) break;
    }
  }
  return -1;
}
