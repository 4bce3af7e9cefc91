// Word automatic numbering (numbering.xml) turned into the text it shows: 一、 （一） 1. （1） ①, counted as Word
// counts (a level restarts when a higher level advances; startOverride honoured).
import type { Element } from '@xmldom/xmldom';
import { attr, child, childrenOf, val } from './xml';

interface Level {
  fmt: string;
  text: string;
  start: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: Element | undefined) {
    if (!root) return;
    for (const abs of childrenOf(root, 'w', 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenOf(abs, 'w', 'lvl')) {
        levels.set(Number(attr(lvl, 'w', 'ilvl') ?? 0), {
          fmt: val(lvl, 'numFmt') ?? 'decimal',
          text: val(lvl, 'lvlText') ?? '',
          start: Number(val(lvl, 'start') ?? 1),
        });
      }
      this.abstracts.set(attr(abs, 'w', 'abstractNumId') ?? '', levels);
    }
    for (const num of childrenOf(root, 'w', 'num')) {
      const starts = new Map<number, number>();
      for (const o of childrenOf(num, 'w', 'lvlOverride')) {
        const s = val(o, 'startOverride');
        if (s !== undefined) starts.set(Number(attr(o, 'w', 'ilvl') ?? 0), Number(s));
      }
      this.nums.set(attr(num, 'w', 'numId') ?? '', { abstractId: val(num, 'abstractNumId') ?? '', starts });
    }
  }

  /** The label of the next paragraph numbered with (numId, ilvl), e.g. "（二）"; '' for none or a bullet. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return '';
    const levels = this.abstracts.get(num.abstractId);
    if (!levels) return '';
    // Word counts per abstract definition, so two w:num sharing one abstractNum continue each other.
    const counters = this.counters.get(num.abstractId) ?? [];
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) counters[l] = undefined as unknown as number;
    this.counters.set(num.abstractId, counters);
    const level = levels.get(ilvl);
    if (!level || level.fmt === 'bullet' || level.fmt === 'none') return '';
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? startOf(l);
      return format(value, levels.get(l)?.fmt ?? 'decimal');
    });
  }
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumber(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return [...String(n)].map((c) => String.fromCodePoint(0xff10 + Number(c))).join('');
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Paragraph numbering properties: direct w:numPr, else the style's. */
export function numPrOf(pPr: Element | undefined): { numId: string; ilvl: number } | undefined {
  const numPr = child(pPr, 'w', 'numPr');
  if (!numPr) return undefined;
  const numId = val(numPr, 'numId');
  if (numId === undefined) return undefined;
  return { numId, ilvl: Number(val(numPr, 'ilvl') ?? 0) };
}
