// Organ and leader names from the gazette's dictionary: a string that differs from a listed name in one
// character (郑洪云 / 郑红云) is reported, unless it is itself a listed name. Names shorter than three
// characters are matched only exactly (too many ordinary words differ from them by one character).
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';

const id = 'names';

export const namesRule: Rule = {
  id,
  checkUnit(unit, { profile }) {
    const names = (profile.names ?? []).filter((n) => [...n].length >= 3);
    if (names.length === 0) return [];
    const known = new Set(profile.names);
    const found: Finding[] = [];
    const text = unit.text;
    for (const name of names) {
      const len = name.length;
      for (let i = 0; i + len <= text.length; i++) {
        const window = text.slice(i, i + len);
        if (known.has(window) || !/^\p{Script=Han}+$/u.test(window)) continue;
        let diff = 0;
        for (let k = 0; k < len && diff < 2; k++) if (window[k] !== name[k]) diff++;
        // Two-character overlap on a three-character name is weak: the differing one must not be the first.
        if (diff !== 1 || (len === 3 && window[0] !== name[0])) continue;
        found.push(findingAt(unit, id, 'warning', i, window, `“${window}”与名录中的“${name}”只差一个字，请核对`, name));
      }
    }
    return found;
  },
};
