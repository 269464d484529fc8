import {
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { WriteGuard } from '@/shared/ui/write-guard';

import { emulatorQueries } from '../api/emulator-queries';
import { useFaultAddMutation } from '../api/use-fault-add-mutation';
import { useFaultRemoveMutation } from '../api/use-fault-remove-mutation';
import { describeFault } from '../fault-words';
import { FaultFormFields } from './fault-form';

/** Fault rules make the emulator fail on purpose; the header shows while any is active. */
export function FaultsSection() {
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
            Fault rules
          </Title>
          <WriteGuard readOnlyReason={readOnlyReason}>
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={faults.length === 0 || !!readOnlyReason}
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined)}
            >
              Clear all faults
            </Button>
          </WriteGuard>
        </Group>
        <FaultFormFields
          readOnlyReason={readOnlyReason}
          adding={add.isPending}
          onAdd={(rule, added) => add.mutate(rule, { onSuccess: added })}
        />
        {failure && <FailureAlert {...describeFailure(failure)} />}
        {faults.length === 0 ? (
          <Text size="sm" c="dimmed">
            No fault rules: the emulator answers as Tencent would.
          </Text>
        ) : (
          <Table aria-label="Active fault rules" verticalSpacing={4} data-testid="faults-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>API</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Fault</Table.Th>
                <Table.Th>Hits</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {faults.map((rule) => (
                <Table.Tr key={rule.id} data-fault={rule.id}>
                  <Table.Td ff="monospace">{rule.api}</Table.Td>
                  <Table.Td ff="monospace">{rule.from ?? 'any'}</Table.Td>
                  <Table.Td ff="monospace">{rule.to ?? 'any'}</Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light" tt="none">
                      {describeFault(rule)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {rule.hits}
                    {rule.times !== undefined ? ` of ${rule.times}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <WriteGuard readOnlyReason={readOnlyReason}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        disabled={!!readOnlyReason}
                        aria-label={`Remove fault: ${describeFault(rule)} on ${rule.api}`}
                        onClick={() => remove.mutate(rule.id)}
                      >
                        Remove
                      </Button>
                    </WriteGuard>
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
