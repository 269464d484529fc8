import { Badge, Group, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { infoInWords } from '@/api/describe-failure';

import type { ClassifiedResult } from '../classify-result';
import { type ActionContext, NextActionButton } from './next-action';
import { STATUS_COLORS } from './status-words';

/** Up to this many rows are all drawn; more are drawn as they scroll into view. */
const DRAW_ALL_UP_TO = 300;
const ROW_HEIGHT = 56;

/** Each account's result; the explanation is its group's, so a row adds only its own words. */
export function ResultsTable({
  results,
  context,
}: {
  results: ClassifiedResult[];
  context: ActionContext;
}) {
  const { t } = useTranslation('friendAdd');
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = results.length > DRAW_ALL_UP_TO;
  // The virtualizer's functions change every render; this component reads them each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? results.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const drawn = virtual
    ? items.map((item) => ({ index: item.index, result: results[item.index] }))
    : results.map((result, index) => ({ index, result }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  return (
    <div
      ref={scroller}
      style={virtual ? { maxHeight: '70vh', overflowY: 'auto' } : undefined}
      // A scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? t('results.scrollable') : undefined}
    >
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('results.table')}
        data-testid="friend-add-results"
        aria-rowcount={results.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>To_Account</Table.Th>
            <Table.Th w={240}>{t('results.status')}</Table.Th>
            <Table.Th w={80}>{t('results.code')}</Table.Th>
            <Table.Th>{t('results.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {drawn.map(
            ({ index, result }) =>
              result && <ResultRow key={index} index={index} result={result} context={context} />,
          )}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function ResultRow({
  index,
  result,
  context,
}: {
  index: number;
  result: ClassifiedResult;
  context: ActionContext;
}) {
  const { t } = useTranslation('friendAdd');
  return (
    <Table.Tr data-status={result.status} aria-rowindex={index + 2}>
      <Table.Td ff="monospace">{result.account}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[result.status]} variant="light" tt="none">
          {t(`status.${result.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ff="monospace">{result.code}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text
            size="sm"
            c="dimmed"
            ff={result.info && result.status !== 'one_way' ? 'monospace' : undefined}
          >
            {result.callFailed
              ? t('results.callFailed')
              : result.info && result.status !== 'one_way'
                ? infoInWords(result.code, result.info)
                : result.meaning}
          </Text>
          {!result.callFailed && (
            <NextActionButton
              action={result.action}
              accounts={[result.account]}
              context={context}
            />
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
