/** Splits pasted text into account ids: one per line, or separated by commas, semicolons, tabs or spaces. */
export function parseAccountList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((account) => account.trim())
    .filter((account) => account !== '');
}
