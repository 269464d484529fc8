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
import { runItemsCsvUrl } from '@/api/runs/runs-client';

import type { AddStatus, ClassifiedResult } from '../classify-result';

export const STATUS_WORDS: Record<AddStatus, { label: string; color: string }> = {
  added: { label: 'Added', color: 'green' },
  pending: { label: 'Request sent, awaiting approval', color: 'yellow' },
  exists: { label: 'Already friends', color: 'blue' },
  failed: { label: 'Failed', color: 'red' },
  not_sent: { label: 'Not sent', color: 'gray' },
  unknown: { label: 'Unknown: sent, no answer', color: 'orange' },
  undone: { label: 'Undone', color: 'gray' },
  waiting: { label: 'Waiting', color: 'gray' },
  sending: { label: 'Sending', color: 'blue' },
};
const STATUSES = Object.keys(STATUS_WORDS) as AddStatus[];

function toCsv(results: readonly ClassifiedResult[]): string {
  return Papa.unparse(
    results.map((result) => ({
      To_Account: result.account,
      status: STATUS_WORDS[result.status].label,
      ResultCode: result.code,
      ResultInfo: result.info,
      meaning: result.meaning,
      next_step: result.nextStep,
    })),
    { newline: '\n' },
  );
}

/** Each account's result in the run, filterable, with what can be done next beside the title. */
export function FriendAddResults({
  runId,
  results,
  from,
  actions,
}: {
  runId: string;
  results: ClassifiedResult[];
  from: string;
  /** Retry, undo and check buttons, owned by the run panel. */
  actions: ReactNode;
}) {
  const [filter, setFilter] = useState<AddStatus | 'all'>('all');
  const counts = new Map<AddStatus, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const present = STATUSES.filter((status) => (counts.get(status) ?? 0) > 0);
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
            {present.map((status) => (
              <Badge key={status} color={STATUS_WORDS[status].color} variant="light" tt="none">
                {STATUS_WORDS[status].label}: {counts.get(status)}
              </Badge>
            ))}
          </Group>
        </Group>
        <Group gap="xs">{actions}</Group>
        <Group justify="space-between">
          <SegmentedControl
            size="xs"
            aria-label="Show results"
            value={filter}
            onChange={(value) => setFilter(value as AddStatus | 'all')}
            data={[
              { value: 'all', label: `All (${results.length})` },
              ...present.map((status) => ({
                value: status,
                label: `${STATUS_WORDS[status].label} (${counts.get(status)})`,
              })),
            ]}
          />
          <Group gap="xs">
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
              component="a"
              href={runItemsCsvUrl(runId)}
              download={`run-${runId}.csv`}
            >
              Export CSV
            </Button>
            <Anchor component={Link} to={matrixLink} size="sm">
              Check relations of these accounts
            </Anchor>
          </Group>
        </Group>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          aria-label="Results per account"
          data-testid="friend-add-results"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>To_Account</Table.Th>
              <Table.Th w={260}>Status</Table.Th>
              <Table.Th w={80}>Code</Table.Th>
              <Table.Th>What it means</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((result, index) => (
              <ResultRow key={`${result.account}-${index}`} result={result} />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function ResultRow({ result }: { result: ClassifiedResult }) {
  const words = STATUS_WORDS[result.status];
  return (
    <Table.Tr data-status={result.status}>
      <Table.Td ff="monospace">{result.account}</Table.Td>
      <Table.Td>
        <Badge color={words.color} variant="light" tt="none">
          {words.label}
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
            {infoInWords(result.code === '' ? undefined : result.code, result.info)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
