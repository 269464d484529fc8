import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * While a run is going, leaving the screen (closing the tab, reloading, another screen) asks
 * first and says how to come back: the run goes on at the server either way.
 */
export function LeaveRunGuard({ running, runPath }: { running: boolean; runPath: string }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      running &&
      (currentLocation.pathname !== nextLocation.pathname ||
        new URLSearchParams(currentLocation.search).get('run') !==
          new URLSearchParams(nextLocation.search).get('run')),
  );
  const { t } = useTranslation();
  useEffect(() => {
    if (!running) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      // Browsers show their own words; the modal below is what in-app navigation shows.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [running]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('leaveRun.title')}
    >
      <Stack gap="sm">
        <Text size="sm">
          <Trans i18nKey="leaveRun.body" values={{ runPath }} components={{ path: <Code /> }} />
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('leaveRun.stay')}
          </Button>
          <Button onClick={() => blocker.proceed?.()}>{t('leaveRun.leave')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
