import { Alert, Button, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';

import { itemFailureLine, runItemFailure } from '@/api/item-failure';
import { isFinished, type RunSnapshot } from '@/api/runs/run-follower';
import { targetQuery } from '@/api/target-query';
import type { DeleteType } from '@/shared/contract/friends';
import type { RunItem } from '@/shared/contract/runs';

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
  const { t } = useTranslation('friendAdd');
  const [opened, { open, close }] = useDisclosure();
  const { data: target } = useQuery(targetQuery);
  const plan = undoPlan(items);
  const count = [...plan.values()].reduce((total, accounts) => total + accounts.length, 0);

  return (
    <>
      <Button size="xs" variant="default" disabled={disabled || count === 0} onClick={open}>
        {t('undo.button', { friendships: count })}
      </Button>
      <Modal opened={opened} onClose={close} title={t('undo.title')} size="lg">
        <Stack gap="sm">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="undo.body"
              count={count}
              values={{
                from,
                where:
                  target?.mode === 'tencent'
                    ? t('undo.inTencent', { sdkAppId: target.sdkAppId, region: target.region })
                    : '',
              }}
              components={{ b: <b /> }}
            />
          </Text>
          {[...plan].map(([deleteType, accounts]) => (
            <div key={deleteType}>
              <Text size="sm" fw={600}>
                {t('undo.deletedGroup', {
                  accounts: accounts.length,
                  way: t(`undo.way.${deleteType}`),
                  deleteType,
                })}
              </Text>
              <ScrollArea.Autosize mah={160} type="auto">
                <List
                  size="sm"
                  ff="monospace"
                  aria-label={t('undo.deletedList', { way: t(`undo.way.${deleteType}`) })}
                >
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
            {t('undo.confirm', { count })}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

/** How the run's undo went: under way, or how many friendships it deleted and which it could not. */
export function UndoOutcomeAlert({ undo }: { undo: RunSnapshot<RunItem> }) {
  const { t } = useTranslation('friendAdd');
  const { summary, items } = undo;
  if (!summary) return null;
  if (!isFinished(summary)) {
    return (
      <Alert color="blue" variant="light" role="status" title={t('undo.undoing')}>
        {t('undo.progress', { done: summary.counts.done, items: summary.counts.items })}
      </Alert>
    );
  }
  const failed = items.flatMap((item) => {
    if (item.state !== 'done') return [`${item.To_Account}: ${t(`undo.itemState.${item.state}`)}`];
    const failure = runItemFailure(item);
    return failure ? [itemFailureLine(failure)] : [];
  });
  const deleted = items.length - failed.length;
  return (
    <Alert
      color={failed.length > 0 ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title={t('undo.done', { count: deleted })}
    >
      {failed.length > 0 && (
        <Stack gap={2}>
          <Text size="sm">{t('undo.couldNot', { accounts: failed.length })}</Text>
          {failed.slice(0, 20).map((line) => (
            <Text key={line} size="xs" ff="monospace">
              {line}
            </Text>
          ))}
        </Stack>
      )}
    </Alert>
  );
}
