import { Alert, Button, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';

import { targetQuery } from '@/api/target-query';

import { undoPlan, type UndoOutcome, useUndoBatchMutation } from '../api/undo-batch';
import type { ClassifiedResult } from '../classify-result';

const DELETE_WORDS = {
  Delete_Type_Both: 'both ways',
  Delete_Type_Single: 'one way (only From_Account’s side)',
} as const;

/**
 * "Undo this batch": lists the friendships the batch created and, once confirmed, deletes exactly
 * those with friend_delete. Pending requests (30539) and existing friendships are left alone.
 */
export function UndoBatchButton({
  from,
  results,
  disabled,
  onUndone,
}: {
  from: string;
  results: ClassifiedResult[];
  disabled: boolean;
  onUndone: (outcome: UndoOutcome) => void;
}) {
  const [opened, { open, close }] = useDisclosure();
  const mutation = useUndoBatchMutation();
  const { data: target } = useQuery(targetQuery);
  const plan = undoPlan(results);
  const count = [...plan.values()].reduce((total, accounts) => total + accounts.length, 0);

  const confirm = () =>
    mutation.mutate(
      { from, results },
      {
        onSuccess: (outcome) => {
          close();
          onUndone(outcome);
        },
      },
    );

  return (
    <>
      <Button size="xs" variant="default" disabled={disabled || count === 0} onClick={open}>
        Undo this batch ({count})
      </Button>
      <Modal opened={opened} onClose={close} title="Undo this batch?" size="lg">
        <Stack gap="sm">
          <Text size="sm">
            friend_delete removes the {count} friendship{count === 1 ? '' : 's'} this batch created
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
          <Button color="red" loading={mutation.isPending} onClick={confirm}>
            Delete {count} friendship{count === 1 ? '' : 's'}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

export function UndoOutcomeAlert({ outcome }: { outcome: UndoOutcome }) {
  return (
    <Alert
      color={outcome.failed.length > 0 ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title={`Undone: ${outcome.deleted.length} friendship${outcome.deleted.length === 1 ? '' : 's'} deleted`}
    >
      {outcome.failed.length > 0 && (
        <Stack gap={2}>
          <Text size="sm">{outcome.failed.length} could not be deleted:</Text>
          {outcome.failed.slice(0, 20).map((failure) => (
            <Text key={failure.account} size="xs" ff="monospace">
              {failure.account}: {failure.reason}
            </Text>
          ))}
        </Stack>
      )}
    </Alert>
  );
}
