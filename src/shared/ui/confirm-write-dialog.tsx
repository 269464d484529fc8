import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { PendingConfirmation } from '@/shared/lib/confirm-policy';

/** Tencent's short API name: `v4/sns/black_list_add` → `black_list_add`. */
const shortApi = (api: string) => api.split('/').pop() ?? api;

/**
 * The one confirmation for writes: says which API, how many accounts, and where (SDKAppID and
 * region), so a write to a real app is never a surprise. `children` adds choices (DeleteType).
 */
export function ConfirmWriteDialog({
  pending,
  children,
}: {
  pending: PendingConfirmation | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const target = pending?.target;
  const where =
    target === undefined
      ? t('confirmWrite.unknownTarget')
      : target.mode === 'emulator'
        ? t('confirmWrite.emulator')
        : t('confirmWrite.tencent');
  return (
    <Modal
      opened={pending !== undefined}
      onClose={() => pending?.onCancel()}
      title={pending?.title}
      size="md"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {pending && (
        <Stack gap="sm">
          {pending.consequence && <Text size="sm">{pending.consequence}</Text>}
          {children}
          <Table
            variant="vertical"
            layout="fixed"
            withTableBorder
            fz="sm"
            aria-label={t('confirmWrite.summary')}
          >
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={130}>API</Table.Th>
                <Table.Td ff="monospace">{shortApi(pending.api)}</Table.Td>
              </Table.Tr>
              {pending.accounts !== undefined && (
                <Table.Tr>
                  <Table.Th>{t('confirmWrite.accounts')}</Table.Th>
                  <Table.Td>{pending.accounts}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>{t('confirmWrite.target')}</Table.Th>
                <Table.Td>
                  {target
                    ? t('confirmWrite.where', {
                        where,
                        sdkAppId: target.sdkAppId,
                        region: target.region,
                      })
                    : where}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={pending.onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button
              color={pending.destructive ? 'red' : undefined}
              onClick={pending.onConfirm}
              data-testid="confirm-write"
            >
              {target?.mode === 'tencent'
                ? t('confirmWrite.confirmIn', {
                    action: pending.confirmLabel,
                    sdkAppId: target.sdkAppId,
                  })
                : pending.confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
