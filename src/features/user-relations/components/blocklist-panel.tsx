import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { describeFailure } from '@/api/describe-failure';
import { AccountId } from '@/shared/contract/common';
import { currentFormat, issueMessage, useFormat } from '@/shared/i18n';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';
import { parseAccountList } from '@/shared/lib/account-list';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { FormTextInput } from '@/shared/ui/form/form-text-input';
import { WriteButton } from '@/shared/ui/write-guard';

import { userRelationQueries } from '../api/user-relation-queries';
import type { RelationWrites } from '../use-relation-writes';

/** The user's blocklist (black_list_get), with unblock, and a form to block more accounts. */
export function BlocklistPanel({
  user,
  friends,
  writes,
  readOnlyReason,
}: {
  user: string;
  /** The user's friends listed so far: blocking one of them ends the friendship. */
  friends: readonly string[];
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}) {
  const { t } = useTranslation(['userRelations', 'common']);
  const format = useFormat();
  const blocklist = useInfiniteQuery(userRelationQueries.blocklist(user));
  const rows = blocklist.data?.pages.flatMap((page) => page.blocked) ?? [];
  const exportCsv = () =>
    downloadCsv(
      `blocklist-${user}`,
      ['From_Account', 'To_Account', 'AddBlackTimeStamp'],
      rows.map((row) => [
        user,
        row.account,
        row.since ? currentFormat().iso(row.since * 1000) : '',
      ]),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="blocklist-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="blocklist-title">
            {t('blocklist.title', { user, count: rows.length })}
          </Title>
          <ExportCsvButton of={t('blocklist.csvOf')} rows={rows.length} onExport={exportCsv} />
        </Group>
        {blocklist.isError && <FailureAlert {...describeFailure(blocklist.error)} />}
        {blocklist.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('blocklist.empty', { user })}
          </Text>
        )}
        {rows.length > 0 && (
          <Table
            aria-label={t('blocklist.label')}
            data-testid="blocklist-table"
            striped
            verticalSpacing={4}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>To_Account</Table.Th>
                <Table.Th>{t('blocklist.since', { zone: format.zone() })}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.account} data-account={row.account}>
                  <Table.Td ff="monospace">{row.account}</Table.Td>
                  <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {row.since ? format.dateTimeWithoutZone(row.since * 1000) : ''}
                  </Table.Td>
                  <Table.Td>
                    <WriteButton
                      readOnlyReason={readOnlyReason}
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('blocklist.unblockLabel', { account: row.account })}
                      data-testid="unblock"
                      onClick={() => writes.unblock([row.account])}
                    >
                      {t('writes.unblock')}
                    </WriteButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {blocklist.hasNextPage && (
          <Button variant="default" size="xs" onClick={() => void blocklist.fetchNextPage()}>
            {t('loadMore')}
          </Button>
        )}
        <BlockAccountsForm friends={friends} writes={writes} readOnlyReason={readOnlyReason} />
      </Stack>
    </Paper>
  );
}

/**
 * Accounts to block, pasted or typed: each a valid UserID before anything is sent, the first bad
 * one named. The words are chosen when the form validates, so they follow the language in use.
 */
const BlockForm = z.object({
  text: z.string().transform((text, context) => {
    const accounts = [...new Set(parseAccountList(text))];
    if (accounts.length === 0) {
      context.addIssue({ code: 'custom', message: i18next.t('userRelations:blocklist.blockNone') });
    }
    for (const account of accounts) {
      const issue = AccountId.safeParse(account).error?.issues[0];
      if (!issue) continue;
      const problem = issueMessage(issue);
      context.addIssue({
        code: 'custom',
        message: i18next.t('userRelations:blocklist.blockInvalid', { account, problem }),
      });
      break;
    }
    return accounts;
  }),
});

/** Blocks more accounts; a friend among them stops being one. */
function BlockAccountsForm({
  friends,
  writes,
  readOnlyReason,
}: {
  friends: readonly string[];
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}) {
  const { t } = useTranslation(['userRelations', 'common']);
  const form = useForm<z.input<typeof BlockForm>, unknown, z.output<typeof BlockForm>>({
    resolver: translatedZodResolver(BlockForm),
    defaultValues: { text: '' },
  });
  const readOnly = readOnlyReason !== undefined;
  const block = form.handleSubmit(({ text: accounts }) =>
    writes.block(accounts, friends, () => form.reset({ text: '' })),
  );
  return (
    <form noValidate onSubmit={(event) => void block(event)}>
      <Group align="flex-start" gap="xs">
        <FormTextInput
          control={form.control}
          name="text"
          label={t('blocklist.blockAccounts')}
          data-testid="block-accounts"
          placeholder="mallory, trent"
          style={{ flex: 1 }}
          maw={420}
          disabled={readOnly}
        />
        <WriteButton
          readOnlyReason={readOnlyReason}
          type="submit"
          variant="default"
          mt={25}
          loading={writes.isPending}
          data-testid="block"
        >
          {t('writes.block')}
        </WriteButton>
      </Group>
    </form>
  );
}
