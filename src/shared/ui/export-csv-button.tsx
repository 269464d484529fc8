import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={t('exportCsv.label', { of })}
      data-testid="export-csv"
      disabled={rows === 0}
      onClick={onExport}
    >
      {t('exportCsv.button')}
    </Button>
  );
}
