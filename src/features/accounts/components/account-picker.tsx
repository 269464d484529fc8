import { Button, Group, Paper } from '@mantine/core';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { AccountId } from '@/shared/contract/common';
import { issueMessage } from '@/shared/i18n';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';
import { parseAccountList } from '@/shared/lib/account-list';
import { summarizeProblems } from '@/shared/lib/problem-summary';
import { FormTextarea } from '@/shared/ui/form/form-textarea';

/**
 * Pasted UserIDs, each valid before anything is called; a message names the row. The words are
 * chosen when the form validates, so they follow the language in use.
 */
const AccountsForm = z.object({
  text: z.string().transform((text, context) => {
    const accounts = [...new Set(parseAccountList(text))];
    const problems = accounts.flatMap((account, index) => {
      const issue = AccountId.safeParse(account).error?.issues[0];
      return issue
        ? [i18next.t('accounts:picker.row', { row: index + 1, problem: issueMessage(issue) })]
        : [];
    });
    const problem =
      accounts.length === 0
        ? i18next.t('accounts:picker.empty')
        : summarizeProblems(problems, 3, (count) => i18next.t('common:andMore', { count }));
    if (problem) context.addIssue({ code: 'custom', message: problem });
    return accounts;
  }),
});

/** Which accounts to check; valid ones go to the URL, so a check can be shared. */
export function AccountPicker({
  accounts,
  checking,
  onCheck,
}: {
  accounts: readonly string[];
  checking: boolean;
  onCheck: (accounts: string[]) => void;
}) {
  const { t } = useTranslation('accounts');
  const form = useForm<z.input<typeof AccountsForm>, unknown, z.output<typeof AccountsForm>>({
    resolver: translatedZodResolver(AccountsForm),
    defaultValues: { text: accounts.join('\n') },
  });
  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => onCheck(values.text))(event)}
      >
        <Group align="flex-end" gap="md">
          <FormTextarea
            control={form.control}
            name="text"
            label={t('picker.label')}
            description={t('picker.help')}
            placeholder={'alice\nbob'}
            autosize
            minRows={3}
            maxRows={8}
            w={420}
          />
          <Button type="submit" loading={checking} data-testid="check-accounts">
            {t('picker.check')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
