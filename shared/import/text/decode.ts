// Text files arrive in UTF-8 (with or without BOM) or in GB18030/GBK (what Chinese Windows and WPS save by default).
import iconv from 'iconv-lite';
import { InputError } from '../../errors';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16';
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312; it maps every byte sequence, so judge the result.
    text = iconv.decode(bytes as never, "gb18030");
    encoding = 'gb18030';
  }
  if (looksBinary(text)) throw new InputError(fileName, '', '不是文本文件（含有大量控制字符或无法识别的编码）');
  return { text, encoding };
}

/** Random bytes decode to control characters and replacement marks; real text has almost none. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return false;
  return controlCount(sample) / sample.length > 0.02;
}

// By UTF-16 unit: a surrogate is never one of the marks counted, so this counts what a walk by code point
// counts, without an iterator and a string per character. (A function of its own: V8 optimizes the loop
// while it runs, and code after the loop in the same function had no type feedback yet — deoptimized once per file.)
function controlCount(sample: string): number {
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad;
}
