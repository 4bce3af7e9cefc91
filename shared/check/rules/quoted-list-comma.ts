// No 顿号 between items each in quotes or 书名号: “米袋子”“菜篮子”, 《A》《B》 (GB/T 15834 §4.5.3.5;
// a 顿号 stays when a note in brackets stands between them).
import { patternRule } from '../pattern-rule';

export const quotedListCommaRule = patternRule({
  id: 'quoted-list-comma',
  patterns: [
    {
      re: /(?<=”)、(?=“)|(?<=》)、(?=《)/gu,
      severity: 'warning',
      message: (m) => (m.input[m.index - 1] === '》' ? '并列的书名号之间不用顿号' : '并列的引号之间不用顿号'),
      fix: () => '',
    },
  ],
});
