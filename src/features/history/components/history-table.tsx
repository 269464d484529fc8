import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { HistoryEntry } from '@/shared/contract/runs';
import { historyPath, runPath } from '@/shared/lib/run-links';
import { RUN_STATUS_WORDS } from '@/shared/ui/run-status';

const CALL_OUTCOMES: Record<string, { label: string; color: string }> = {
  ok: { label: 'OK', color: 'green' },
  partial: { label: 'Partly failed', color: 'orange' },
  failed: { label: 'Failed', color: 'red' },
};

function outcomeWords(entry: HistoryEntry) {
  return (
    (entry.type === 'run'
      ? RUN_STATUS_WORDS[entry.outcome as keyof typeof RUN_STATUS_WORDS]
      : CALL_OUTCOMES[entry.outcome]) ?? { label: entry.outcome, color: 'gray' }
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
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label="History entries">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>Time</Table.Th>
          <Table.Th w={120}>Operator</Table.Th>
          <Table.Th w={150}>API</Table.Th>
          <Table.Th w={130}>From_Account</Table.Th>
          <Table.Th>To_Account</Table.Th>
          <Table.Th w={130}>Outcome</Table.Th>
          <Table.Th w={200}>What</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const outcome = outcomeWords(entry);
          return (
            <Table.Tr key={`${entry.type}-${entry.id}`} data-type={entry.type}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {new Date(entry.time).toLocaleString(undefined, {
                    dateStyle: 'short',
                    timeStyle: 'medium',
                  })}
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
                      +{entry.To_Accounts.length - 6} more
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={outcome.color} variant="light" tt="none">
                  {outcome.label}
                </Badge>
              </Table.Td>
              <Table.Td>
                {entry.run ? (
                  <Anchor component={Link} to={runPath(entry.api, entry.run)} size="sm">
                    {entry.summary}
                  </Anchor>
                ) : (
                  <Text size="sm">
                    {entry.summary}
                    {entry.requestId && (
                      <Text span c="dimmed" size="xs" ff="monospace" title={entry.requestId}>
                        {' '}
                        · request {entry.requestId.slice(0, 8)}
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
