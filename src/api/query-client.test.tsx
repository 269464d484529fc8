import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import { emulatorControl } from './emulator-control';

/** A write the real proxy refuses: the emulator has no such scenario. */
function FailingWrite({ shownInPlace }: { shownInPlace: boolean }) {
  const write = useMutation({
    mutationFn: () => emulatorControl.reset('no-such-scenario' as never),
    meta: { errorsShownInPlace: shownInPlace },
  });
  return (
    <>
      <button type="button" onClick={() => write.mutate()}>
        Write
      </button>
      {write.isError && <p>failed in place</p>}
    </>
  );
}

const notification = () => document.querySelector('.mantine-Notification-root');

describe('write failures', () => {
  // Mantine keeps its notifications in one store for the whole page.
  beforeEach(() => notifications.clean());

  it('become a notification when no screen shows them', async () => {
    renderWithProviders(<FailingWrite shownInPlace={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Write' }));
    await screen.findByText('failed in place');
    await waitFor(() => expect(notification()).not.toBeNull());
    expect(notification()?.textContent).toMatch(/\S/);
  });

  it('stay in place when the screen shows them', async () => {
    renderWithProviders(<FailingWrite shownInPlace />);
    await userEvent.click(screen.getByRole('button', { name: 'Write' }));
    await screen.findByText('failed in place');
    // The notification would have been shown in the same tick as the failure.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notification()).toBeNull();
  });
});
