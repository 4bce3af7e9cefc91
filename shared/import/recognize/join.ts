// Re-joins paragraphs that text extraction cut at a page break ("…纳入各级政" / "府经济社会发展…").
// Only for text sources: a docx paragraph is whole by construction.
import type { SourceItem, SourceText } from '../source';
import {
  ATTACHMENT, ATTACHMENT_LABEL, BRACKETED, CHRONICLE, COPY_TO, DATE_LINE, GENRE_END, NOTE_LINE, ORGAN_ONLY, PROSE_PUNCT, TABLE_NOTE,
  TABLE_TITLE, TERMINAL, headingOf, parseDocNo,
} from './patterns';

/** A line that starts something of its own and is never the tail of the previous paragraph. */
export function startsSomething(t: string): boolean {
  return (
    !!headingOf(t) || DATE_LINE.test(t) || NOTE_LINE.test(t) || ATTACHMENT.test(t) || ATTACHMENT_LABEL.test(t) || COPY_TO.test(t) ||
    CHRONICLE.test(t) || TABLE_TITLE.test(t) || TABLE_NOTE.test(t) || /^(——|—|第[一二三四五六七八九十百零〇]+条)/.test(t) ||
    (BRACKETED.test(t) && t.length <= 40) || /^[（(]\s*\d{4}\s*年/.test(t) || !!parseDocNo(t) || /^(同志们|各位)/.test(t)
  );
}

/**
 * A 署名 candidate: a short line without sentence punctuation right before a 成文日期 line (示例市人民政府办公室 /
 * 2024年2月26日), or one of up to three organ names over a date (joint 署名). It stands alone, so a line without final
 * punctuation before it (a 附件说明) never absorbs it.
 */
function signsOff(items: SourceItem[], k: number): boolean {
  const line = (j: number) => (items[j]?.kind === 'text' ? (items[j] as SourceText).text.trim() : undefined);
  const t = line(k)!;
  if (t.length > 40 || PROSE_PUNCT.test(t) || /[:：]$/.test(t) || TERMINAL.test(t)) return false;
  if (DATE_LINE.test(line(k + 1) ?? '')) return true;
  for (let j = k; j < k + 3; j++) {
    const organ = line(j);
    if (organ === undefined || !ORGAN_ONLY.test(organ.replace(/\s+/g, ''))) return false;
    if (DATE_LINE.test(line(j + 1) ?? '')) return true;
  }
  return false;
}

function unbalanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g);
}

/** Could the text go on in the next line? `tail` is its end, `length` its whole length. */
function continues(tail: string, length: number): boolean {
  const t = tail.length > 200 ? tail.slice(-200) : tail;
  if (length < 6 || (TERMINAL.test(t) && !/》$/.test(t)) || /[\u3400-\u9fff]\.$/.test(t)) return false;
  if (DATE_LINE.test(t) || NOTE_LINE.test(t) || parseDocNo(t) || (BRACKETED.test(t) && t.length <= 40)) return false;
  if (length <= 45 && headingOf(t) && !/。/.test(t)) return false;
  // A title-like line (no sentence punctuation, ends with a 文种) stands alone however long it is.
  if (length <= 90 && tail.length === length && !PROSE_PUNCT.test(t) && GENRE_END.test(t)) return false;
  if (unbalanced(t)) return true;
  return PROSE_PUNCT.test(t) || length >= 30 || !GENRE_END.test(t);
}

export function joinBrokenParagraphs(items: SourceItem[], notes: string[]): SourceItem[] {
  // Parts are joined once at the end: growing one string and reading its tail at every step would be quadratic.
  const out: Array<{ item: SourceItem; parts?: string[]; length: number }> = [];
  let joins = 0;
  for (const [k, item] of items.entries()) {
    const prev = out[out.length - 1];
    const p = prev?.item;
    if (item.kind === 'text' && !item.whole && p?.kind === 'text' && !p.whole) {
      const tail = prev!.parts ? prev!.parts.slice(-2).join('') : p.text;
      if (continues(tail, prev!.length) && !startsSomething(item.text.trim()) && !signsOff(items, k)) {
        const sep = /[A-Za-z]$/.test(tail) && /^[A-Za-z]/.test(item.text) ? ' ' : '';
        if (!prev!.parts) {
          prev!.parts = [p.text];
          prev!.item = { ...p, lines: [...p.lines] };
        }
        prev!.parts.push(sep + item.text.trim());
        (prev!.item as SourceText).lines.push(...item.lines);
        prev!.length += sep.length + item.text.trim().length;
        joins++;
        continue;
      }
    }
    out.push({ item, length: item.kind === 'text' ? item.text.length : 0 });
  }
  if (joins) notes.push(`重新接上了在分页处断开的段落 ${joins} 处`);
  return out.map((o) => (o.parts ? { ...(o.item as SourceText), text: o.parts.join('') } : o.item));
}
