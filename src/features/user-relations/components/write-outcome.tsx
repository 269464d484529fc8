import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { itemFailureLine } from '@/api/item-failure';
import { ResultHeading } from '@/shared/ui/live-region';

import type { WriteOutcome } from '../use-relation-writes';

/** The write that ended last, in words: every account succeeded, or which did not and why. */
export function WriteOutcomeAlert({ outcome }: { outcome: WriteOutcome }) {
  const { t } = useTranslation('userRelations');
  const partial = outcome.failures.length > 0;
  return (
    <Alert
      color={partial ? 'orange' : 'teal'}
      data-write={outcome.write}
      data-failures={outcome.failures.length}
      variant="light"
      title={
        <ResultHeading order={3} size="h6" focusKey={outcome.id}>
          {partial ? t('outcome.except', { done: outcome.done }) : outcome.done}
        </ResultHeading>
      }
    >
      {outcome.failures.map((failure) => (
        <Text key={failure.account} size="xs" ff="monospace">
          {itemFailureLine(failure)}
        </Text>
      ))}
    </Alert>
  );
}
