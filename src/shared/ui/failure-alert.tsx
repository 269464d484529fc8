import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FailureAlertProps {
  title: string;
  /** What happened, in plain words. */
  meaning: string;
  nextStep?: string;
  /** Raw details for support: Tencent's ErrorInfo, the proxy's detail, a request id. */
  details?: string;
}

/** One request-level failure, explained: what happened, what to do, and the raw details. */
export function FailureAlert({ title, meaning, nextStep, details }: FailureAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap={4}>
        <Text size="sm">{meaning}</Text>
        {nextStep && (
          <Text size="sm">
            <Text span fw={600} inherit>
              {t('failure.nextStep')}{' '}
            </Text>
            {nextStep}
          </Text>
        )}
        {details && (
          <Text size="xs" c="dimmed" ff="monospace">
            {details}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
