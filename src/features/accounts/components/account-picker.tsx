import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { AccountId } from '@/shared/contract/common';
import { parseAccountList } from '@/shared/lib/account-list';
import { summarizeProblems } from '@/shared/lib/problem-summary';

/** Pasted UserIDs, each valid before anything is called; a message names the row. */
const AccountsForm = z.object({
  text: z.string().transform((text, context) => {
    const accounts = [...new Set(parseAccountList(text))];
    const problems = accounts.flatMap((account, index) => {
      const parsed = AccountId.safeParse(account);
      return parsed.success ? [] : [`Row ${index + 1}: ${parsed.error.issues[0]?.message}`];
    });
    const problem =
      accounts.length === 0 ? 'Accounts: enter at least one UserID' : summarizeProblems(problems);
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
  const form = useForm<z.input<typeof AccountsForm>, unknown, z.output<typeof AccountsForm>>({
    resolver: zodResolver(AccountsForm),
    defaultValues: { text: accounts.join('\n') },
  });
  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => onCheck(values.text))(event)}
      >
        <Group align="flex-end" gap="md">
          <Textarea
            label="Accounts · UserID"
            description="One UserID per line, or separated by commas."
            placeholder={'alice\nbob'}
            autosize
            minRows={3}
            maxRows={8}
            w={420}
            {...form.register('text')}
            error={form.formState.errors.text?.message}
          />
          <Button type="submit" loading={checking} data-testid="check-accounts">
            Check accounts
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
