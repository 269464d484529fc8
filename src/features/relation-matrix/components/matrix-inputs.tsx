import {
  Button,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { memo, useMemo, useState } from 'react';

import type { CheckType } from '@/shared/contract/friend-check';
import { parseAccountList } from '@/shared/lib/account-list';
import { minimumSeconds, planChecks } from '@/shared/lib/plan-checks';

import type { MatrixInput } from '../api/use-matrix-run';
import { uniqueAccounts } from '../build-matrix';

function splitAccounts(text: string): string[] {
  return uniqueAccounts(parseAccountList(text));
}

function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(1)} s`;
}

/**
 * Accounts, columns and check type, with the cost before running. Memoized and fed only stable
 * props, so that a live run's repaints never re-measure the autosizing textareas (issue #14).
 */
export const MatrixInputs = memo(function MatrixInputs({
  initial,
  onRun,
  busy,
}: {
  initial: MatrixInput;
  onRun: (input: MatrixInput) => void;
  busy: boolean;
}) {
  const [accountsText, setAccountsText] = useState(initial.rows.join('\n'));
  const [columnsText, setColumnsText] = useState(initial.columns.join('\n'));
  const [checkType, setCheckType] = useState<CheckType>(initial.checkType);
  const rows = useMemo(() => splitAccounts(accountsText), [accountsText]);
  const columnsInput = useMemo(() => splitAccounts(columnsText), [columnsText]);
  const columns = columnsInput.length > 0 ? columnsInput : rows;
  const plannedCalls = useMemo(
    () => planChecks(rows, columns, checkType).length,
    [rows, columns, checkType],
  );

  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <Textarea
          label="Accounts"
          data-testid="matrix-accounts"
          description={`Rows (From_Account), one per line or separated by commas. ${rows.length} unique.`}
          placeholder={'alice\nbob\ncarol'}
          autosize
          minRows={4}
          maxRows={8}
          value={accountsText}
          onChange={(event) => setAccountsText(event.currentTarget.value)}
        />
        <Textarea
          label="Columns (optional)"
          description={
            columnsInput.length > 0
              ? `Columns (To_Account): ${columnsInput.length} unique.`
              : 'Columns (To_Account); empty uses the same accounts as the rows.'
          }
          placeholder="same as rows"
          autosize
          minRows={4}
          maxRows={8}
          value={columnsText}
          onChange={(event) => setColumnsText(event.currentTarget.value)}
        />
        <Stack gap="md">
          <Input.Wrapper
            label="Check type · CheckType"
            description="Both directions also shows who lists whom back; one direction reads only each row's list."
          >
            <SegmentedControl
              mt={6}
              fullWidth
              value={checkType}
              onChange={(value) => setCheckType(value as CheckType)}
              data={[
                { value: 'CheckResult_Type_Both', label: 'Both directions' },
                { value: 'CheckResult_Type_Single', label: 'One direction' },
              ]}
            />
          </Input.Wrapper>
          <Text size="sm" aria-label="Cost">
            {plannedCalls === 0
              ? 'Enter at least two accounts.'
              : `${rows.length} × ${columns.length}: ${plannedCalls} friend_check call${plannedCalls === 1 ? '' : 's'}, at least ${formatSeconds(minimumSeconds(plannedCalls))} at 200 calls/s.`}
          </Text>
          <Button
            onClick={() => onRun({ rows, columns: columnsInput, checkType })}
            disabled={plannedCalls === 0}
            data-testid="check-relations"
            loading={busy}
            w="fit-content"
          >
            Check relations
          </Button>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
});
