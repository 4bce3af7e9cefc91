// The body of a 公文: heading levels, 附件说明, 署名, 成文日期, 附注, embedded titles of what a 印发 notice
// prints in full, 政策解读, 大事记 entries, tables with their titles and notes. 署名/日期/附注 stay where they stand.
import type { Block, FontRole, ParagraphBlock, ParagraphRole, TableBlock, TextLeaf } from '../../model/blocks';
import type { ArticleKind, FieldSource } from '../../model/issue';
import type { SourceItem, SourceText } from '../source';
import { sameParagraph } from './header';
import { titleKey } from './normalize';
import {
  ATTACHMENT, ATTACHMENT_LABEL, BRACKETED, CHRONICLE, COPY_TO, DATE_LINE, INTERPRETATION, NOTE_LINE, PROSE_PUNCT,
  TABLE_NOTE, TABLE_TITLE, headingOf, parseDateLine,
} from './patterns';

export interface BodyOptions {
  kind: ArticleKind;
  title: string;
  /** Text transform for prose (punctuation width, number spaces) and for titles/dates (spaces dropped). */
  prose: (t: string) => string;
  tight: (t: string) => string;
}

export interface BodyResult {
  blocks: Block[];
  signer?: string;
  date?: string;
  note?: string;
  fields: Record<string, FieldSource>;
}

interface Classified {
  item: SourceItem;
  role?: ParagraphRole;
  heading?: 1 | 2 | 3 | 4;
  runIn?: boolean;
  /** An enumerated clause ending in a semicolon (or the full stop closing a run of them). */
  listItem?: boolean;
}

const HEADING_FONT: Record<number, FontRole | undefined> = { 1: 'hei', 2: 'kai' };

export function readBody(items: SourceItem[], options: BodyOptions): BodyResult {
  const quoted = quotedNames(items);
  const issuing = /(印发|转发|批转|公布|颁布|发布)/.test(options.title);
  const cls: Classified[] = [];
  let closed = false; // the covering part's 落款 has been seen
  let expectEmbedded = false;
  for (const [k, item] of items.entries()) {
    if (item.kind !== 'text') {
      cls.push({ item });
      continue;
    }
    const t = item.text.trim();
    const prev = cls[cls.length - 1];
    const short = t.length <= 60 && !PROSE_PUNCT.test(t);
    let c: Classified = { item };
    if (prev?.role === 'embeddedTitle' && prev.item.kind === 'text' && sameParagraph(prev.item, item)) {
      // A printed document's title broken by meaning with manual line breaks: one paragraph, one title.
      prev.item = { ...prev.item, text: prev.item.text + t };
      continue;
    }
    if (DATE_LINE.test(t) && !BRACKETED.test(t) && parseDateLine(t)) {
      c.role = 'date';
      const p = prev?.item;
      if (p?.kind === 'text' && !prev!.role && !prev!.heading && p.text.trim().length <= 30 && !PROSE_PUNCT.test(p.text) && !/[:：]$/.test(p.text.trim())) prev!.role = 'signature';
      closed = true;
      expectEmbedded = issuing;
    } else if (NOTE_LINE.test(t) || /^[（(]\s*本文有删减\s*[)）]$/.test(t)) {
      c.role = 'note';
      closed = true;
      expectEmbedded = issuing;
    } else if (prev?.role === 'embeddedTitle' && BRACKETED.test(t) && /\d{4}\s*年/.test(t) && /(通过|批准|会议|修订|发布)/.test(t)) c.role = 'subtitle';
    else if (ATTACHMENT.test(t)) c.role = 'attachment';
    else if (prev?.role === 'attachment' && /^\d{1,2}\s*[.．、]/.test(t) && !/。/.test(t) && t.length <= 80) c.role = 'attachment';
    else if (ATTACHMENT_LABEL.test(t)) c.role = 'attachmentLabel';
    else if (COPY_TO.test(t)) c.role = 'copyTo';
    else if (options.kind === 'chronicle' && CHRONICLE.test(t)) c.role = 'chronicle';
    else if (options.kind === 'appointment' && /^(任命|免去|聘任|解聘|聘|任|免)/.test(t)) c.role = 'appointment';
    else if (options.kind === 'chronicle' && /^\d{1,2}\s*月(份)?$/.test(t)) c.heading = 1;
    else if ((TABLE_TITLE.test(t) && t.length <= 60) || (items[k + 1]?.kind === 'table' && namesTable(t) && !matchesQuoted(t, quoted))) c.role = 'tableTitle';
    else if (TABLE_NOTE.test(t) || (prev?.role === 'tableNote' && /^\d{1,2}\s*[.．、]/.test(t))) c.role = 'tableNote';
    else if ((short && ((expectEmbedded && !headingOf(t)) || (closed && INTERPRETATION.test(t) && t.length <= 50))) || (t.length <= 100 && !PROSE_PUNCT.test(t) && matchesQuoted(t, quoted))) {
      c.role = 'embeddedTitle';
      expectEmbedded = false;
    } else if (prev?.role === 'embeddedTitle' && /^[（(]\s*\d{4}\s*[—\-－~至]\s*\d{4}\s*年\s*[)）]$/.test(t)) {
      // "德宏儿童发展规划" / "(2021—2030年)": the period line finishes the embedded title.
      const p = prev.item as SourceText;
      prev.item = { ...p, text: p.text + t, lines: [...p.lines, ...item.lines] };
      continue;
    } else {
      const h = headingOf(t);
      // Enumerated clauses (第七条 …应当遵守下列规定： / （一）…； … （四）…。) are list items, not headings: a heading
      // never ends in a semicolon, and the clause that closes such a run ends in a full stop.
      const listItem = h && h.level >= 2 && (/[；;]$/.test(t) || (/。$/.test(t) && Boolean(prev?.listItem)));
      if (h && listItem) c.listItem = true;
      else if (h) {
        const isHeading = t.length <= 50 && !/。./.test(t) && !/^第[一二三四五六七八九十百零〇]+条/.test(t);
        c.heading = h.level;
        if (!isHeading) c.runIn = true;
      }
      expectEmbedded = false;
    }
    cls.push(c);
  }
  return assemble(cls, options);
}

