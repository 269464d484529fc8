import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PortraitGetResponse } from '@/shared/contract/profile';
import { proxyClient } from '@/testing/backend-urls';
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

describe('AccountsScreen', () => {
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
    await user.click(await screen.findByRole('option', { name: 'Rejects all requests' }));
    await waitFor(async () =>
      expect((await profileOf(known)).Tag_Profile_IM_AllowType).toBe('AllowType_Type_DenyAny'),
    );
    // The selects stay disabled until the saved setting has been read back.
    const forbid = selectInput(row(known), `AdminForbidType of ${known}`);
    await waitFor(() => expect(forbid).toBeEnabled());
    await user.click(forbid);
    await user.click(await screen.findByRole('option', { name: 'Forbidden to send requests' }));
    await waitFor(async () =>
      expect((await profileOf(known)).Tag_Profile_IM_AdminForbidType).toBe(
        'AdminForbid_Type_SendOut',
      ),
    );
  });

  it('names the row and the limit of a bad UserID before calling anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccountsScreen />);
    await user.type(screen.getByLabelText(/Accounts · UserID/), `ok{enter}${'x'.repeat(33)}`);
    await user.click(screen.getByRole('button', { name: 'Check accounts' }));
    expect(
      screen.getByText('Row 2: UserID is 33 bytes; the limit is 32 bytes'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Accounts' })).toBeNull();
  });
});
