/** A UTF-8 byte order mark: without it Excel reads the file as ANSI and garbles Chinese. */
const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection") get a leading apostrophe,
 * which Excel and LibreOffice show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a BOM and CRLF line ends; headers name fields as Tencent does. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
