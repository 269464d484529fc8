import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

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
  const target = pending?.target;
  const where =
    target === undefined
      ? 'an unknown target'
      : target.mode === 'emulator'
        ? 'the emulator'
        : 'a real Tencent Chat app';
  return (
    <Modal
      opened={pending !== undefined}
      onClose={() => pending?.onCancel()}
      title={pending?.title}
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
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
            aria-label="What this write does"
          >
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>API</Table.Th>
                <Table.Td ff="monospace">{shortApi(pending.api)}</Table.Td>
              </Table.Tr>
              {pending.accounts !== undefined && (
                <Table.Tr>
                  <Table.Th>Accounts</Table.Th>
                  <Table.Td>{pending.accounts}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>Target</Table.Th>
                <Table.Td>
                  {where}
                  {target && ` · SDKAppID ${target.sdkAppId} · region ${target.region}`}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={pending.onCancel}>
              Cancel
            </Button>
            <Button
              color={pending.destructive ? 'red' : undefined}
              onClick={pending.onConfirm}
              data-testid="confirm-write"
            >
              {target?.mode === 'tencent'
                ? `${pending.confirmLabel} in SDKAppID ${target.sdkAppId}`
                : pending.confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
