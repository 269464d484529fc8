import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';

import {
  PREVIEW_COLORS,
  PREVIEW_LABELS,
  type Preview,
  type PreviewLabel,
} from '../api/check-first';
import { type AddRow, SHARED_FIELDS, type SharedField } from '../friend-add-rows';

const PAGE_SIZE = 50;

/**
 * The rows the batch will send, with the values each really gets (its own, or the form's for
 * every row, shown dimmed) and, after "Check first", what friend_add would meet for each.
 */
export function FriendAddRowsTable({
  rows,
  shared,
  preview,
  onRemove,
  onKeepReady,
}: {
  rows: AddRow[];
  shared: Record<SharedField, string>;
  preview?: Preview;
  onRemove: (index: number) => void;
  onKeepReady: () => void;
}) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const first = (current - 1) * PAGE_SIZE;
  const counts = new Map<PreviewLabel, number>();
  if (preview) {
    for (const row of rows) {
      const label = preview.rows.get(row.To_Account)?.label ?? 'unknown';
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  const ready = counts.get('ready') ?? 0;

  return (
    <Paper withBorder p="md" component="section" aria-label="Rows to add">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Rows ({rows.length})
          </Title>
          {preview && (
            <Button
              size="xs"
              variant="light"
              disabled={ready === rows.length}
              onClick={onKeepReady}
            >
              Keep only ready rows ({ready})
            </Button>
          )}
        </Group>
        {preview && (
          <Group gap="xs" aria-label="Check first counts">
            {[...counts].map(([label, count]) => (
              <Badge key={label} color={PREVIEW_COLORS[label]} variant="light" tt="none">
                {PREVIEW_LABELS[label]}: {count}
              </Badge>
            ))}
          </Group>
        )}
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing={4} aria-label="Rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={56}>Row</Table.Th>
                <Table.Th>To_Account</Table.Th>
                {SHARED_FIELDS.map((field) => (
                  <Table.Th key={field}>{field}</Table.Th>
                ))}
                {preview && <Table.Th w={220}>Check first</Table.Th>}
                <Table.Th w={48}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(first, first + PAGE_SIZE).map((row, offset) => {
                const index = first + offset;
                const check = preview?.rows.get(row.To_Account);
                return (
                  <Table.Tr key={`${index}-${row.To_Account}`} data-row={index + 1}>
                    <Table.Td c="dimmed">{index + 1}</Table.Td>
                    <Table.Td ff="monospace">{row.To_Account}</Table.Td>
                    {SHARED_FIELDS.map((field) => (
                      <Table.Td key={field} maw={200}>
                        {row[field] !== undefined ? (
                          <Text size="sm" truncate="end">
                            {row[field]}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed" truncate="end" title="The form's value">
                            {shared[field]}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                    {preview && (
                      <Table.Td>
                        {check && (
                          <Tooltip label={check.detail} multiline maw={280}>
                            <Badge color={PREVIEW_COLORS[check.label]} variant="light" tt="none">
                              {PREVIEW_LABELS[check.label]}
                            </Badge>
                          </Tooltip>
                        )}
                      </Table.Td>
                    )}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove row ${index + 1} (${row.To_Account})`}
                        onClick={() => onRemove(index)}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {pages > 1 && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Rows {first + 1}–{Math.min(first + PAGE_SIZE, rows.length)} of {rows.length}
            </Text>
            <Pagination size="sm" total={pages} value={current} onChange={setPage} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
