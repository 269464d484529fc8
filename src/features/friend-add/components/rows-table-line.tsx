import { ActionIcon, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PREVIEW_COLORS, type Preview } from '../api/check-first';
import { type AddRow, SHARED_FIELDS, type SharedField } from '../friend-add-rows';

/** One row: its values, then why it is invalid, or what Check first found (and what Force changes). */
export function RowLine({
  index,
  row,
  shared,
  problems,
  preview,
  onRemove,
}: {
  index: number;
  row: AddRow;
  shared: Record<SharedField, string>;
  problems: string[];
  preview?: Preview;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation('friendAdd');
  const check = preview?.rows.get(row.To_Account);
  return (
    <Table.Tr data-row={index + 1} data-invalid={problems.length > 0 || undefined}>
      <Table.Td c="dimmed">{index + 1}</Table.Td>
      <Table.Td ff="monospace">{row.To_Account}</Table.Td>
      {SHARED_FIELDS.map((field) => (
        <Table.Td key={field} maw={200}>
          {row[field] !== undefined ? (
            <Text size="sm" truncate="end">
              {row[field]}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" truncate="end" title={t('rows.formValue')}>
              {shared[field]}
            </Text>
          )}
        </Table.Td>
      ))}
      {(preview || problems.length > 0) && (
        <Table.Td>
          {problems.length > 0 ? (
            // A row that no longer validates shows why, never an older "Ready".
            <Stack gap={2}>
              <Badge color="red" variant="light" tt="none">
                {t('rows.invalid')}
              </Badge>
              <Text size="xs" c="var(--mantine-color-red-light-color)">
                {problems.join('; ')}
              </Text>
            </Stack>
          ) : (
            check && (
              <Stack gap={2}>
                <Tooltip label={t(`previewDetail.${check.detail}`)} multiline maw={280}>
                  <Badge color={PREVIEW_COLORS[check.label]} variant="light" tt="none">
                    {t(`preview.${check.label}`)}
                  </Badge>
                </Tooltip>
                {check.withoutForce && (
                  <Text size="xs" c="dimmed" data-force-changed>
                    {t('rows.withoutForce', { label: t(`preview.${check.withoutForce}`) })}
                  </Text>
                )}
              </Stack>
            )
          )}
        </Table.Td>
      )}
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('rows.removeRow', { row: index + 1, account: row.To_Account })}
          onClick={() => onRemove(index)}
        >
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
