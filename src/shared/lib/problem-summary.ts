/** Many problems as one message: the first few and how many more, so a long paste stays readable. */
export function summarizeProblems(
  problems: readonly string[],
  shown = 3,
  /** The tail in the reader's language, e.g. `(count) => t('common:andMore', { count })`. */
  andMore = (count: number) => ` (and ${count} more)`,
): string | undefined {
  if (problems.length === 0) return undefined;
  const more = problems.length > shown ? andMore(problems.length - shown) : '';
  return `${problems.slice(0, shown).join('; ')}${more}`;
}
