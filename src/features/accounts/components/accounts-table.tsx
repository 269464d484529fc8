import { Anchor, Badge, Checkbox, Select, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { userRelationsPath } from '@/shared/lib/links';

import type { AccountRow } from '../api/account-queries';
import { type ProfileField, renderProfileOption, useProfileOptions } from '../profile-options';

/** One row per account: status, nick, the two settings (editable), a link to its relations. */
export function AccountsTable({
  rows,
  selected,
  onToggle,
  onToggleAll,
  onSet,
  disabled,
}: {
  rows: AccountRow[];
  selected: ReadonlySet<string>;
  onToggle: (userId: string) => void;
  onToggleAll: () => void;
  onSet: (userId: string, field: ProfileField, value: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('accounts');
  const options = {
    AllowType: useProfileOptions('AllowType'),
    AdminForbidType: useProfileOptions('AdminForbidType'),
  };
  const existing = rows.filter((row) => row.exists);
  const allChosen = existing.length > 0 && existing.every((row) => selected.has(row.userId));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        aria-label={t('table.label')}
        data-testid="accounts-table"
        verticalSpacing="xs"
        striped
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                size="xs"
                aria-label={t('table.selectAll')}
                checked={allChosen}
                indeterminate={!allChosen && existing.some((row) => selected.has(row.userId))}
                disabled={existing.length === 0}
                onChange={onToggleAll}
              />
            </Table.Th>
            <Table.Th>UserID</Table.Th>
            <Table.Th w={100}>{t('table.status')}</Table.Th>
            <Table.Th>Nick</Table.Th>
            <Table.Th w={210}>AllowType</Table.Th>
            <Table.Th w={230}>AdminForbidType</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>{t('table.links')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.userId} data-account={row.userId}>
              <Table.Td>
                {row.exists && (
                  <Checkbox
                    size="xs"
                    aria-label={t('table.select', { account: row.userId })}
                    checked={selected.has(row.userId)}
                    onChange={() => onToggle(row.userId)}
                  />
                )}
              </Table.Td>
              <Table.Td ff="monospace">{row.userId}</Table.Td>
              <Table.Td>
                <Badge
                  color={row.exists ? 'green' : 'red'}
                  variant="light"
                  tt="none"
                  data-exists={row.exists}
                >
                  {row.exists ? t('table.exists') : t('table.missing')}
                </Badge>
              </Table.Td>
              <Table.Td>{row.nick}</Table.Td>
              {(['AllowType', 'AdminForbidType'] as const).map((field) => (
                <Table.Td key={field}>
                  {row.exists && (
                    <Select
                      size="xs"
                      aria-label={t('table.fieldOf', { field, account: row.userId })}
                      data-field={field}
                      data={options[field]}
                      renderOption={renderProfileOption}
                      comboboxProps={{ width: 260, position: 'bottom-start' }}
                      value={
                        field === 'AllowType'
                          ? (row.allowType ?? null)
                          : (row.adminForbidType ?? 'AdminForbid_Type_None')
                      }
                      allowDeselect={false}
                      disabled={disabled}
                      onChange={(value) => value && onSet(row.userId, field, value)}
                    />
                  )}
                </Table.Td>
              ))}
              <Table.Td>
                {row.exists && (
                  <Anchor component={Link} to={userRelationsPath(row.userId)} size="sm">
                    {t('table.relations')}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
