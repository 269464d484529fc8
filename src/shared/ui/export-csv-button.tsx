import { Button } from '@mantine/core';

/** "Export CSV" for one table; `of` names the table for screen readers ("of the blocklist"). */
export function ExportCsvButton({
  of,
  rows,
  onExport,
}: {
  of: string;
  /** Rows that would be exported; none disables the button. */
  rows: number;
  onExport: () => void;
}) {
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={`Export CSV of ${of}`}
      disabled={rows === 0}
      onClick={onExport}
    >
      Export CSV
    </Button>
  );
}
