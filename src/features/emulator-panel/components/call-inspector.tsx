import {
  Badge,
  Button,
  Code,
  CopyButton,
  Drawer,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';
import type { CallRecord } from '@/shared/contract/emulator-control';
import { useFormat } from '@/shared/i18n';

import { callAsCurl, callTargets } from '../call-curl';

function Json({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation('emulatorPanel');
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {label}
      </Title>
      {value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('inspector.notRecordedByEmulator')}
        </Text>
      ) : (
        // A named, focusable region: keyboard users can scroll a long body.
        <Code
          block
          mah={260}
          style={{ overflow: 'auto' }}
          role="region"
          aria-label={label}
          tabIndex={0}
        >
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** One call in full: what was sent, what came back verbatim, and how to send it again. */
export function CallInspector({
  call,
  faultNames,
  onClose,
}: {
  call: CallRecord | undefined;
  faultNames: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation('emulatorPanel');
  const format = useFormat();
  const { data: target } = useQuery(targetQuery);
  return (
    <Drawer
      opened={call !== undefined}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('inspector.close') }}
      title={call ? t('inspector.title', { id: call.id, api: call.api }) : undefined}
    >
      {call && (
        <Stack gap="md">
          <Table
            variant="vertical"
            layout="fixed"
            withTableBorder
            fz="sm"
            aria-label={t('inspector.summary')}
          >
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t('inspector.time')}</Table.Th>
                <Table.Td ff="monospace">{format.dateTime(call.time)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('inspector.httpStatus')}</Table.Th>
                <Table.Td>
                  {call.httpStatus}
                  {call.actionStatus && ` · ActionStatus ${call.actionStatus}`}
                  {call.errorCode !== undefined && ` · ErrorCode ${call.errorCode}`}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('inspector.duration')}</Table.Th>
                <Table.Td>{t('calls.ms', { ms: call.durationMs })}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('inspector.requestId')}</Table.Th>
                <Table.Td ff="monospace">{call.requestId ?? t('inspector.notRecorded')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>From_Account</Table.Th>
                <Table.Td ff="monospace">{call.from ?? ''}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>To_Account</Table.Th>
                <Table.Td ff="monospace">{callTargets(call).join(', ')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('inspector.faults')}</Table.Th>
                <Table.Td>
                  <Group gap={4}>
                    {call.faults.map((id) => (
                      <Badge key={id} color="red" variant="light" tt="none">
                        {faultNames(id)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Json label={t('inspector.request')} value={call.request} />
          <Json label={t('inspector.response')} value={call.response} />
          <Group gap="xs">
            <CopyButton value={JSON.stringify(call, null, 2)}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('inspector.copied') : t('inspector.copyJson')}
                </Button>
              )}
            </CopyButton>
            {target && (
              <CopyButton value={callAsCurl(call, target)}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('inspector.copied') : t('inspector.copyCurl')}
                  </Button>
                )}
              </CopyButton>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('inspector.userSigNote')}
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
