import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Browsers word a failed dynamic import differently; all mean the screen's chunk is gone, which
 * after a redeploy is cured by loading the new index.html.
 */
const MISSING_CHUNK =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

export function isMissingChunk(error: unknown): boolean {
  return error instanceof Error && MISSING_CHUNK.test(error.message);
}

/** A screen that failed to load or threw: say which, and offer the one fix that works. */
export function ScreenErrorRoute() {
  const error = useRouteError();
  const { t } = useTranslation();
  const missing = isMissingChunk(error);
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Alert
      color={missing ? 'orange' : 'red'}
      title={missing ? t('screenError.newVersionTitle') : t('screenError.failedTitle')}
      role="alert"
      maw={720}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {missing ? t('screenError.newVersionBody') : t('screenError.failedBody')}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {detail}
        </Text>
        <Button onClick={() => window.location.reload()}>{t('screenError.reload')}</Button>
      </Stack>
    </Alert>
  );
}
