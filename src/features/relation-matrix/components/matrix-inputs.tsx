import {
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CheckType } from '@/shared/contract/friend-check';
import { parseAccountList } from '@/shared/lib/account-list';
import { minimumSeconds, planChecks } from '@/shared/lib/plan-checks';

import type { MatrixInput } from '../matrix-input';
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
/** Room for two lines under each label, so the three inputs start at one height when one wraps. */
const TWO_LINE_DESCRIPTION = { description: { minHeight: '2.5em' } };

export const MatrixInputs = memo(function MatrixInputs({
  initial,
  onRun,
  busy,
  startCollapsed,
}: {
  initial: MatrixInput;
  onRun: (input: MatrixInput) => void;
  busy: boolean;
  /** After a run the inputs fold into one line, so the grid fits the first screen. */
  startCollapsed: boolean;
}) {
  const { t } = useTranslation('relationMatrix');
  const [open, setOpen] = useState(!startCollapsed);
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
    <Paper withBorder p={open ? 'lg' : 'xs'} px={open ? undefined : 'md'}>
      {startCollapsed && (
        <Group justify="space-between" mb={open ? 'md' : 0}>
          <Text size="sm" ff="monospace" data-testid="matrix-inputs-summary">
            {t('inputs.summary', {
              rows: initial.rows.length,
              columns: (initial.columns.length > 0 ? initial.columns : initial.rows).length,
              checkType: initial.checkType,
            })}
          </Text>
          <Button
            size="xs"
            variant="default"
            aria-expanded={open}
            aria-controls="matrix-inputs"
            data-testid="matrix-inputs-toggle"
            onClick={() => setOpen(!open)}
          >
            {open ? t('inputs.hide') : t('inputs.edit')}
          </Button>
        </Group>
      )}
      <SimpleGrid
        id="matrix-inputs"
        style={open ? undefined : { display: 'none' }}
        cols={{ base: 1, md: 3 }}
        spacing="xl"
      >
        <Textarea
          label={t('inputs.accounts')}
          data-testid="matrix-accounts"
          description={t('inputs.accountsHelp', { count: rows.length })}
          styles={TWO_LINE_DESCRIPTION}
          placeholder={'alice\nbob\ncarol'}
          autosize
          minRows={4}
          maxRows={8}
          value={accountsText}
          onChange={(event) => setAccountsText(event.currentTarget.value)}
        />
        <Textarea
          label={t('inputs.columns')}
          description={
            columnsInput.length > 0
              ? t('inputs.columnsCount', { count: columnsInput.length })
              : t('inputs.columnsEmpty')
          }
          styles={TWO_LINE_DESCRIPTION}
          placeholder={t('inputs.sameAsRows')}
          autosize
          minRows={4}
          maxRows={8}
          value={columnsText}
          onChange={(event) => setColumnsText(event.currentTarget.value)}
        />
        <Stack gap="md">
          <Input.Wrapper
            label={t('inputs.checkType')}
            description={t('inputs.checkTypeHelp')}
            styles={TWO_LINE_DESCRIPTION}
          >
            <SegmentedControl
              mt={6}
              fullWidth
              value={checkType}
              onChange={(value) => setCheckType(value as CheckType)}
              data={[
                { value: 'CheckResult_Type_Both', label: t('inputs.both') },
                { value: 'CheckResult_Type_Single', label: t('inputs.single') },
              ]}
            />
          </Input.Wrapper>
          <Text size="sm" aria-label={t('inputs.costLabel')}>
            {plannedCalls === 0
              ? t('inputs.needTwo')
              : t('inputs.cost', {
                  rows: rows.length,
                  columns: columns.length,
                  calls: plannedCalls,
                  // friend_check and black_list_check go together, each within its own 200/s (D12).
                  time: formatSeconds(minimumSeconds(plannedCalls)),
                })}
          </Text>
          <Button
            onClick={() => onRun({ rows, columns: columnsInput, checkType })}
            disabled={plannedCalls === 0}
            data-testid="check-relations"
            loading={busy}
            w="fit-content"
          >
            {t('inputs.run')}
          </Button>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
});
