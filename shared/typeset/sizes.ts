// Chinese 号 sizes as office software defines them (TYPESETTING.md §1.2): 三号 = 16 pt, 二号 = 22 pt …
const SIZES: Record<string, number> = {
  初号: 42, 小初: 36, 一号: 26, 小一: 24, 二号: 22, 小二: 18, 三号: 16, 小三: 15,
  四号: 14, 小四: 12, 五号: 10.5, 小五: 9, 六号: 7.5, 小六: 6.5, 七号: 5.5,
};

/** Points for a profile size: a number of points or a 号 name. Unknown names fall back to 三号. */
export function pointSize(size: number | string): number {
  if (typeof size === 'number') return size;
  return SIZES[size] ?? (Number.parseFloat(size) || 16);
}

export const MM = 72 / 25.4;
