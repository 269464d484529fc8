import { Badge, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { WriteButton } from '@/shared/ui/write-guard';

import { emulatorQueries } from '../api/emulator-queries';
import { useFaultAddMutation } from '../api/use-fault-add-mutation';
import { useFaultRemoveMutation } from '../api/use-fault-remove-mutation';
import { describeFault } from '../fault-words';
import { FaultFormFields } from './fault-form';

/** Fault rules make the emulator fail on purpose; the header shows while any is active. */
export function FaultsSection() {
  const { t } = useTranslation('emulatorPanel');
  const { data: faults = [] } = useQuery(emulatorQueries.faults());
  const add = useFaultAddMutation();
  const remove = useFaultRemoveMutation();
  const { readOnlyReason } = useWriteAccess();
  const failure = add.error ?? remove.error;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="faults-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="faults-title">
            {t('faults.title')}
          </Title>
          <WriteButton
            readOnlyReason={readOnlyReason}
            size="xs"
            variant="light"
            color="red"
            disabled={faults.length === 0}
            loading={remove.isPending}
            onClick={() => remove.mutate(undefined)}
          >
            {t('faults.clearAll')}
          </WriteButton>
        </Group>
        <FaultFormFields
          readOnlyReason={readOnlyReason}
          adding={add.isPending}
          onAdd={(rule, added) => add.mutate(rule, { onSuccess: added })}
        />
        {failure && <FailureAlert {...describeFailure(failure)} />}
        {faults.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('faults.none')}
          </Text>
        ) : (
          <Table aria-label={t('faults.table')} verticalSpacing={4} data-testid="faults-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('faults.api')}</Table.Th>
                <Table.Th>{t('faults.from')}</Table.Th>
                <Table.Th>{t('faults.to')}</Table.Th>
                <Table.Th>{t('faults.fault')}</Table.Th>
                <Table.Th>{t('faults.hits')}</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>{t('faults.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {faults.map((rule) => (
                <Table.Tr key={rule.id} data-fault={rule.id}>
                  <Table.Td ff="monospace">{rule.api}</Table.Td>
                  <Table.Td ff="monospace">{rule.from ?? t('faults.any')}</Table.Td>
                  <Table.Td ff="monospace">{rule.to ?? t('faults.any')}</Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light" tt="none">
                      {describeFault(rule)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {rule.times === undefined
                      ? rule.hits
                      : t('faults.hitsOf', { hits: rule.hits, times: rule.times })}
                  </Table.Td>
                  <Table.Td>
                    <WriteButton
                      readOnlyReason={readOnlyReason}
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      aria-label={t('faults.removeLabel', {
                        fault: describeFault(rule),
                        api: rule.api,
                      })}
                      onClick={() => remove.mutate(rule.id)}
                    >
                      {t('faults.remove')}
                    </WriteButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
