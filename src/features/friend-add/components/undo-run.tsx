import { Alert, Button, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';

import { isFinished, type RunSnapshot } from '@/api/runs/run-follower';
import { targetQuery } from '@/api/target-query';
import type { DeleteType } from '@/shared/contract/friends';
import type { RunItem } from '@/shared/contract/runs';

const DELETE_WORDS = {
  Delete_Type_Both: 'both ways',
  Delete_Type_Single: 'one way (only From_Account’s side)',
} as const;

/** The friendships the run created and has not undone yet, by how each must be deleted. */
export function undoPlan(items: readonly RunItem[]): Map<DeleteType, string[]> {
  const plan = new Map<DeleteType, string[]>();
  for (const item of items) {
    if (item.undo === null || item.undone) continue;
    plan.set(item.undo, [...(plan.get(item.undo) ?? []), item.To_Account]);
  }
  return plan;
}

/**
 * "Undo this batch": lists the friendships the run created and, once confirmed, starts an undo
 * run at the server. Pending requests (30539) and earlier friendships are left alone.
 */
export function UndoRunButton({
  from,
  items,
  disabled,
  pending,
  onConfirm,
}: {
  from: string;
  items: readonly RunItem[];
  disabled: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [opened, { open, close }] = useDisclosure();
  const { data: target } = useQuery(targetQuery);
  const plan = undoPlan(items);
  const count = [...plan.values()].reduce((total, accounts) => total + accounts.length, 0);

  return (
    <>
      <Button size="xs" variant="default" disabled={disabled || count === 0} onClick={open}>
        Undo this batch ({count})
      </Button>
      <Modal opened={opened} onClose={close} title="Undo this batch?" size="lg">
        <Stack gap="sm">
          <Text size="sm">
            friend_delete removes the {count} friendship{count === 1 ? '' : 's'} this run created
            for <b>{from}</b>
            {target?.mode === 'tencent'
              ? ` in the real Tencent app SDKAppID ${target.sdkAppId} (${target.region})`
              : ''}
            . Requests awaiting approval and friendships that existed before stay as they are.
          </Text>
          {[...plan].map(([deleteType, accounts]) => (
            <div key={deleteType}>
              <Text size="sm" fw={600}>
                {accounts.length} deleted {DELETE_WORDS[deleteType]} · {deleteType}
              </Text>
              <ScrollArea.Autosize mah={160} type="auto">
                <List size="sm" ff="monospace" aria-label={`Deleted ${DELETE_WORDS[deleteType]}`}>
                  {accounts.map((account) => (
                    <List.Item key={account}>{account}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            </div>
          ))}
          <Button
            color="red"
            loading={pending}
            onClick={() => {
              onConfirm();
              close();
            }}
          >
            Delete {count} friendship{count === 1 ? '' : 's'}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

/** How the run's undo went: under way, or how many friendships it deleted and which it could not. */
export function UndoOutcomeAlert({ undo }: { undo: RunSnapshot<RunItem> }) {
  const { summary, items } = undo;
  if (!summary) return null;
  if (!isFinished(summary)) {
    return (
      <Alert color="blue" variant="light" role="status" title="Undoing this batch">
        {summary.counts.done} of {summary.counts.items} friendships handled; the undo goes on at the
        server.
      </Alert>
    );
  }
  const isDeleted = (item: RunItem) => item.ResultCode === 0 && !item.failure;
  const deleted = items.filter(isDeleted);
  const failed = items.filter((item) => !isDeleted(item));
  return (
    <Alert
      color={failed.length > 0 ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title={`Undone: ${deleted.length} friendship${deleted.length === 1 ? '' : 's'} deleted`}
    >
      {failed.length > 0 && (
        <Stack gap={2}>
          <Text size="sm">{failed.length} could not be deleted:</Text>
          {failed.slice(0, 20).map((item) => (
            <Text key={item.To_Account} size="xs" ff="monospace">
              {item.To_Account}:{' '}
              {item.state === 'done'
                ? `${item.ResultCode ?? item.failure?.ErrorCode ?? item.failure?.status} ${item.ResultInfo ?? item.failure?.detail ?? ''}`
                : item.state.replace('_', ' ')}
            </Text>
          ))}
        </Stack>
      )}
    </Alert>
  );
}
