import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTabCalls } from '@/api/tab-calls';

const TabCallsPanel = lazy(async () => ({
  default: (await import('./tab-calls-panel')).TabCallsPanel,
}));

/**
 * "Calls in this tab": every Tencent call this tab made through the proxy (newest first, the
 * last 200), each opening the same inspector as the emulator's call log. The drawer's code
 * loads the first time it opens, not with the shell.
 */
export function TabCallsButton() {
  const { t } = useTranslation();
  const calls = useTabCalls();
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => {
          setOpen(true);
          setEverOpened(true);
        }}
        data-testid="tab-calls"
      >
        {t('tabCalls.button', { calls: calls.length })}
      </Button>
      {everOpened && (
        <Suspense fallback={null}>
          <TabCallsPanel opened={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
