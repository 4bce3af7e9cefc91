// Line setting: the public entry points for the block/page layer (contract in types.ts).
export * from './types';
export { breakParagraph } from './break-paragraph';
export { setSingleLine, type SingleLineOptions } from './set-single-line';
export { charKind, isNoEnd, isNoStart, type CharKind } from './char-class';
