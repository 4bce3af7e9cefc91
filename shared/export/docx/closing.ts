// 署名 and 成文日期 of an unsealed document, GB/T 9704-2012 §7.3.5.2: the 署名 stands 右空二字; the date goes on the
// next line with its first character two characters right of the 署名's first; a date that would then come
// closer than two characters to the right edge is set 右空二字 and the 署名 moves left to keep the two-character
// offset (the engine's reading too). Dates print as 2022年11月3日 (§7.3.5.4).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-11-03" → "2022年11月3日"; anything else is returned as written. */
export function formatChineseDate(value: string): string {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return value;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Width in 字: Han characters and full-width marks count 1, half-width characters (digits, Latin) ½. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

export interface ClosingIndents {
  /** Right indent of the 署名 line, in 字 */
  signer: number;
  /** Right indent of the date line, in 字 */
  date: number;
}

export function closingIndents(signer: string | undefined, date: string): ClosingIndents {
  const dateWidth = widthInChars(date);
  if (!signer) return { signer: 2, date: 2 };
  const signerWidth = widthInChars(signer);
  // Date starts 2 字 right of the 署名's start, so its right space is signer width − date width.
  if (signerWidth - dateWidth >= 2) return { signer: 2, date: signerWidth - dateWidth };
  return { signer: dateWidth + 4 - signerWidth, date: 2 };
}
