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
import { useTranslation } from 'react-i18next';

import type { CallRecord } from '@/shared/contract/emulator-control';
import type { TargetDescription } from '@/shared/contract/target';
import { useFormat } from '@/shared/i18n';
import { callAsCurl, callTargets } from '@/shared/lib/call-curl';

function Json({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation('common');
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {label}
      </Title>
      {value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('callInspector.notRecordedByEmulator')}
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

/**
 * One call in full: what was sent, what came back verbatim, and how to send it again. Used for
 * the emulator's call log and for the calls made in this tab.
 */
export function CallInspector({
  call,
  faultNames = (id) => id,
  target,
  onClose,
}: {
  /** `attempts` is known for calls this tab made (the proxy says how often it sent them). */
  call: (CallRecord & { attempts?: number }) | undefined;
  faultNames?: (id: string) => string;
  /** Where calls go, for "Copy as curl"; the button waits until it is known. */
  target: TargetDescription | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('common');
  const format = useFormat();
  return (
    <Drawer
      opened={call !== undefined}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('callInspector.close') }}
      title={call ? t('callInspector.title', { id: call.id, api: call.api }) : undefined}
    >
      {call && (
        <Stack gap="md">
          <Table
            variant="vertical"
            layout="fixed"
            withTableBorder
            fz="sm"
            aria-label={t('callInspector.summary')}
          >
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t('callInspector.time')}</Table.Th>
                <Table.Td ff="monospace">{format.dateTime(call.time)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('callInspector.httpStatus')}</Table.Th>
                <Table.Td>
                  {call.httpStatus}
                  {call.actionStatus && ` · ActionStatus ${call.actionStatus}`}
                  {call.errorCode !== undefined && ` · ErrorCode ${call.errorCode}`}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('callInspector.duration')}</Table.Th>
                <Table.Td>{t('callInspector.ms', { ms: call.durationMs })}</Table.Td>
              </Table.Tr>
              {call.attempts !== undefined && (
                <Table.Tr>
                  <Table.Th>{t('callInspector.attempts')}</Table.Th>
                  <Table.Td>{call.attempts}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>{t('callInspector.requestId')}</Table.Th>
                <Table.Td ff="monospace">
                  {call.requestId ?? t('callInspector.notRecorded')}
                </Table.Td>
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
                <Table.Th>{t('callInspector.faults')}</Table.Th>
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
          <Json label={t('callInspector.request')} value={call.request} />
          <Json label={t('callInspector.response')} value={call.response} />
          <Group gap="xs">
            <CopyButton value={JSON.stringify(call, null, 2)}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('callInspector.copied') : t('callInspector.copyJson')}
                </Button>
              )}
            </CopyButton>
            {target && (
              <CopyButton value={callAsCurl(call, target)}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('callInspector.copied') : t('callInspector.copyCurl')}
                  </Button>
                )}
              </CopyButton>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('callInspector.userSigNote')}
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
