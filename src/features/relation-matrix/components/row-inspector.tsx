import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { BLOCK, CELL, type CellCode } from '../build-matrix';
import type { InspectorProps } from './cell-inspector';
import { InspectorActions } from './inspector-actions';

/** Relations that "Make friends" can still improve. */
const NOT_BOTH_WAYS: ReadonlySet<CellCode> = new Set([CELL.none, CELL.aWithB, CELL.bWithA]);

/** The selected row: how many of its pairs are not friends both ways, and one add for them all. */
export function RowInspector({ matrix, row, forbidden, busy, onCheckAgain }: InspectorProps) {
  const { t } = useTranslation('relationMatrix');
  const from = matrix.rows[row] ?? '';
  let blocked = 0;
  const candidates: string[] = [];
  matrix.columns.forEach((to, column) => {
    if (matrix.block(row, column) !== BLOCK.none) blocked += 1;
    else if (NOT_BOTH_WAYS.has(matrix.cell(row, column))) candidates.push(to);
  });
  const mayAdd = !forbidden.has(from) && candidates.length > 0;
  return (
    <Paper withBorder p="md" aria-label={t('inspector.row')}>
      <Stack gap="sm">
        <Text fw={600} ff="monospace">
          {from}
        </Text>
        <Text size="sm" c="dimmed">
          {t('inspector.rowCandidates', { from, count: candidates.length })}
        </Text>
        {blocked > 0 && <Text size="sm">{t('inspector.rowBlocked', { count: blocked })}</Text>}
        {forbidden.has(from) && (
          <Text size="sm" c="orange.9">
            {t('forbid.explain', { account: from })}
          </Text>
        )}
        <InspectorActions
          offer={mayAdd ? { from, to: candidates, oneWay: false } : undefined}
          label={t('inspector.makeFriendsCount', { count: candidates.length })}
          row={from}
          busy={busy}
          onCheckAgain={onCheckAgain}
        />
      </Stack>
    </Paper>
  );
}
