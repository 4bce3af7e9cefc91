// What kind of character each code point is, for line breaking: Han (one grid cell), the punctuation classes of
// GB/T 15834 and clreq (点号, opening and closing marks, 间隔号, ——, ……), Latin/digits (proportional, set in the
// Latin face), spaces. The 禁则 sets are those of TYPESETTING.md §3.1 (GB-style).

export type CharKind =
  | 'han' // ideographs and other full-width characters: one cell
  | 'pause' // ，、；： — may be squeezed to half width inside a line
  | 'stop' // 。？！． — half width only at line end
  | 'open' // opening brackets, quotes, 书名号
  | 'close' // closing brackets, quotes, 书名号
  | 'middle' // 间隔号 · and full-width connectors ～ ／: one cell, glyph centred
  | 'dash' // — (two make a 2-em 破折号)
  | 'ellipsis' // … (two make a 2-em 省略号)
  | 'latin' // ASCII and Latin letters, digits, Western punctuation: the Latin face, proportional
  | 'space' // spaces and tabs: breakable, vanish at line end
  | 'zero'; // zero-width format characters: no glyph

/** Characters that may not begin a line (点号, closing marks, connectors, Western closers). */
const NO_START = new Set([
  ...'。．，、：；！‼？⁇', // 点号
  ...'”’）》〉】〗〕］｝」』', // closing
  ...'～–-·・‧/／', // 连接号, 间隔号, 分隔号
  ...',.:;!?)]}%‰℃°', // Western closers and signs that follow a number
  '\u2030', '\uff05', // ‰ ％
]);

/** Characters that may not end a line (opening marks; GB style adds the solidus). */
const NO_END = new Set([...'“‘（《〈【〖〔［｛「『', ...'([{', ...'/／']);

const PAUSE = new Set([...'，、；：']);
const STOP = new Set([...'。？！．‼⁇']);
const OPEN = new Set([...'“‘（《〈【〖〔［｛「『']);
const CLOSE = new Set([...'”’）》〉】〗〕］｝」』']);
const MIDDLE = new Set([...'·・‧～／']);
const DASH = new Set([...'—―⸺─']);
const ELLIPSIS = new Set([...'…⋯']);

const KINDS: CharKind[] = ['han', 'pause', 'stop', 'open', 'close', 'middle', 'dash', 'ellipsis', 'latin', 'space', 'zero'];
/** Kind per BMP code point, filled as characters are met (index + 1; 0 = not yet classified). */
const kindTable = new Uint8Array(0x10000);

export function charKind(ch: string): CharKind {
  const cp = ch.charCodeAt(0);
  if (cp >= 0x4e00 && cp <= 0x9fff) return 'han';
  if (ch.length > 1) return classify(ch);
  const known = kindTable[cp]!;
  if (known) return KINDS[known - 1]!;
  const kind = classify(ch);
  kindTable[cp] = KINDS.indexOf(kind) + 1;
  return kind;
}

function classify(ch: string): CharKind {
  if (PAUSE.has(ch)) return 'pause';
  if (STOP.has(ch)) return 'stop';
  if (OPEN.has(ch)) return 'open';
  if (CLOSE.has(ch)) return 'close';
  if (MIDDLE.has(ch)) return 'middle';
  if (DASH.has(ch)) return 'dash';
  if (ELLIPSIS.has(ch)) return 'ellipsis';
  const cp = ch.codePointAt(0)!;
  if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0) return 'space';
  // zero-width spaces and joiners, direction marks, soft hyphen, variation selectors: nothing to draw
  if ((cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || cp === 0x2060 || cp === 0xad || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'zero';
  // Latin, Greek and Cyrillic letters, Western punctuation, the en dash: proportional, in the Latin face.
  if (cp < 0x0500 || cp === 0x2013 || (cp >= 0x2070 && cp <= 0x209f)) return 'latin';
  return 'han';
}

export const isNoStart = (ch: string): boolean => NO_START.has(ch);
export const isNoEnd = (ch: string): boolean => NO_END.has(ch);

/** Chinese punctuation whose glyph sits in one half of its cell, so the other half can be taken away. */
export const isCompressibleMark = (kind: CharKind): boolean => kind === 'pause' || kind === 'stop' || kind === 'open' || kind === 'close';

/** Letters and digits (the characters a Han–Latin gap is put next to). */
export function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);
}
