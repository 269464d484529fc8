import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

import { clamp } from './use-grid-keys';

/** Rough width of one character of the monospace headers. */
const CHAR_WIDTH = 7.5;

/** The selected cell is always rendered, so keyboard focus survives scrolling it out of view. */
export function keepSelected(index: number) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (index >= 0 && index < range.count && !indexes.includes(index)) {
      indexes.push(index);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  };
}

/** Room for the longest account name, within bounds. */
export function headerSize(accounts: readonly string[], min: number, max: number): number {
  let longest = 0;
  for (const account of accounts) longest = Math.max(longest, account.length);
  return Math.round(clamp(longest * CHAR_WIDTH + 24, min, max));
}
