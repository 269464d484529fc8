import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

import { HistoryScreen } from './history-screen';

const proxy = proxyClient();

/** The proxy shares two cores with other test runs: give each answer time to arrive. */
const SLOW = { timeout: 10_000 };

function localDay(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

async function entriesTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'History entries' }, { timeout: 10_000 });
}

const apis = (table = screen.getByRole('table', { name: 'History entries' })) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => (row as HTMLTableRowElement).cells[2]?.textContent);

describe('HistoryScreen', () => {
  it('finds a friend deletion by account, by operator and by date, with the filters in the URL', async () => {
    const p = uniquePrefix();
    const [a, b] = [`${p}a`, `${p}b`];
    await proxy.importAccounts([a, b]);
    const run = await proxy.startRun({
      kind: 'friend_add',
      From_Account: a,
      AddFriendItem: [{ To_Account: b }],
      ForceAddFlags: 1,
    });
    await proxy.waitForRun(run.id);
    await proxy.deleteFriends({ from: a, to: b });

    const user = userEvent.setup();
    const { router } = renderWithProviders(<HistoryScreen />, { route: `/history?account=${b}` });
    const table = await entriesTable();
    // Newest first: the single delete call, the run that added the friendship, the import.
    await waitFor(() =>
      expect(apis(table)).toEqual(['friend_delete', 'friend_add', 'multiaccount_import']),
    );
    const [deletion, added] = within(table).getAllByRole('row').slice(1);
    expect(deletion).toHaveAttribute('data-type', 'call');
    expect(deletion).toHaveTextContent('OK');
    expect(within(added!).getByRole('link', { name: /friend_add run, 1 item/ })).toHaveAttribute(
      'href',
      `/add?run=${run.id}`,
    );
    const operator = (deletion as HTMLTableRowElement).cells[1]?.firstChild?.firstChild
      ?.textContent;
    expect(operator).toBeTruthy();

    // By operator and API: the same deletion; by someone else: nothing.
    await user.type(screen.getByLabelText('Operator', { exact: false }), operator!);
    await user.click(
      screen.getAllByLabelText('API').find((element) => element.tagName === 'INPUT')!,
    );
    await user.click(await screen.findByRole('option', { name: 'friend_delete' }));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('operator')).toBe(operator),
    );
    await waitFor(() => expect(apis()).toEqual(['friend_delete']), SLOW);
    await user.clear(screen.getByLabelText('Operator', { exact: false }));
    await user.type(screen.getByLabelText('Operator', { exact: false }), `${p}nobody`);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('0 entries', {}, SLOW)).toBeInTheDocument();

    // By date: today finds it; a range that ended yesterday does not.
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await router.navigate(`/history?account=${b}&api=friend_delete&since=${localDay()}`);
    await waitFor(() => expect(apis()).toEqual(['friend_delete']), SLOW);
    await router.navigate(`/history?account=${b}&until=${localDay(-1)}`);
    expect(await screen.findByText('0 entries', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByLabelText('To date', { exact: false })).toHaveValue(localDay(-1));
  });

  it('names the field of a bad filter and sends nothing', async () => {
    const user = userEvent.setup();
    const { router } = renderWithProviders(<HistoryScreen />, { route: '/history' });
    await user.type(screen.getByLabelText('Account', { exact: false }), 'x'.repeat(33));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(
      await screen.findByText('account is over 32 bytes; the limit is 32'),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('keeps the URL’s other parameters, such as the language, when filters are applied', async () => {
    const user = userEvent.setup();
    const { router } = renderWithProviders(<HistoryScreen />, {
      route: '/history?lang=en&account=old',
    });
    const account = screen.getByLabelText('Account', { exact: false });
    await user.clear(account);
    await user.type(account, 'alice');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        lang: 'en',
        account: 'alice',
      }),
    );
  });
});