function assemble(cls: Classified[], options: BodyOptions): BodyResult {
  const blocks: Block[] = [];
  const fields: Record<string, FieldSource> = {};
  const result: BodyResult = { blocks, fields };
  for (const c of cls) {
    const item = c.item;
    if (item.kind === 'table') {
      blocks.push(mapCells(item.block, options.prose));
      continue;
    }
    if (item.kind === 'image') {
      blocks.push(item.block);
      continue;
    }
    const raw = item.text.trim();
    if (c.heading && !c.runIn) {
      blocks.push({ type: 'heading', level: c.heading, children: leavesOf(item, (t) => chapterSpace(t, (x) => labelTidy(options.tight(x)))) });
      continue;
    }
    const tightRoles: ParagraphRole[] = ['date', 'signature', 'embeddedTitle', 'speaker', 'speechDate', 'tableTitle', 'attachmentLabel'];
    const transform = c.role && tightRoles.includes(c.role) ? options.tight : options.prose;
    let children = leavesOf(item, (t) => (c.runIn ? labelTidy(transform(t)) : transform(t)));
    if (c.runIn && c.heading && HEADING_FONT[c.heading] && children.length === 1) children = splitRunIn(children[0]!.text, HEADING_FONT[c.heading]!);
    const block: ParagraphBlock = { type: 'paragraph', children };
    if (c.role) block.role = c.role;
    if (item.align && item.align !== 'justify' && item.align !== 'left') block.align = item.align;
    blocks.push(block);
    const text = children.map((l) => l.text).join('');
    if (c.role === 'signature' && !result.signer) {
      result.signer = options.tight(raw);
      fields.signer = { confidence: 0.85, lines: item.lines, rule: '成文日期上一行的机关名称' };
    }
    if (c.role === 'date' && !result.date) {
      result.date = parseDateLine(raw);
      fields.date = { confidence: 0.95, lines: item.lines, rule: '单独成行的成文日期' };
    }
    if (c.role === 'note' && !result.note) {
      result.note = text;
      fields.note = { confidence: 0.95, lines: item.lines, rule: '括号中的附注' };
    }
  }
  return result;
}

