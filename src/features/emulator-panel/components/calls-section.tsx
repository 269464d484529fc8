import {
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';
import type { CallRecord } from '@/shared/contract/emulator-control';
import { useFormat } from '@/shared/i18n';
import { callTargets } from '@/shared/lib/call-curl';
import { CallInspector } from '@/shared/ui/call-inspector';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';

import { emulatorQueries } from '../api/emulator-queries';
import { useCallsClearMutation } from '../api/use-calls-clear-mutation';
import { useFaultNames } from '../use-fault-names';

function resultOf(call: CallRecord): string {
  if (call.actionStatus === 'OK') return 'OK';
  if (call.actionStatus === 'FAIL') return `FAIL ${call.errorCode ?? ''}`.trim();
  return `HTTP ${call.httpStatus}`;
}

function matches(call: CallRecord, filter: string, faultNames: (id: string) => string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return [
    call.api,
    call.from ?? '',
    resultOf(call),
    ...callTargets(call),
    ...call.faults.map(faultNames),
  ]
    .join(' ')
    .toLowerCase()
    .includes(needle);
}

/** The emulator's most recent calls, newest first: what the console (or a test) really sent. */
export function CallsSection() {
  const { t } = useTranslation('emulatorPanel');
  const format = useFormat();
  const [live, setLive] = useState(true);
  const [filter, setFilter] = useState('');
  const [inspected, setInspected] = useState<number>();
  const {
    data: calls = [],
    refetch,
    isFetching,
  } = useQuery({
    ...emulatorQueries.calls(),
    refetchInterval: live ? 2000 : false,
  });
  const clear = useCallsClearMutation();
  const faultNames = useFaultNames();
  const { data: target } = useQuery(targetQuery);
  const shown = calls.filter((call) => matches(call, filter, faultNames));
  const exportCsv = () => exportCallsCsv(shown, format, faultNames);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calls-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="calls-title">
            {shown.length === calls.length
              ? t('calls.title', { count: calls.length })
              : t('calls.titleFiltered', { shown: shown.length, count: calls.length })}
          </Title>
          <Group gap="sm">
            <TextInput
              size="xs"
              w={220}
              aria-label={t('calls.filter')}
              placeholder={t('calls.filterPlaceholder')}
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
            />
            <Switch
              label={t('calls.live')}
              checked={live}
              onChange={(event) => setLive(event.currentTarget.checked)}
            />
            <Button size="xs" variant="default" loading={isFetching} onClick={() => void refetch()}>
              {t('calls.refresh')}
            </Button>
            <ExportCsvButton of={t('calls.csvOf')} rows={shown.length} onExport={exportCsv} />
            <Button size="xs" variant="default" onClick={() => clear.mutate()}>
              {t('calls.clear')}
            </Button>
          </Group>
        </Group>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {calls.length === 0 ? t('calls.none') : t('calls.noMatch', { filter })}
          </Text>
        ) : (
          <CallsTable shown={shown} faultNames={faultNames} onInspect={setInspected} />
        )}
      </Stack>
      <CallInspector
        call={calls.find((call) => call.id === inspected)}
        faultNames={faultNames}
        target={target}
        onClose={() => setInspected(undefined)}
      />
    </Paper>
  );
}

/** The calls shown, as a CSV with Tencent's field names and the zone's ISO times. */
function exportCallsCsv(
  shown: readonly CallRecord[],
  format: ReturnType<typeof useFormat>,
  faultNames: (id: string) => string,
): void {
  downloadCsv(
    'emulator-calls',
    [
      'Time',
      'API',
      'From_Account',
      'To_Account',
      'HTTP status',
      'ActionStatus',
      'ErrorCode',
      'Failed items',
      'Duration (ms)',
      'Faults',
      'Request id',
    ],
    shown.map((call) => [
      format.iso(call.time),
      call.api,
      call.from,
      callTargets(call).join(';'),
      call.httpStatus,
      call.actionStatus,
      call.errorCode,
      call.failedAccounts,
      call.durationMs,
      call.faults.map(faultNames).join(';'),
      call.requestId,
    ]),
  );
}

function CallsTable({
  shown,
  faultNames,
  onInspect,
}: {
  shown: readonly CallRecord[];
  faultNames: (id: string) => string;
  onInspect: (id: number) => void;
}) {
  const { t } = useTranslation('emulatorPanel');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={900} mah={420}>
      <Table
        aria-label={t('calls.table')}
        data-testid="calls-table"
        striped
        highlightOnHover
        verticalSpacing={2}
        stickyHeader
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calls.time', { zone: format.zone() })}</Table.Th>
            <Table.Th>API</Table.Th>
            <Table.Th>From_Account</Table.Th>
            <Table.Th>To_Account</Table.Th>
            <Table.Th>{t('calls.result')}</Table.Th>
            <Table.Th>{t('calls.failedItems')}</Table.Th>
            <Table.Th>{t('calls.duration')}</Table.Th>
            <Table.Th>{t('calls.faults')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('calls.inspect')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((call) => (
            <CallRow
              key={call.id}
              call={call}
              faultNames={faultNames}
              onInspect={() => onInspect(call.id)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CallRow({
  call,
  faultNames,
  onInspect,
}: {
  call: CallRecord;
  faultNames: (id: string) => string;
  onInspect: () => void;
}) {
  const { t } = useTranslation('emulatorPanel');
  const format = useFormat();
  const targets = callTargets(call);
  return (
    <Table.Tr data-call={call.id} onClick={onInspect} style={{ cursor: 'pointer' }}>
      <Table.Td ff="monospace" fz="xs">
        {format.time(call.time)}
      </Table.Td>
      <Table.Td ff="monospace" fz="sm">
        {call.api}
      </Table.Td>
      <Table.Td ff="monospace" fz="sm">
        {call.from ?? ''}
      </Table.Td>
      <Table.Td ff="monospace" fz="sm">
        {targets.slice(0, 2).join(', ')}
        {targets.length > 2 ? ` +${targets.length - 2}` : ''}
      </Table.Td>
      <Table.Td>
        {/* The label keeps its width: a narrow column would clip "OK" to "O". */}
        <Badge
          variant="light"
          tt="none"
          color={call.actionStatus === 'OK' ? 'green' : 'red'}
          styles={{ label: { overflow: 'visible' } }}
        >
          {resultOf(call)}
        </Badge>
      </Table.Td>
      <Table.Td>{call.failedAccounts || ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('calls.ms', { ms: call.durationMs })}</Table.Td>
      <Table.Td fz="xs">{call.faults.map(faultNames).join(', ')}</Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={t('calls.inspectLabel', { id: call.id, api: call.api })}
          data-testid="inspect-call"
          onClick={(event) => {
            event.stopPropagation();
            onInspect();
          }}
        >
          {t('calls.inspect')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
