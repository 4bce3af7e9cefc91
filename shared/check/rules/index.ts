// Every rule, in the order their findings are listed for one place.
import type { Rule } from '../rule';
import { articleNumberingRule } from './article-numbering';
import { attachmentsRule } from './attachments';
import { datesRule } from './dates';
import { docNoRule } from './doc-no';
import { doubledCharsAllRule, doubledCharsRule } from './doubled-chars';
import { ellipsisDashRule } from './ellipsis-dash';
import { imprintRule, sectionListRule, tocTitleRule } from './issue-consistency';
import { missingGlyphRule } from './missing-glyph';
import { namesRule } from './names';
import { numberingRule } from './numbering';
import { punctuationWidthRule } from './punctuation-width';
import { quotedListCommaRule } from './quoted-list-comma';
import { quotesRule } from './quotes';
import { romanNumeralsRule } from './roman-numerals';
import { sectionCodeRule } from './section-code';
import { structureRule } from './structure';
import { traditionalCharsRule } from './traditional-chars';

export const allRules: Rule[] = [
  docNoRule,
  datesRule,
  punctuationWidthRule,
  quotesRule,
  ellipsisDashRule,
  numberingRule,
  articleNumberingRule,
  structureRule,
  doubledCharsRule,
  doubledCharsAllRule,
  traditionalCharsRule,
  romanNumeralsRule,
  quotedListCommaRule,
  attachmentsRule,
  imprintRule,
  tocTitleRule,
  sectionListRule,
  sectionCodeRule,
  namesRule,
  missingGlyphRule,
];

export const ruleIds = allRules.map((r) => r.id);
