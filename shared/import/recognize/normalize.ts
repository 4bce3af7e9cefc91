// Text normalisation done on import (ImportOptions.normalize): half-width punctuation inside Chinese text becomes
// full width, and the spaces PDF extraction and Chinese typesetting leave around numbers go. The checker imports
// with normalize:false to see the original.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》—…';
const CJK_RE = new RegExp(`[${CJK}]`);
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK_RE.test(ch);
const HAN = /[\u3400-\u9fff]/;

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

/** Half-width , : ; ? ! and () beside Chinese text → full width; leaves 10:30, 1,000 and (a) alone. */
export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!(ch in WIDE)) {
      out.push(ch);
      continue;
    }
    const prev = prevNonSpace(chars, i);
    const next = nextNonSpace(chars, i);
    if (/\d/.test(prev ?? '') && /\d/.test(next ?? '') && (ch === ':' || ch === ',')) {
      out.push(ch);
      continue;
    }
    if (isCjk(prev) || (isCjk(next) && prev !== undefined && !/[A-Za-z0-9]/.test(prev)) || (isCjk(next) && ch !== ',')) {
      out.push(WIDE[ch]!);
      // The full-width mark carries its own space.
      if (chars[i + 1] === ' ' && isCjk(next)) i++;
    } else out.push(ch);
  }
  // A full stop after Chinese text, at the end or before more Chinese (never in 1.2 or 1.).
  let result = out.join('').replace(/([\u3400-\u9fff])\.(?=$|[\u3400-\u9fff“”])/g, '$1。');
  // Brackets: a pair whose content or surroundings are Chinese.
  const source = result;
  result = result.replace(/\(([^()]*)\)/g, (whole, inner: string, offset: number) => {
    const before = source[offset - 1];
    if (HAN.test(inner) || isCjk(before) || /^[一二三四五六七八九十]+$/.test(inner)) return `（${inner.trim()}）`;
    return whole;
  });
  return result;
}

function prevNonSpace(chars: string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (chars[j] !== ' ') return chars[j];
  return undefined;
}
function nextNonSpace(chars: string[], i: number): string | undefined {
  for (let j = i + 1; j < chars.length; j++) if (chars[j] !== ' ') return chars[j];
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
