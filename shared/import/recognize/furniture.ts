// Page furniture and 版头/版记 parts that do not belong in a gazette article: 份号, 密级, 紧急程度, 签发人,
// 红头 (发文机关标志), 印发机关和印发日期, lone folios and leaked running heads.
import type { SourceItem, SourceText } from '../source';
import { BRACKETED, DATE_LINE, ORGAN_ONLY, parseDocNo } from './patterns';

const FOLIO = /^([-—–－_·•\s]*\d{1,4}[-—–－_·•\s]*|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–])$/;
const SERIAL = /^(份号[:：]?\s*)?\d{6}$/;
const SECRET = /^(绝密|机密|秘密)(\s*[★☆*]\s*.*)?$/;
const URGENCY = /^(特急|加急|特提|平急)$/;
const SIGNER = /^签\s*发\s*人\s*[:：]/;
const PRINTED_BY = /^.{2,40}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$|^[（(]\s*共印\s*\d+\s*份\s*[)）]$/;
const RED_HEAD = /^.{2,30}(文件|文\s*件)$/;

export interface FurnitureResult {
  items: SourceItem[];
  dropped: Array<{ lines: number[]; text: string; reason: string }>;
}

export function dropFurniture(items: SourceItem[]): FurnitureResult {
  const dropped: FurnitureResult['dropped'] = [];
  const counts = new Map<string, number>();
  for (const item of items) if (item.kind === 'text' && item.text.length <= 40) counts.set(key(item.text), (counts.get(key(item.text)) ?? 0) + 1);
  const kept: SourceItem[] = [];
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'text') {
      kept.push(item);
      continue;
    }
    const reason = furnitureReason(item, index, counts);
    if (reason) dropped.push({ lines: item.lines, text: item.text, reason });
    else kept.push(item);
  }
  return { items: kept, dropped };
}

function key(text: string): string {
  return text.replace(/\s+/g, '');
}

function furnitureReason(item: SourceText, index: number, counts: Map<string, number>): string | undefined {
  const t = item.text.trim();
  if (t === '') return '空行';
  if (FOLIO.test(t)) return '页码';
  if (index < 8 && SERIAL.test(t)) return '份号';
  if (index < 8 && SECRET.test(t)) return '密级';
  if (index < 8 && URGENCY.test(t)) return '紧急程度';
  if (SIGNER.test(t) || (index < 8 && /签\s*发\s*人\s*[:：]/.test(t) && !parseDocNo(t))) return '签发人';
  if (/^[〔［\[(（]\s*此处.*(印章|盖章|签名).*[〕］\])）]$/.test(t)) return '印章位置';
  if (PRINTED_BY.test(t)) return '版记（印发机关和印发日期）';
  if (index < 4 && RED_HEAD.test(t) && !/关于/.test(t)) return '红头（发文机关标志）';
  // A short line repeated three times or more is a running head the extraction kept (numbered lines never are).
  if (index > 3 && /^大\s*事\s*记$/.test(t)) return '页眉（栏目名）';
  if (/公\s*报/.test(t) && t.length <= 40 && !/[。，]/.test(t) && (/第\s*\d+\s*期|总第/.test(t) || (counts.get(key(t)) ?? 0) >= 2)) return '页眉（刊名、期号）';
  if ((counts.get(key(t)) ?? 0) >= 3 && !DATE_LINE.test(t) && !BRACKETED.test(t) && !/[:：]$/.test(t) && !ORGAN_ONLY.test(t.replace(/\s/g, '')) && !/^[一二三四五六七八九十\d（(第]/.test(t) && !/[。，；]/.test(t) && !/^\d{1,2}月/.test(t)) return '重复的页眉';
  return undefined;
}
