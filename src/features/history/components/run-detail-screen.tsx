import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';

import { describeCallFailure, describeFailure } from '@/api/describe-failure';
import { RUN_ITEMS } from '@/api/runs/run-sources';
import { runItemsCsvUrl } from '@/api/runs/runs-client';
import { useRun } from '@/api/runs/use-run';
import { useRunCancelMutation } from '@/api/runs/use-run-cancel-mutation';
import { explainCode } from '@/shared/contract/error-codes';
import type { RunItem } from '@/shared/contract/runs';
import { addRunPath, historyPath, matrixRunPath } from '@/shared/lib/run-links';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { RunStatusBar } from '@/shared/ui/run-status';

const STATE_WORDS = {
  done: { label: 'Done', color: 'green' },
  not_sent: { label: 'Not sent', color: 'gray' },
  unknown: { label: 'Unknown: sent, no answer', color: 'orange' },
} as const;

function outcome(item: RunItem): string {
  if (item.state !== 'done') return '';
  if (item.failure) return describeCallFailure(item.failure).title;
  if (item.ResultCode === 0) return item.undone ? 'Succeeded, then undone' : 'Succeeded';
  return `${item.ResultCode}: ${explainCode(item.ResultCode ?? -1).meaning}`;
}

/** Any run by its id: status, items and CSV; for kinds without a screen of their own. */
export function RunDetailScreen() {
  const { id } = useParams();
  const run = useRun(id, RUN_ITEMS);
  const cancel = useRunCancelMutation();
  const { summary } = run;
  // Runs with a screen of their own open there, so a link to /runs/<id> always works.
  if (summary?.kind === 'relation_matrix')
    return <Navigate to={matrixRunPath(summary.id)} replace />;
  if (summary?.kind === 'friend_add') return <Navigate to={addRunPath(summary.id)} replace />;
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Run {summary ? `· ${summary.kind}` : ''}</Title>
        <Text c="dimmed" size="sm">
          Every item of a server-side run.{' '}
          <Anchor component={Link} to={historyPath({})} size="sm">
            Back to History
          </Anchor>
        </Text>
      </div>
      {run.error !== undefined && <FailureAlert {...describeFailure(run.error)} />}
      {summary && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <RunStatusBar
              summary={summary}
              onCancel={() => cancel.mutate(summary.id)}
              cancelling={cancel.isPending}
            />
            <Group gap="xs">
              {summary.From_Account && <Text size="sm">From_Account {summary.From_Account}</Text>}
              {summary.parent && (
                <Text size="sm">
                  Acts on run{' '}
                  <Anchor component={Link} to={`/runs/${summary.parent}`}>
                    {summary.parent}
                  </Anchor>
                </Text>
              )}
              <Button
                size="xs"
                variant="default"
                component="a"
                href={runItemsCsvUrl(summary.id)}
                download={`run-${summary.id}.csv`}
              >
                Export CSV
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {run.items.length > 0 && (
        <Table striped verticalSpacing="xs" aria-label="Run items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Account</Table.Th>
              <Table.Th w={220}>State</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.items.map((item) => (
              <Table.Tr key={item.index} data-state={item.state}>
                <Table.Td ff="monospace">{item.To_Account}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_WORDS[item.state].color} variant="light" tt="none">
                    {STATE_WORDS[item.state].label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{outcome(item)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
