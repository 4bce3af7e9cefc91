// Text normalisation done on import (ImportOptions.normalize): half-width punctuation inside Chinese text becomes
// full width, and the spaces PDF extraction and Chinese typesetting leave around numbers go. The checker imports
// with normalize:false to see the original.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》—…';
const CJK_RE = new RegExp(`[${CJK}]`);
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK_RE.test(ch);
const HAN = /[\u3400-\u9fff]/;

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

const MARKS = /[,:;?!]/;
const STOP = /([\u3400-\u9fff])\.(?=$|[\u3400-\u9fff“”])/g;
const PAIR = /\(([^()]*)\)/g;
const HAN_ORDINAL = /^[一二三四五六七八九十]+$/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isAsciiAlnum = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));

/** Half-width , : ; ? ! and () beside Chinese text → full width; leaves 10:30, 1,000 and (a) alone. */
export function fullWidthPunctuation(text: string): string {
  // Most paragraphs hold none of these marks: each pass runs only when its mark occurs (import of a whole
  // issue calls this for every paragraph and cell).
  let result = MARKS.test(text) ? widenMarks(text) : text;
  // A full stop after Chinese text, at the end or before more Chinese (never in 1.2 or 1.).
  if (result.includes('.')) result = result.replace(STOP, '$1。');
  // Brackets: a pair whose content or surroundings are Chinese.
  if (result.includes('(')) {
    const source = result;
    result = result.replace(PAIR, (whole, inner: string, offset: number) => {
      const before = source[offset - 1];
      if (HAN.test(inner) || isCjk(before) || HAN_ORDINAL.test(inner)) return `（${inner.trim()}）`;
      return whole;
    });
  }
  return result;
}

// Walks UTF-16 units: the marks and the space are ASCII, and a surrogate is neither CJK nor a digit or letter,
// so this decides exactly as a walk over code points would.
function widenMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const wide = WIDE[ch];
    if (wide === undefined) continue;
    const prev = prevNonSpace(text, i);
    const next = nextNonSpace(text, i);
    if (isDigit(prev) && isDigit(next) && (ch === ':' || ch === ',')) continue;
    if (isCjk(prev) || (isCjk(next) && prev !== undefined && !isAsciiAlnum(prev)) || (isCjk(next) && ch !== ',')) {
      out += text.slice(from, i) + wide;
      from = i + 1;
      // The full-width mark carries its own space.
      if (text[i + 1] === ' ' && isCjk(next)) from = ++i + 1;
    }
  }
  return out + text.slice(from);
}

function prevNonSpace(text: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (text[j] !== ' ') return text[j];
  return undefined;
}
function nextNonSpace(text: string, i: number): string | undefined {
  for (let j = i + 1; j < text.length; j++) if (text[j] !== ' ') return text[j];
  return undefined;
}

/** Spaces between Chinese and digits or Latin (2022 年, 全州 2022), which Chinese typesetting adds and text extraction keeps. */
export function dropCjkNumberSpaces(text: string): string {
  return text
    .replace(/([\u3400-\u9fff（）《》“”，。、：；])[ \u00a0]+(?=[0-9A-Za-z%])/g, '$1')
    .replace(/([0-9A-Za-z%])[ \u00a0]+(?=[\u3400-\u9fff（）《》“”，。、：；])/g, '$1');
}

/** Titles, dates, headings: every space goes except one between two ASCII letters or digits (corpus README rule). */
export function dropSpaces(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, all: string) =>
    /[A-Za-z0-9]/.test(all[offset - 1] ?? '') && /[A-Za-z0-9]/.test(all[offset + space.length] ?? '') ? ' ' : '',
  );
}

/** The comparison key of a title: no spaces, brackets unified. */
export function titleKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[[［【]/g, '〔')
    .replace(/[\]］】]/g, '〕')
    .replace(/[-－–]/g, '—');
}
