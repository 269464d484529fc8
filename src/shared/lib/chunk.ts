/** Splits `items` into consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`chunk size must be ≥ 1, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/** `items` in slices of the most one call of `endpoint` carries (its `maxItems` in the table). */
export function callsOf<T>(endpoint: { maxItems: { max: number } }, items: readonly T[]): T[][] {
  return chunk(items, endpoint.maxItems.max);
}
