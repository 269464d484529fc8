import { screen, waitFor, within } from '@testing-library/react';
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

  it('prefills from a link without sending anything', async () => {
    renderWithProviders(<FriendAddScreen />, {
      route: '/add?from=alice&to=bob,carol&type=single&force=1',
    });
    expect(screen.getByLabelText(/From_Account/)).toHaveValue('alice');
    expect(screen.getByLabelText(/To_Account/)).toHaveValue('bob\ncarol');
    expect(screen.getByLabelText(/ForceAddFlags/)).toBeChecked();
    expect(screen.getByRole('radio', { name: 'One way' })).toBeChecked();
    expect(screen.queryByRole('table', { name: 'Results per account' })).toBeNull();
  });

  it('"Retry failed" re-sends only the retryable failures and keeps the rest', async () => {
    const p = uniquePrefix();
    const [a, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    await importAccounts([a, b, c]);
    const fault = await fetch(`${backendUrls.emulator()}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        api: 'v4/sns/friend_add',
        from: a,
        to: b,
        resultCode: 30006,
        times: 1,
      }),
    });
    expect(fault.status).toBeLessThan(300);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), a);
    await user.type(screen.getByLabelText(/To_Account/), `${b}{enter}${c}{enter}${p}missing`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await screen.findByRole('table', { name: 'Results per account' });
    const statuses = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(
          (row) =>
            `${(row as HTMLTableRowElement).cells[0]?.textContent}:${row.getAttribute('data-status')}`,
        );
    expect(statuses()).toEqual([`${b}:failed`, `${c}:added`, `${p}missing:failed`]);
    const retry = screen.getByRole('button', { name: 'Retry failed (1)' });
    await user.click(retry);
    await waitFor(() =>
      expect(statuses()).toEqual([`${b}:added`, `${c}:added`, `${p}missing:failed`]),
    );
    expect(screen.getByRole('button', { name: 'Retry failed (0)' })).toBeDisabled();
  });

  it('splits more than 1000 accounts into calls of 1000 and lists every account', async () => {
    const p = uniquePrefix();
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), `${p}from`);
    const accounts = Array.from({ length: 1001 }, (_, i) => `${p}x${i}`);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste(accounts.join('\n'));
    expect(screen.getByText(/1001 accounts, sent in 2 calls of up to 1000/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await screen.findByRole(
      'table',
      { name: 'Results per account' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1002), {
      timeout: 10_000,
    });
    const { calls } = (await (
      await fetch(`${backendUrls.emulator()}/__emulator/calls?api=v4/sns/friend_add&limit=1000`)
    ).json()) as { calls: { from?: string }[] };
    expect(calls.filter((call) => call.from === `${p}from`)).toHaveLength(2);
  });
});
