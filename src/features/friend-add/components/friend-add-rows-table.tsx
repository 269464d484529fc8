import {
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PREVIEW_COLORS, type Preview, type PreviewLabel } from '../api/check-first';
import { type AddRow, SHARED_FIELDS, type SharedField } from '../friend-add-rows';
import { RowLine } from './rows-table-line';

const PAGE_SIZE = 50;

/**
 * The rows the batch will send, with the values each really gets (its own, or the form's for
 * every row, shown dimmed) and, after "Check first", what friend_add would meet for each.
 */
export function FriendAddRowsTable({
  rows,
  shared,
  problems,
  preview,
  onRemove,
  onRemoveInvalid,
  onKeepReady,
}: {
  rows: AddRow[];
  shared: Record<SharedField, string>;
  /** Each row's own validation problems, in the rows' order. */
  problems: string[][];
  preview?: Preview;
  onRemove: (index: number) => void;
  onRemoveInvalid: () => void;
  onKeepReady: () => void;
}) {
  const { t } = useTranslation('friendAdd');
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const first = (current - 1) * PAGE_SIZE;
  const counts = new Map<PreviewLabel, number>();
  const invalid = problems.filter((own) => own.length > 0).length;
  if (preview) {
    rows.forEach((row, index) => {
      if ((problems[index] ?? []).length > 0) return;
      const label = preview.rows.get(row.To_Account)?.label ?? 'unknown';
      counts.set(label, (counts.get(label) ?? 0) + 1);
    });
  }
  const ready = counts.get('ready') ?? 0;

  return (
    <Paper withBorder p="md" component="section" aria-label={t('rows.name')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('rows.title', { rows: rows.length })}
          </Title>
          <Group gap="xs">
            {invalid > 0 && (
              <Button size="xs" variant="light" color="red" onClick={onRemoveInvalid}>
                {t('rows.removeInvalid', { rows: invalid })}
              </Button>
            )}
            {preview && (
              <Button
                size="xs"
                variant="light"
                disabled={ready === rows.length}
                onClick={onKeepReady}
              >
                {t('rows.keepReady', { rows: ready })}
              </Button>
            )}
          </Group>
        </Group>
        {preview && (
          <Group gap="xs" aria-label={t('rows.checkCounts')}>
            {[...counts].map(([label, count]) => (
              <Badge key={label} color={PREVIEW_COLORS[label]} variant="light" tt="none">
                {t('results.count', { status: t(`preview.${label}`), accounts: count })}
              </Badge>
            ))}
          </Group>
        )}
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing={4} aria-label={t('rows.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={56}>{t('rows.row')}</Table.Th>
                <Table.Th>To_Account</Table.Th>
                {SHARED_FIELDS.map((field) => (
                  <Table.Th key={field}>{field}</Table.Th>
                ))}
                {(preview || invalid > 0) && <Table.Th w={220}>{t('form.checkFirst')}</Table.Th>}
                <Table.Th w={48}>
                  <VisuallyHidden>{t('rows.remove')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(first, first + PAGE_SIZE).map((row, offset) => (
                <RowLine
                  key={`${first + offset}-${row.To_Account}`}
                  index={first + offset}
                  row={row}
                  shared={shared}
                  problems={problems[first + offset] ?? []}
                  preview={preview}
                  onRemove={onRemove}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {pages > 1 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('rows.page', {
                first: first + 1,
                last: Math.min(first + PAGE_SIZE, rows.length),
                total: rows.length,
              })}
            </Text>
            <Pagination size="sm" total={pages} value={current} onChange={setPage} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
