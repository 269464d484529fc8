import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PortraitGetResponse } from '@/shared/contract/profile';
import { proxyClient } from '@/testing/backend-urls';
import { captureDownloads } from '@/testing/downloads';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

import { AccountsScreen } from './accounts-screen';

const proxy = proxyClient();

async function profileOf(account: string): Promise<Record<string, unknown>> {
  const answer = PortraitGetResponse.parse(
    await proxy.callOk('profile/portrait_get', {
      To_Account: [account],
      TagList: ['Tag_Profile_IM_AllowType', 'Tag_Profile_IM_AdminForbidType'],
    }),
  );
  return Object.fromEntries(
    (answer.UserProfileItem?.[0]?.ProfileItem ?? []).map((item) => [item.Tag, item.Value]),
  );
}

/** Mantine labels both a Select's input and its listbox; the input is what a user clicks. */
function selectInput(container: HTMLElement, label: string): HTMLElement {
  const input = within(container)
    .getAllByLabelText(label)
    .find((element) => element.tagName === 'INPUT');
  if (!input) throw new Error(`no input labelled ${label}`);
  return input;
}

// Many clicks against a real backend: generous under a loaded machine, still finite.
describe('AccountsScreen', { timeout: 90_000 }, () => {
  it('checks accounts, imports the missing ones and sets AllowType and AdminForbidType', async () => {
    const p = uniquePrefix();
    const [known, unknown] = [`${p}known`, `${p}new`];
    await proxy.importAccounts([known]);
    const user = userEvent.setup();
    renderWithProviders(<AccountsScreen />);
    await user.type(screen.getByLabelText(/Accounts · UserID/), `${known}{enter}${unknown}`);
    await user.click(screen.getByRole('button', { name: 'Check accounts' }));
    const table = await screen.findByRole('table', { name: 'Accounts' });
    const row = (account: string) =>
      table.querySelector(`tr[data-account="${account}"]`) as HTMLElement;
    expect(row(known)).toHaveTextContent('Exists');
    expect(row(unknown)).toHaveTextContent('Missing');
    await user.click(screen.getByRole('button', { name: 'Import missing (1)' }));
    await waitFor(() => expect(row(unknown)).toHaveTextContent('Exists'));
    expect(screen.getByRole('button', { name: 'Import missing (0)' })).toBeDisabled();

    await user.click(selectInput(row(known), `AllowType of ${known}`));
    await user.click(await screen.findByRole('option', { name: /^Rejects all requests/ }));
    await waitFor(async () =>
      expect((await profileOf(known)).Tag_Profile_IM_AllowType).toBe('AllowType_Type_DenyAny'),
    );
    // The selects stay disabled until the saved setting has been read back.
    const forbid = selectInput(row(known), `AdminForbidType of ${known}`);
    await waitFor(() => expect(forbid).toBeEnabled());
    await user.click(forbid);
    await user.click(await screen.findByRole('option', { name: /^Forbidden to send requests/ }));
    await waitFor(async () =>
      expect((await profileOf(known)).Tag_Profile_IM_AdminForbidType).toBe(
        'AdminForbid_Type_SendOut',
      ),
    );
  });

  it('sets AllowType for a selection in one go, deletes accounts after confirming, exports CSV', async () => {
    const p = uniquePrefix();
    const [a, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    await proxy.importAccounts([a, b, c]);
    await proxy.callOk('sns/friend_add', {
      From_Account: a,
      AddFriendItem: [{ To_Account: c }],
      ForceAddFlags: 1,
    });
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderWithProviders(<AccountsScreen />, { route: `/accounts?accounts=${a},${b},${c}` });
    const heading = await screen.findByRole('heading', { name: '3 accounts: 3 exist, 0 missing' });
    await waitFor(() => expect(heading).toHaveFocus());

    // Options say the wire value as well as the words.
    await user.click(selectInput(document.body, `AllowType of ${a}`));
    expect(
      await screen.findByRole('option', { name: 'Rejects all requests AllowType_Type_DenyAny' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('checkbox', { name: `Select ${a}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${b}` }));
    const bar = screen.getByRole('region', { name: 'Selected accounts' });
    await user.click(selectInput(bar, 'AllowType for selected'));
    await user.click(await screen.findByRole('option', { name: /^Accepts anyone/ }));
    await user.click(within(bar).getByRole('button', { name: 'Set AllowType for 2 selected' }));
    expect(
      await screen.findByText(
        'Set AllowType to AllowType_Type_AllowAny for 2 accounts',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    for (const account of [a, b]) {
      expect((await profileOf(account)).Tag_Profile_IM_AllowType).toBe('AllowType_Type_AllowAny');
    }
    expect((await profileOf(c)).Tag_Profile_IM_AllowType).not.toBe('AllowType_Type_AllowAny');

    await user.click(screen.getByRole('button', { name: 'Export CSV of the accounts' }));
    const csv = await downloads.text();
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFUserID,AccountStatus,Tag_Profile_IM_Nick,Tag_Profile_IM_AllowType,Tag_Profile_IM_AdminForbidType',
    );
    await waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'Export CSV of the accounts' }));
      expect(await downloads.text()).toContain(`${a},Imported,,AllowType_Type_AllowAny,`);
    });

    await user.click(within(bar).getByRole('button', { name: 'Delete selected (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 accounts?' });
    expect(dialog).toHaveTextContent('account_delete');
    expect(dialog).toHaveTextContent('every friendship, block and group entry');
    await user.click(within(dialog).getByRole('button', { name: 'Delete accounts' }));
    expect(
      await screen.findByText('Deleted 2 accounts', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Accounts' });
    await waitFor(() =>
      expect(table.querySelector(`tr[data-account="${a}"]`)).toHaveTextContent('Missing'),
    );
    expect(table.querySelector(`tr[data-account="${c}"]`)).toHaveTextContent('Exists');
  });

  it('names the row and the limit of a bad UserID before calling anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccountsScreen />);
    await user.type(screen.getByLabelText(/Accounts · UserID/), `ok{enter}${'x'.repeat(33)}`);
    await user.click(screen.getByRole('button', { name: 'Check accounts' }));
    expect(
      await screen.findByText('Row 2: UserID is 33 bytes; the limit is 32 bytes'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Accounts' })).toBeNull();
  });
});
