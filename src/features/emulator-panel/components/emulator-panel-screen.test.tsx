import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { setApiBaseUrl } from '@/api/client';
import { backendUrls } from '@/testing/backend-urls';
import { captureDownloads } from '@/testing/downloads';
import { renderWithProviders } from '@/testing/render';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { EmulatorPanelScreen } from './emulator-panel-screen';

// Loading a scenario replaces the whole emulator, so this file has a backend of its own.
let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { rateLimit: false, seed: 'demo' } });
  setApiBaseUrl(backend.proxyUrl);
});
afterAll(async () => {
  setApiBaseUrl(backendUrls.proxy());
  await backend.stop();
});

const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

// Many clicks against a real backend: generous under a loaded machine, still finite.
describe('EmulatorPanelScreen', { timeout: 90_000 }, () => {
  it('confirms Load scenario and Import state, and shows only the last outcome', async () => {
    const ui = userEvent.setup();
    renderWithProviders(<EmulatorPanelScreen />);
    // The select shows the scenario the emulator has loaded (this backend starts with demo).
    const scenario = await screen.findByLabelText('Scenario', { selector: 'input' });
    await waitFor(() =>
      expect(scenario).toHaveValue('Demo (alice, bob, carol, dave, erin, mallory)'),
    );
    await ui.click(scenario);
    await ui.click(await screen.findByRole('option', { name: /^Mixed relations/ }));
    await ui.click(await screen.findByRole('button', { name: 'Load scenario' }));
    const dialog = await screen.findByRole('dialog', {
      name: /^Load the scenario “Mixed relations/,
    });
    expect(dialog).toHaveTextContent(
      'Every account, profile, friend, group, block and pending request now in the emulator is replaced.',
    );
    expect(backend.emulator.state.accounts.size).toBe(6);
    await ui.click(within(dialog).getByRole('button', { name: 'Load scenario' }));
    const loaded = await screen.findByRole(
      'heading',
      {
        name: /^Loaded mixed-relations: \d+ accounts\.$/,
      },
      { timeout: 15_000 },
    );
    await waitFor(() => expect(loaded).toHaveFocus());

    const state = { ...(await (await fetch(`${backend.proxyUrl}/api/emulator/state`)).json()) } as {
      accounts: unknown[];
    };
    await ui.upload(
      fileInput(),
      new File([JSON.stringify(state)], 'good.json', { type: 'application/json' }),
    );
    const importing = await screen.findByRole('dialog', { name: 'Import good.json?' });
    expect(importing).toHaveTextContent(new RegExp(`Accounts\\s*${state.accounts.length}`));
    await ui.click(within(importing).getByRole('button', { name: 'Import state' }));
    expect(
      await screen.findByRole(
        'heading',
        {
          name: `Imported good.json: ${state.accounts.length} accounts.`,
        },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();

    await ui.upload(
      fileInput(),
      new File(['{ not json'], 'broken.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('broken.json is not JSON');
    expect(screen.queryByText(/^Imported good\.json/)).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds a fault from the code picker, names it in the call log, filters and inspects calls', async () => {
    const ui = userEvent.setup();
    const downloads = captureDownloads();
    renderWithProviders(<EmulatorPanelScreen />);
    const form = await screen.findByRole('form', { name: 'Add a fault rule' });
    await ui.type(within(form).getByLabelText('To'), 'bob');
    await ui.type(within(form).getByRole('combobox', { name: 'Value' }), '3000');
    await ui.click(await screen.findByRole('option', { name: /^30006 · / }));
    await ui.type(within(form).getByLabelText('Times'), '1');
    await ui.click(within(form).getByRole('button', { name: 'Add fault' }));
    const rules = await screen.findByRole('table', { name: 'Active fault rules' });
    await waitFor(() => expect(rules).toHaveTextContent(/ResultCode 30006 · \S/));

    await backend.callProxy('v4/im_open_login_svc/multiaccount_import', {
      Accounts: ['alice', 'bob'],
    });
    await backend.callProxy('v4/sns/friend_add', {
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob', AddSource: 'AddSource_Type_Test' }],
    });
    const calls = await screen.findByRole('table', { name: 'Recent calls' }, { timeout: 15_000 });
    const faulted = await within(calls).findByText(
      /^ResultCode 30006 · .* on friend_add \(To bob\)$/,
      {},
      { timeout: 8000 },
    );
    expect(calls).not.toHaveTextContent(/fault-\d/);

    await ui.type(screen.getByRole('textbox', { name: 'Filter calls' }), 'friend_add');
    await waitFor(() => expect(calls).not.toHaveTextContent('multiaccount_import'));
    await ui.click(screen.getByRole('button', { name: 'Export CSV of the calls' }));
    const csv = await downloads.text();
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFTime,API,From_Account,To_Account,HTTP status,ActionStatus,ErrorCode,Failed items,Duration (ms),Faults,Request id',
    );
    expect(csv).toContain('v4/sns/friend_add,alice,');
    expect(csv).not.toContain('multiaccount_import');

    const row = faulted.closest('tr') as HTMLElement;
    await ui.click(
      within(row).getByRole('button', { name: /^Inspect call \d+: v4\/sns\/friend_add$/ }),
    );
    const drawer = await screen.findByRole('dialog', { name: /^Call \d+ · v4\/sns\/friend_add$/ });
    expect(within(drawer).getByRole('table', { name: 'Call summary' })).toHaveTextContent(
      /HTTP status\s*200 · ActionStatus OK/,
    );
    expect(within(drawer).getByRole('button', { name: 'Copy JSON' })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Copy as curl' })).toBeInTheDocument();
    expect(drawer).toHaveTextContent('Replace <ADMIN_USERSIG> with a UserSig');
  });
});
