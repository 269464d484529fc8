import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { callEndpoint } from '@/api/client';
import { clearTabCalls, TAB_CALLS_KEPT, tabCallsSnapshot } from '@/api/tab-calls';
import { endpoints } from '@/shared/contract/endpoints';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

import { TabCallsButton } from './tab-calls-drawer';

describe('Calls in this tab', () => {
  it('records each call through the proxy and opens it in the call inspector', async () => {
    clearTabCalls();
    const ghost = `${uniquePrefix()}ghost`;
    await callEndpoint(endpoints.accountCheck, { CheckItem: [{ UserID: ghost }] });
    const user = userEvent.setup();
    renderWithProviders(<TabCallsButton />);
    await user.click(screen.getByRole('button', { name: 'Calls in this tab (1)' }));
    const list = await screen.findByRole('table', { name: 'Calls in this tab' });
    await user.click(
      within(list).getByRole('button', {
        name: /Inspect call \d+ · v4\/im_open_login_svc\/account_check/,
      }),
    );
    const drawer = await screen.findByRole('dialog', { name: /account_check/ });
    const summary = within(drawer).getByRole('table', { name: 'Call summary' });
    expect(summary).toHaveTextContent('HTTP status200 · ActionStatus OK');
    expect(summary).toHaveTextContent('Attempts1');
    expect(summary).toHaveTextContent(/Request id[0-9a-f-]{8,}/);
    expect(within(drawer).getByRole('region', { name: 'Request body' })).toHaveTextContent(ghost);
    // Tencent's answer as it came, not the parsed shape.
    expect(within(drawer).getByRole('region', { name: 'Response (verbatim)' })).toHaveTextContent(
      '"AccountStatus": "NotImported"',
    );
    expect(within(drawer).getByRole('button', { name: 'Copy as curl' })).toBeInTheDocument();
  });

  it('keeps only the newest calls', async () => {
    clearTabCalls();
    for (let index = 0; index <= TAB_CALLS_KEPT; index++) {
      await callEndpoint(endpoints.accountCheck, { CheckItem: [{ UserID: `u${index}` }] });
    }
    const calls = tabCallsSnapshot();
    expect(calls).toHaveLength(TAB_CALLS_KEPT);
    expect(calls[0]?.request).toEqual({ CheckItem: [{ UserID: `u${TAB_CALLS_KEPT}` }] });
  }, 60_000);
});
