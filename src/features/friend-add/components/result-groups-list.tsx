import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { infoInWords } from '@/api/describe-failure';

import type { ResultGroup } from '../result-groups';
import { type ActionContext, NextActionButton } from './next-action';
import { STATUS_COLORS } from './status-words';

/**
 * One line per ResultCode: what it means and what to do, said once for all its rows, with the
 * group's next step as an action. A group's heading shows or hides its rows in the table.
 */
export function ResultGroupsList({
  groups,
  hidden,
  onToggle,
  context,
}: {
  groups: ResultGroup[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  context: ActionContext;
}) {
  const { t } = useTranslation('friendAdd');
  return (
    <Stack
      gap={6}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('results.groups')}
    >
      {groups.map((group) => {
        const first = group.results[0];
        const shown = !hidden.has(group.key);
        return (
          <Paper key={group.key} component="li" withBorder px="sm" py={6} data-group={group.key}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <UnstyledButton
                aria-expanded={shown}
                onClick={() => onToggle(group.key)}
                style={{ flex: 1, minWidth: 0 }}
              >
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" aria-hidden c="dimmed" w={12}>
                    {shown ? '▾' : '▸'}
                  </Text>
                  {first && (
                    <Badge color={STATUS_COLORS[first.status]} variant="light" tt="none">
                      {t(`status.${first.status}`)}
                    </Badge>
                  )}
                  <Text size="sm" fw={600}>
                    {t('group.heading', {
                      title: group.title,
                      accounts: t('group.accounts', { count: group.results.length }),
                    })}
                  </Text>
                </Group>
              </UnstyledButton>
              <NextActionButton
                action={group.action}
                accounts={group.results.map((result) => result.account)}
                callFailed={group.callFailed}
                context={context}
              />
            </Group>
            <Text size="sm" pl={20}>
              {group.meaning}
              {group.nextStep && (
                <Text span c="dimmed">
                  {' '}
                  {t('group.nextStep', { step: group.nextStep })}
                </Text>
              )}
            </Text>
            {group.callFailed && group.info && (
              <Text size="xs" c="dimmed" ff="monospace" pl={20}>
                {infoInWords(first?.code, group.info)}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
