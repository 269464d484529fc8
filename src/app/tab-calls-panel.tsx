import { Badge, Button, Drawer, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { clearTabCalls, TAB_CALLS_KEPT, type TabCall, useTabCalls } from '@/api/tab-calls';
import { targetQuery } from '@/api/target-query';
import { useFormat } from '@/shared/i18n';
import { CallInspector } from '@/shared/ui/call-inspector';

/** What came back, in a word: Tencent's status and code, or the HTTP status of a refusal. */
function outcome(call: TabCall, t: TFunction): { label: string; color: string } {
  if (call.actionStatus === 'OK') return { label: 'OK', color: 'green' };
  if (call.actionStatus === 'FAIL') return { label: `FAIL ${call.errorCode ?? ''}`, color: 'red' };
  return {
    label: call.httpStatus ? `HTTP ${call.httpStatus}` : t('tabCalls.noAnswer'),
    color: 'orange',
  };
}

/** The list of this tab's calls, and the inspector of one: a chunk of its own, loaded on first open. */
export function TabCallsPanel({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calls = useTabCalls();
  const [inspected, setInspected] = useState<TabCall>();
  const { data: target } = useQuery(targetQuery);
  return (
    <>
      <Drawer
        opened={opened && inspected === undefined}
        onClose={onClose}
        position="right"
        size="lg"
        title={t('tabCalls.title')}
        closeButtonProps={{ 'aria-label': t('tabCalls.close') }}
      >
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('tabCalls.help', { kept: TAB_CALLS_KEPT })}
            </Text>
            <Button size="compact-xs" variant="default" onClick={clearTabCalls}>
              {t('tabCalls.clear')}
            </Button>
          </Group>
          <Table fz="sm" verticalSpacing={4} aria-label={t('tabCalls.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tabCalls.time', { zone: format.zone() })}</Table.Th>
                <Table.Th>API</Table.Th>
                <Table.Th>From_Account</Table.Th>
                <Table.Th>{t('tabCalls.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calls.map((call) => (
                <Table.Tr key={call.id} data-call-id={call.id}>
                  <Table.Td ff="monospace">{format.time(call.time)}</Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setInspected(call)}
                      aria-label={t('tabCalls.inspect', { id: call.id, api: call.api })}
                      ff="monospace"
                      fz="sm"
                      td="underline"
                    >
                      {call.api.replace(/^v4\//, '')}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ff="monospace">{call.from ?? ''}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" color={outcome(call, t).color}>
                      {outcome(call, t).label}
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