function leavesOf(item: SourceText, transform: (t: string) => string): TextLeaf[] {
  if (item.leaves && item.leaves.length && item.leaves.map((l) => l.text).join('') === item.text) {
    const leaves = item.leaves.map((l) => ({ ...l, text: transform(l.text) })).filter((l) => l.text !== '');
    if (leaves.length) return leaves;
  }
  return [{ text: transform(item.text.trim()) }];
}

/**
 * 第一章　总　则 → 第一章　总则: a chapter or section label keeps one full-width space before its name (as laws and
 * 办法 print it); the rest of the line is tidied like any heading. Without a space in the source none is added.
 */
function chapterSpace(t: string, tidy: (t: string) => string): string {
  const m = /^\s*(第[一二三四五六七八九十百零〇]+[章节])[\s\u3000]+(\S.*)$/.exec(t);
  if (!m) return tidy(t);
  const name = tidy(m[2]!);
  // normalize:false leaves the text as written.
  return name === m[2] && tidy(t) === t ? t : `${tidy(m[1]!)}\u3000${name}`;
}

/** "(一) 指导思想" → "（一）指导思想"; "1. 坚持" → "1.坚持"; "一、 总则" → "一、总则". */
function labelTidy(t: string): string {
  return t
    .replace(/^[（(]\s*([一二三四五六七八九十百零〇]+|\d{1,2})\s*[）)]\s*/, '（$1）')
    .replace(/^(\d{1,2})\s*[.．]\s*(?!\d)/, '$1.')
    .replace(/^([一二三四五六七八九十百零〇]+)\s*、\s*/, '$1、');
}

/** A run-in heading: the heading sentence set in the level's font, the rest as body text. */
function splitRunIn(text: string, font: FontRole): TextLeaf[] {
  const end = text.search(/[。：:]/);
  if (end < 0 || end > 60 || end === text.length - 1) return [{ text }];
  return [{ text: text.slice(0, end + 1), font }, { text: text.slice(end + 1) }];
}

/** A line right before a table that names it (示例市2024年春季农业生产重点任务分工表): short, no sentence, no label. */
function namesTable(t: string): boolean {
  return t.length >= 4 && t.length <= 60 && !PROSE_PUNCT.test(t) && !/[:：]/.test(t) && !headingOf(t) && !DATE_LINE.test(t) && !BRACKETED.test(t) && !ATTACHMENT_LABEL.test(t);
}

/** Names in 《》 in the covering text (before the first date): the documents a 印发 notice prints. */
function quotedNames(items: SourceItem[]): string[] {
  const names: string[] = [];
  for (const item of items) {
    if (item.kind !== 'text') continue;
    if (DATE_LINE.test(item.text.trim())) break;
    for (const m of item.text.matchAll(/《([^《》]{4,100})》/g)) names.push(quoteKey(m[1]!));
  }
  return names;
}

function matchesQuoted(t: string, names: string[]): boolean {
  const k = quoteKey(t);
  if (k.length < 4) return false;
  const bare = (x: string) => x.replace(/（[^（）]*）$/, '');
  return names.some((n) => n === k || (k.length >= 6 && bare(n) === bare(k)) || (Math.abs(n.length - k.length) <= 2 && n.slice(-6) === k.slice(-6) && n.slice(0, 2) === k.slice(0, 2)));
}

/** Cell text gets the same normalisation as prose. */
function mapCells(table: TableBlock, prose: (t: string) => string): TableBlock {
  return {
    ...table,
    children: table.children.map((row) => ({
      ...row,
      children: row.children.map((cell) => ({
        ...cell,
        children: cell.children.map((p) => ({ ...p, children: p.children.map((l) => ({ ...l, text: prose(l.text) })) })),
      })),
    })),
  };
}

/** A title inside 《》 writes nested titles with 〈〉; printed alone it uses 《》. */
function quoteKey(t: string): string {
  return titleKey(t).replace(/〈/g, '《').replace(/〉/g, '》');
}
