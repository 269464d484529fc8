import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders, uniquePrefix } from '@/testing/render';
import { backendUrls } from '@/testing/backend-urls';

import { FriendAddScreen } from './friend-add-screen';

async function importAccounts(accounts: string[]) {
  const response = await fetch(
    `${backendUrls.proxy()}/api/v4/im_open_login_svc/multiaccount_import`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Accounts: accounts }),
    },
  );
  expect(response.status).toBe(200);
}

describe('FriendAddScreen', () => {
  it('names the row, the field and the byte limit, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), 'alice');
    await user.type(screen.getByLabelText(/To_Account/), `bob{enter}${'x'.repeat(33)}{enter}alice`);
    await user.type(screen.getByLabelText(/Remark · Remark/), '你'.repeat(33));
    expect(screen.getByText('99 / 96 bytes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    expect(
      await screen.findByText(
        'Row 2: To_Account is 33 bytes; the limit is 32 bytes; Row 3: alice is the From_Account itself',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Remark is 99 bytes; the limit is 96 bytes')).toBeInTheDocument();
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(`bob\n${'x'.repeat(33)}\nalice`);
  });

  it('adds through the real proxy and explains each account’s result', async () => {
    const p = uniquePrefix();
    await importAccounts([`${p}a`, `${p}b`, `${p}c`]);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), `${p}a`);
    await user.type(screen.getByLabelText(/To_Account/), `${p}b{enter}${p}missing`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await screen.findByRole('table', { name: 'Results per account' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['added', 'failed']);
    expect(within(rows[1]!).getByText('30003')).toBeInTheDocument();
    expect(within(rows[1]!).getByText(/Import the account/)).toBeInTheDocument();
  });

  it('shows a request-level failure as one explained alert', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), `${uniquePrefix()}nobody`);
    await user.type(screen.getByLabelText(/To_Account/), 'bob');
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tencent error 30003');
    expect(alert).toHaveTextContent('Import the account');
  });
});
