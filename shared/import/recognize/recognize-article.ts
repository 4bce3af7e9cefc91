// SourceItems of one document → one Article: furniture dropped, broken paragraphs joined, head and body recognised.
import type { Block } from '../../model/blocks';
import type { Article, ArticleMeta, FieldSource } from '../../model/issue';
import type { SourceItem } from '../source';
import { readBody } from './body';
import { dropFurniture } from './furniture';
import { readHeader } from './header';
import { joinBrokenParagraphs } from './join';
import { dropCjkNumberSpaces, dropSpaces, fullWidthPunctuation } from './normalize';
import { parseDateLine } from './patterns';

export interface RecognizeOptions {
  id: string;
  fileName: string;
  normalize: boolean;
}

export function recognizeArticle(sourceItems: SourceItem[], options: RecognizeOptions): { article: Article; notes: string[] } {
  const notes: string[] = [];
  const furniture = dropFurniture(sourceItems);
  if (furniture.dropped.length) {
    const reasons = [...new Set(furniture.dropped.map((d) => d.reason))].join('、');
    notes.push(`去掉了 ${furniture.dropped.length} 行版头、版记或页面附属文字（${reasons}）`);
  }
  const header = readHeader(furniture.items, options.normalize);
  const bodyItems = joinBrokenParagraphs(furniture.items.slice(header.bodyStart), notes);
  const n = options.normalize;
  const prose = (t: string) => (n ? dropCjkNumberSpaces(fullWidthPunctuation(t)) : t);
  const tight = (t: string) => (n ? fullWidthPunctuation(dropSpaces(t)) : t);
  const body = readBody(bodyItems, { kind: header.kind, title: header.title, prose, tight });
  const lead: Block[] = [];
  if (header.subtitle) lead.push({ type: 'paragraph', role: 'subtitle', align: 'center', children: [{ text: tight(header.subtitle.text) }] });
  if (header.speechDate) lead.push({ type: 'paragraph', role: 'speechDate', align: 'center', children: [{ text: tight(header.speechDate.text) }] });
  if (header.speaker) lead.push({ type: 'paragraph', role: 'speaker', align: 'center', children: [{ text: header.speaker.text.trim() }] });
  const titleLines = header.titleLines.map((l) => (n ? fullWidthPunctuation(l) : l));
  const meta: ArticleMeta = { title: titleLines.join('') || options.fileName };
  if (titleLines.length > 1) meta.titleLines = titleLines;
  if (header.docNo) meta.docNo = header.docNo;
  if (header.recipients) meta.recipients = n ? fullWidthPunctuation(header.recipients) : header.recipients;
  if (body.signer) meta.signer = body.signer;
  const speechDate = header.speechDate ? parseDateLine(header.speechDate.text) : undefined;
  const date = header.kind === 'speech' ? speechDate ?? body.date : body.date ?? speechDate;
  if (date) meta.date = date;
  if (body.note) meta.note = body.note;
  if (header.speaker) meta.speaker = dropSpaces(header.speaker.text);
  const fields: Record<string, FieldSource> = { ...header.fields, ...body.fields };
  if (header.kind === 'speech' && header.fields.date) fields.date = header.fields.date;
  else if (!body.date && !speechDate) delete fields.date;
  if (!meta.title || meta.title === options.fileName) notes.push('没有找到标题，暂用文件名');
  const article: Article = {
    id: options.id,
    kind: header.kind,
    meta,
    body: [...lead, ...body.blocks],
    source: { file: options.fileName, fields: fields as NonNullable<Article['source']>['fields'], ...(notes.length ? { notes } : {}) },
  };
  return { article, notes };
}
