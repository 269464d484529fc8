import { Alert, Anchor, Badge, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { infoInWords } from '@/api/describe-failure';
import { userRelationsPath } from '@/shared/lib/links';

import { BLOCK, type BlockCode, CELL, type RelationMatrix } from '../build-matrix';
import {
  BLOCKED_COLOR,
  BLOCKED_SYMBOL,
  blockInWords,
  CELL_COLORS,
  CELL_TEXT_COLOR,
  CELL_SYMBOLS,
  KIND_OF_CELL,
  legendLabel,
  relationInWords,
} from '../relation-words';
import { InspectorActions, offerFor } from './inspector-actions';

export interface InspectorProps {
  matrix: RelationMatrix;
  row: number;
  column: number;
  /** Accounts whose AdminForbidType is AdminForbid_Type_SendOut. */
  forbidden: ReadonlySet<string>;
  busy: boolean;
  onCheckAgain: (from: string) => void;
}

/** The selected cell: its relation and blocks in words, why, and what to do next. */
export function CellInspector({
  matrix,
  row,
  column,
  forbidden,
  busy,
  onCheckAgain,
}: InspectorProps) {
  const { t } = useTranslation('relationMatrix');
  const from = matrix.rows[row] ?? '';
  const to = matrix.columns[column] ?? '';
  const code = matrix.cell(row, column);
  const block = matrix.block(row, column);
  const failure = matrix.failure(row, column);
  const blocked = block !== BLOCK.none;
  const offer = blocked
    ? undefined
    : offerFor(
        code,
        from,
        to,
        matrix.checkType === 'CheckResult_Type_Both',
        (sender) => !forbidden.has(sender),
      );
  return (
    <Paper withBorder p="md" aria-label={t('inspector.cell')}>
      <Stack gap="sm">
        <Text fw={600} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {from} → {to}
        </Text>
        <Badge
          size="lg"
          variant="light"
          color="gray"
          tt="none"
          style={{ background: CELL_COLORS[code], color: CELL_TEXT_COLOR }}
          leftSection={<span aria-hidden>{CELL_SYMBOLS[code]}</span>}
        >
          {legendLabel(KIND_OF_CELL[code])}
        </Badge>
        {(code === CELL.aWithB ||
          code === CELL.bWithA ||
          (code === CELL.none && matrix.checkType === 'CheckResult_Type_Single')) && (
          <Text size="sm">{relationInWords(code, from, to, matrix.checkType)}</Text>
        )}
        {blocked && <BlockNote block={block} from={from} to={to} />}
        {forbidden.has(from) && code !== CELL.self && (
          <Text size="sm" c="orange.9">
            {t('forbid.explain', { account: from })}
          </Text>
        )}
        {failure && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            title={t('inspector.resultCode', { code: failure.code ?? '—' })}
          >
            <Stack gap={4}>
              <Text size="xs" ff="monospace">
                {infoInWords(failure.code, failure.info)}
              </Text>
              <Text size="sm">{failure.meaning}</Text>
              {failure.nextStep && (
                <Text size="sm">{t('inspector.nextStep', { step: failure.nextStep })}</Text>
              )}
            </Stack>
          </Alert>
        )}
        {code !== CELL.self && (
          <InspectorActions offer={offer} row={from} busy={busy} onCheckAgain={onCheckAgain} />
        )}
      </Stack>
    </Paper>
  );
}

/** Who blocks whom, what an add would be answered (30515 / 30525), and where to unblock. */
function BlockNote({ block, from, to }: { block: BlockCode; from: string; to: string }) {
  const { t } = useTranslation('relationMatrix');
  const rowBlocks = block === BLOCK.rowBlocksColumn || block === BLOCK.both;
  const columnBlocks = block === BLOCK.columnBlocksRow || block === BLOCK.both;
  const blocklist = (account: string) => (
    <Anchor
      component={Link}
      to={userRelationsPath(account)}
      size="sm"
      c="inherit"
      underline="always"
    >
      {t('block.openBlocklist', { account })}
    </Anchor>
  );
  return (
    <Alert
      color="grape"
      variant="light"
      p="xs"
      data-testid="matrix-block-note"
      title={
        <span>
          <span aria-hidden>{BLOCKED_SYMBOL} </span>
          {blockInWords(block, from, to)}
        </span>
      }
      styles={{ root: { borderLeft: `4px solid ${BLOCKED_COLOR}` } }}
    >
      <Stack gap={4}>
        {rowBlocks && <Text size="sm">{t('block.rowBlocksColumnWhy', { from, to })}</Text>}
        {rowBlocks && blocklist(from)}
        {columnBlocks && <Text size="sm">{t('block.columnBlocksRowWhy', { from, to })}</Text>}
        {columnBlocks && blocklist(to)}
      </Stack>
    </Alert>
  );
}
