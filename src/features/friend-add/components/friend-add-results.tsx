import {
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import Papa from 'papaparse';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';

import { infoInWords } from '@/api/describe-failure';
import { downloadText } from '@/shared/ui/download';

import { type AddStatus, type ClassifiedResult, STATUS_LABELS } from '../classify-result';

const STATUS_COLORS: Record<AddStatus, string> = {
  added: 'green',
  pending: 'yellow',
  exists: 'blue',
  failed: 'red',
};

function toCsv(results: readonly ClassifiedResult[]): string {
  return Papa.unparse(
    results.map((result) => ({
      To_Account: result.account,
      status: STATUS_LABELS[result.status],
      ResultCode: result.code,
      ResultInfo: result.info,
      meaning: result.meaning,
      next_step: result.nextStep,
    })),
    { newline: '\n' },
  );
}

export function FriendAddResults({
  results,
  from,
  busy,
  onRetryFailed,
  undo,
}: {
  results: ClassifiedResult[];
  from: string;
  busy: boolean;
  onRetryFailed: () => void;
  /** The "Undo this batch" control, owned by the screen. */
  undo: ReactNode;
}) {
  const [filter, setFilter] = useState<AddStatus | 'all'>('all');
  const counts = results.reduce<Record<AddStatus, number>>(
    (total, result) => ({ ...total, [result.status]: total[result.status] + 1 }),
    { added: 0, pending: 0, exists: 0, failed: 0 },
  );
  const retryable = results.filter((result) => result.retryable).length;
  const shown = filter === 'all' ? results : results.filter((result) => result.status === filter);
  const matrixLink = `/matrix?${new URLSearchParams({
    accounts: [from, ...results.map((result) => result.account)].join(','),
    type: 'both',
    run: '1',
  }).toString()}`;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Results
          </Title>
          <Group gap="xs" aria-label="Result counts">
            {(Object.keys(STATUS_LABELS) as AddStatus[]).map((status) => (
              <Badge key={status} color={STATUS_COLORS[status]} variant="light" tt="none">
                {STATUS_LABELS[status]}: {counts[status]}
              </Badge>
            ))}
          </Group>
        </Group>
        <Group justify="space-between">
          <SegmentedControl
            size="xs"
            aria-label="Show results"
            value={filter}
            onChange={(value) => setFilter(value as AddStatus | 'all')}
            data={[
              { value: 'all', label: `All (${results.length})` },
              ...(Object.keys(STATUS_LABELS) as AddStatus[]).map((status) => ({
                value: status,
                label: `${STATUS_LABELS[status]} (${counts[status]})`,
              })),
            ]}
          />
          <Group gap="xs">
            <Button
              size="xs"
              color="red"
              variant="light"
              disabled={busy || retryable === 0}
              onClick={onRetryFailed}
              title="Sends again only the failures that may pass unchanged: 30006, 30007, 30008, 60007 and network errors."
            >
              Retry failed ({retryable})
            </Button>
            {undo}
            <CopyButton value={toCsv(shown)}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
            <Button
              size="xs"
              variant="default"
              onClick={() => downloadText('friend-add-results.csv', toCsv(shown))}
            >
              Export CSV
            </Button>
            <Anchor component={Link} to={matrixLink} size="sm">
              Check relations of these accounts
            </Anchor>
          </Group>
        </Group>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Results per account">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>To_Account</Table.Th>
              <Table.Th w={300}>Status</Table.Th>
              <Table.Th w={80}>Code</Table.Th>
              <Table.Th>What it means</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((result, index) => (
              <Table.Tr key={`${result.account}-${index}`} data-status={result.status}>
                <Table.Td ff="monospace">{result.account}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[result.status]} variant="light" tt="none">
                    {STATUS_LABELS[result.status]}
                  </Badge>
                </Table.Td>
                <Table.Td ff="monospace">{result.code}</Table.Td>
                <Table.Td>
                  <Text size="sm">{result.meaning}</Text>
                  {result.nextStep && (
                    <Text size="sm" c="dimmed">
                      Next step: {result.nextStep}
                    </Text>
                  )}
                  {result.info && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {infoInWords(result.code, result.info)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
