import { Alert, Button, Stack, Text } from '@mantine/core';
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
  const missing = isMissingChunk(error);
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Alert
      color={missing ? 'orange' : 'red'}
      title={missing ? 'A new version of the console is available' : 'This screen failed'}
      role="alert"
      maw={720}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {missing
            ? 'The console was updated while this tab was open, so this screen’s code is no longer on the server. Reload to get the new version; nothing you sent is lost.'
            : 'Something went wrong while showing this screen. Reloading usually helps; if it does not, report the details below.'}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {detail}
        </Text>
        <Button onClick={() => window.location.reload()}>Reload the console</Button>
      </Stack>
    </Alert>
  );
}
