import { Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { emulatorControl } from '@/api/emulator-control';

import { callsQuery } from '../api/emulator-queries';

/** The emulator's most recent calls, newest first: what the console (or a test) really sent. */
export function CallsSection() {
  const [live, setLive] = useState(true);
  const {
    data: calls = [],
    refetch,
    isFetching,
  } = useQuery({
    ...callsQuery,
    refetchInterval: live ? 2000 : false,
  });
  const clear = useMutation({
    mutationFn: emulatorControl.clearCalls,
    meta: { invalidates: [callsQuery.queryKey] },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calls-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="calls-title">
            Recent calls ({calls.length})
          </Title>
          <Group gap="sm">
            <Switch
              label="Refresh every 2 s"
              checked={live}
              onChange={(event) => setLive(event.currentTarget.checked)}
            />
            <Button size="xs" variant="default" loading={isFetching} onClick={() => void refetch()}>
              Refresh
            </Button>
            <Button size="xs" variant="default" onClick={() => clear.mutate()}>
              Clear log
            </Button>
          </Group>
        </Group>
        {calls.length === 0 ? (
          <Text size="sm" c="dimmed">
            No calls yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700} mah={420}>
            <Table aria-label="Recent calls" striped verticalSpacing={2} stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>API</Table.Th>
                  <Table.Th>From_Account</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Failed items</Table.Th>
                  <Table.Th>Duration</Table.Th>
                  <Table.Th>Faults</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calls.map((call) => (
                  <Table.Tr key={call.id}>
                    <Table.Td ff="monospace" fz="xs">
                      {call.time.slice(11, 23)}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="sm">
                      {call.api}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="sm">
                      {call.from ?? ''}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        tt="none"
                        color={call.actionStatus === 'OK' ? 'green' : 'red'}
                      >
                        {call.actionStatus === 'OK'
                          ? 'OK'
                          : call.actionStatus === 'FAIL'
                            ? `FAIL ${call.errorCode ?? ''}`
                            : `HTTP ${call.httpStatus}`}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{call.failedAccounts || ''}</Table.Td>
                    <Table.Td>{call.durationMs} ms</Table.Td>
                    <Table.Td fz="xs">{call.faults.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
