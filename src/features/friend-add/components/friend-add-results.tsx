import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';

import { type AddStatus, type ClassifiedResult, STATUS_LABELS } from '../classify-result';

const STATUS_COLORS: Record<AddStatus, string> = {
  added: 'green',
  pending: 'yellow',
  exists: 'blue',
  failed: 'red',
};

export function FriendAddResults({ results }: { results: ClassifiedResult[] }) {
  const counts = results.reduce<Record<AddStatus, number>>(
    (total, result) => ({ ...total, [result.status]: total[result.status] + 1 }),
    { added: 0, pending: 0, exists: 0, failed: 0 },
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Results
          </Title>
          <Group gap="xs" aria-label="Result counts">
            {(Object.keys(STATUS_LABELS) as AddStatus[]).map((status) => (
              <Badge key={status} color={STATUS_COLORS[status]} variant="light">
                {STATUS_LABELS[status]}: {counts[status]}
              </Badge>
            ))}
          </Group>
        </Group>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Results per account">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>To_Account</Table.Th>
              <Table.Th w={300}>Status</Table.Th>
              <Table.Th w={80}>Code</Table.Th>
              <Table.Th>What it means</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((result, index) => (
              <Table.Tr key={`${result.account}-${index}`} data-status={result.status}>
                <Table.Td ff="monospace">{result.account}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[result.status]} variant="light" tt="none">
                    {STATUS_LABELS[result.status]}
                  </Badge>
                </Table.Td>
                <Table.Td ff="monospace">{result.code}</Table.Td>
                <Table.Td>
                  <Text size="sm">{result.meaning}</Text>
                  {result.nextStep && (
                    <Text size="sm" c="dimmed">
                      Next step: {result.nextStep}
                    </Text>
                  )}
                  {result.info && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {result.info}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
