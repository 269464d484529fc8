import { Badge, Button, Drawer, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { clearTabCalls, TAB_CALLS_KEPT, type TabCall, useTabCalls } from '@/api/tab-calls';
import { targetQuery } from '@/api/target-query';
import { CallInspector } from '@/shared/ui/call-inspector';

/** What came back, in a word: Tencent's status and code, or the HTTP status of a refusal. */
function outcome(call: TabCall): { label: string; color: string } {
  if (call.actionStatus === 'OK') return { label: 'OK', color: 'green' };
  if (call.actionStatus === 'FAIL') return { label: `FAIL ${call.errorCode ?? ''}`, color: 'red' };
  return { label: call.httpStatus ? `HTTP ${call.httpStatus}` : 'no answer', color: 'orange' };
}

/**
 * "Calls in this tab": every Tencent call this tab made through the proxy (newest first, the
 * last 200), each opening the same inspector as the emulator's call log.
 */
export function TabCallsButton() {
  const calls = useTabCalls();
  const [open, setOpen] = useState(false);
  const [inspected, setInspected] = useState<TabCall>();
  const { data: target } = useQuery(targetQuery);
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} data-testid="tab-calls">
        Calls in this tab ({calls.length})
      </Button>
      <Drawer
        opened={open && inspected === undefined}
        onClose={() => setOpen(false)}
        position="right"
        size="lg"
        title="Calls made in this tab"
        closeButtonProps={{ 'aria-label': 'Close calls in this tab' }}
      >
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Single calls through the proxy, newest first; the last {TAB_CALLS_KEPT} are kept until
              the tab closes. Runs are in History.
            </Text>
            <Button size="compact-xs" variant="default" onClick={clearTabCalls}>
              Clear
            </Button>
          </Group>
          <Table fz="sm" verticalSpacing={4} aria-label="Calls in this tab">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time (UTC)</Table.Th>
                <Table.Th>API</Table.Th>
                <Table.Th>From_Account</Table.Th>
                <Table.Th>Outcome</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calls.map((call) => (
                <Table.Tr key={call.id} data-call-id={call.id}>
                  <Table.Td ff="monospace">{call.time.slice(11, 19)}</Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setInspected(call)}
                      aria-label={`Inspect call ${call.id} · ${call.api}`}
                      ff="monospace"
                      fz="sm"
                      td="underline"
                    >
                      {call.api.replace(/^v4\//, '')}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ff="monospace">{call.from ?? ''}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" color={outcome(call).color}>
                      {outcome(call).label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Drawer>
      <CallInspector call={inspected} target={target} onClose={() => setInspected(undefined)} />
    </>
  );
}
