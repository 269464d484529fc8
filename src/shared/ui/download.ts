import { type CsvCell, toCsv } from '@/shared/lib/csv';

/** Saves text as a file through the browser's download, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a table as CSV (BOM, formula-safe; see toCsv), named `<name>-<UTC time>.csv`. */
export function downloadCsv(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): void {
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '');
  downloadText(`${name}-${stamp}.csv`, toCsv(headers, rows));
}
