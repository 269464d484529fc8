import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { BLOCK, CELL, type CellCode } from '../build-matrix';
import type { InspectorProps } from './cell-inspector';
import { InspectorActions } from './inspector-actions';

/** One-way pairs: a both-ways add answers 30001 there, so each cell offers its missing side. */
const ONE_WAY: ReadonlySet<CellCode> = new Set([CELL.aWithB, CELL.bWithA]);

/** The selected row: one both-ways add for its pairs with no relation; one-way pairs point to their cells. */
export function RowInspector({ matrix, row, forbidden, busy, onCheckAgain }: InspectorProps) {
  const { t } = useTranslation('relationMatrix');
  const from = matrix.rows[row] ?? '';
  let blocked = 0;
  let oneWay = 0;
  const candidates: string[] = [];
  matrix.columns.forEach((to, column) => {
    const code = matrix.cell(row, column);
    if (matrix.block(row, column) !== BLOCK.none) blocked += 1;
    else if (code === CELL.none) candidates.push(to);
    else if (ONE_WAY.has(code)) oneWay += 1;
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
        {oneWay > 0 && <Text size="sm">{t('inspector.rowOneWay', { count: oneWay })}</Text>}
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
