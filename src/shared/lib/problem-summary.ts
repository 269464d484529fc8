/** Many problems as one message: the first few and how many more, so a long paste stays readable. */
export function summarizeProblems(problems: readonly string[], shown = 3): string | undefined {
  if (problems.length === 0) return undefined;
  const more = problems.length > shown ? ` (and ${problems.length - shown} more)` : '';
  return `${problems.slice(0, shown).join('; ')}${more}`;
}
