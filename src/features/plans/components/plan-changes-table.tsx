import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PlanChanges } from '@/shared/contract/plan';

/** Each kind of change's colour, shared by the table and the picture. */
export const KIND_COLORS: Record<keyof PlanChanges, string> = {
  import: 'blue',
  profiles: 'blue',
  unblock: 'teal',
  delete: 'red',
  add: 'green',
  fix: 'yellow',
  block: 'grape',
};

interface Row {
  kind: keyof PlanChanges;
  from: string;
  to: string;
  details: string;
}

function rowsOf(changes: PlanChanges): Row[] {
  const settings = (values: Record<string, unknown>) =>
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => `${field} ${String(value)}`)
      .join(', ');
  return [
    ...changes.import.map((account) => ({
      kind: 'import' as const,
      from: account,
      to: '',
      details: '',
    })),
    ...changes.profiles.map(({ UserID, ...rest }) => ({
      kind: 'profiles' as const,
      from: UserID,
      to: '',
      details: settings(rest),
    })),
    ...(['unblock', 'delete', 'add', 'fix', 'block'] as const).flatMap((kind) =>
      changes[kind].map(({ From_Account, To_Account, ...rest }) => ({
        kind,
        from: From_Account,
        to: To_Account,
        details: settings(rest),
      })),
    ),
  ];
}

/** A plan's changes, one row per item, in the order a run applies them. */
export function PlanChangesTable({ changes, label }: { changes: PlanChanges; label: string }) {
  const { t } = useTranslation('plans');
  const rows = rowsOf(changes);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('changes.none')}
      </Text>
    );
  }
  return (
    <Table striped withTableBorder aria-label={label} data-testid="plan-changes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={190}>{t('changes.columns.change')}</Table.Th>
          <Table.Th>{t('changes.columns.account')}</Table.Th>
          <Table.Th>To_Account</Table.Th>
          <Table.Th>{t('changes.columns.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.kind}:${row.from}:${row.to}`} data-change={row.kind}>
            <Table.Td>
              <Badge variant="light" tt="none" miw="max-content" color={KIND_COLORS[row.kind]}>
                {t(`kinds.${row.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td ff="monospace">{row.from}</Table.Td>
            <Table.Td ff="monospace">{row.to}</Table.Td>
            <Table.Td>{row.details}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
