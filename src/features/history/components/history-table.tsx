import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { HistoryEntry } from '@/shared/contract/runs';
import { useFormat } from '@/shared/i18n';
import { historyPath, runPath } from '@/shared/lib/links';
import { RUN_STATUS_COLORS } from '@/shared/ui/run-status';

const CALL_OUTCOME_COLORS: Record<string, string> = {
  ok: 'green',
  partial: 'orange',
  failed: 'red',
};

function outcomeColor(entry: HistoryEntry): string {
  return (
    (entry.type === 'run'
      ? RUN_STATUS_COLORS[entry.outcome as keyof typeof RUN_STATUS_COLORS]
      : CALL_OUTCOME_COLORS[entry.outcome]) ?? 'gray'
  );
}

/** An account as a link to everything done to it. */
function AccountLink({ account }: { account: string }) {
  return (
    <Anchor component={Link} to={historyPath({ account })} ff="monospace" size="sm">
      {account}
    </Anchor>
  );
}

/** History entries, newest first; each run opens on its own screen. */
export function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation(['history', 'common']);
  const format = useFormat();
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('table.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t('table.time', { zone: format.zone() })}</Table.Th>
          <Table.Th w={120}>{t('table.operator')}</Table.Th>
          <Table.Th w={150}>API</Table.Th>
          <Table.Th w={130}>From_Account</Table.Th>
          <Table.Th>To_Account</Table.Th>
          <Table.Th w={130}>{t('table.outcome')}</Table.Th>
          <Table.Th w={200}>{t('table.what')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const outcomeKey = entry.type === 'run' ? 'runStatus' : 'outcomes';
          return (
            <Table.Tr
              key={`${entry.type}-${entry.id}`}
              data-type={entry.type}
              data-outcome={entry.outcome}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" data-time={entry.time}>
                  {format.dateTimeWithoutZone(entry.time)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {entry.operator}
                  <Text span c="dimmed" size="xs">
                    {' '}
                    · {entry.role}
                  </Text>
                </Text>
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">
                {entry.api.split('/').at(-1)}
              </Table.Td>
              <Table.Td>
                {entry.From_Account && <AccountLink account={entry.From_Account} />}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {entry.To_Accounts.slice(0, 6).map((account) => (
                    <AccountLink key={account} account={account} />
                  ))}
                  {entry.To_Accounts.length > 6 && (
                    <Text size="xs" c="dimmed">
                      {t('table.more', { count: entry.To_Accounts.length - 6 })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={outcomeColor(entry)} variant="light" tt="none">
                  {outcomeKey === 'runStatus'
                    ? t(`common:runStatus.${entry.outcome}`, { defaultValue: entry.outcome })
                    : t(`outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}
                </Badge>
              </Table.Td>
              <Table.Td>
                {entry.run ? (
                  <Anchor component={Link} to={runPath(entry.api, entry.run)} size="sm">
                    {t('table.runWhat', { kind: entry.kind ?? entry.api, count: entry.items })}
                  </Anchor>
                ) : (
                  <Text size="sm">
                    {t('table.callWhat', { count: entry.items })}
                    {entry.requestId && (
                      <Text span c="dimmed" size="xs" ff="monospace" title={entry.requestId}>
                        {' '}
                        · {t('common:failure.requestId', { id: entry.requestId.slice(0, 8) })}
                      </Text>
                    )}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
