import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { setApiBaseUrl } from '@/api/client';
import { describeFailure } from '@/api/describe-failure';
import { startRun } from '@/api/runs/runs-client';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { FriendGetResponse } from '@/shared/contract/friends';
import { backendUrls, proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';
import { startBackend, TEST_TENCENT_TARGET } from '@/testing/start-backend';
import { startViewerBackend } from '@/testing/viewer-backend';

import { FriendAddScreen } from './friend-add-screen';

const proxy = proxyClient();

async function relationsOf(from: string, to: string[]): Promise<Record<string, string>> {
  const answer = FriendCheckResponse.parse(
    await proxy.callOk('sns/friend_check', {
      From_Account: from,
      To_Account: to,
      CheckType: 'CheckResult_Type_Both',
    }),
  );
  return Object.fromEntries(
    (answer.InfoItem ?? []).map((item) => [item.To_Account, item.Relation]),
  );
}

/** The results table once the run the screen shows has ended. */
async function finishedResults(): Promise<HTMLElement> {
  await waitFor(
    () =>
      expect(document.querySelector('[data-run-status]')?.getAttribute('data-run-status')).toMatch(
        /^(done|cancelled|failed|interrupted)$/,
      ),
    { timeout: 30_000 },
  );
  return screen.findByRole('table', { name: 'Results per account' }, { timeout: 15_000 });
}

function statuses(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) =>
        `${(row as HTMLTableRowElement).cells[0]?.textContent}:${row.getAttribute('data-status')}`,
    );
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

  it('adds as a server-side run, puts the run in the URL and explains each result', async () => {
    const p = uniquePrefix();
    await proxy.importAccounts([`${p}a`, `${p}b`, `${p}c`]);
    const user = userEvent.setup();
    const rendered = renderWithProviders(<FriendAddScreen />, { route: '/add' });
    await user.type(screen.getByLabelText(/From_Account/), `${p}a`);
    await user.type(screen.getByLabelText(/To_Account/), `${p}b{enter}${p}missing`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    const { router } = rendered;
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await finishedResults();
    const run = new URLSearchParams(router.state.location.search).get('run');
    expect(run).toMatch(/^[0-9a-z-]{8,64}$/);
    expect((await proxy.run(run!)).kind).toBe('friend_add');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['added', 'failed']);
    expect(within(rows[1]!).getByText('30003')).toBeInTheDocument();
    // The next step is an action: Accounts opens with the missing account filled in.
    expect(within(rows[1]!).getByRole('link', { name: 'Import in Accounts' })).toHaveAttribute(
      'href',
      `/accounts?accounts=${p}missing`,
    );
    const group = screen.getByRole('button', { name: /30003 · account missing · 1 account$/ });
    expect(group.closest('li')).toHaveTextContent('Import the account (account_import)');
    // Focus lands on the results, and the counts are announced.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus());
    expect(screen.getByRole('status', { name: 'Run results' })).toHaveTextContent(
      'Run finished. Added: 1, Failed: 1.',
    );
  });

  it('an unknown From_Account is one error about From_Account, and no row is blamed', async () => {
    const nobody = `${uniquePrefix()}nobody`;
    await proxy.importAccounts(['bob']);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), nobody);
    await user.type(screen.getByLabelText(/To_Account/), 'bob{enter}carol');
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const rows = within(await finishedResults())
      .getAllByRole('row')
      .slice(1);
    for (const row of rows) {
      expect(row).toHaveAttribute('data-status', 'failed');
      expect(row).toHaveTextContent('not this account');
      expect(row).not.toHaveTextContent('The requested account does not exist');
    }
    const groups = within(screen.getByRole('list', { name: 'Result groups' })).getAllByRole(
      'listitem',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveTextContent(`From_Account ${nobody} does not exist`);
    expect(groups[0]).toHaveTextContent('call failed · 30003 · 2 accounts');
    expect(
      within(groups[0]!).getByRole('link', { name: `Import ${nobody} in Accounts` }),
    ).toHaveAttribute('href', `/accounts?accounts=${nobody}`);
  });

  it('shows a stored run from its URL, as a reload or a shared link does, and fills the form', async () => {
    const p = uniquePrefix();
    const [from, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    await proxy.importAccounts([from, b, c]);
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: [{ To_Account: b }, { To_Account: c, Remark: 'Cee' }],
      ForceAddFlags: 1,
    });
    await proxy.waitForRun(id);
    renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    expect(statuses(await finishedResults())).toEqual([`${b}:added`, `${c}:added`]);
    expect(screen.getByLabelText(/From_Account/)).toHaveValue(from);
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(
      `To_Account\tRemark\n${b}\t\n${c}\tCee`,
    );
    expect(screen.getByLabelText(/ForceAddFlags/)).toBeChecked();
    expect(screen.getByRole('button', { name: 'Export CSV of the results' })).toBeEnabled();
  });

  it('Cancel stops the run; each row says which state it ended in, as the stored run does', async () => {
    const p = uniquePrefix();
    const accounts = [`${p}x1`, `${p}x2`, `${p}x3`];
    // Each call takes eight seconds, so the run is still going when Cancel is pressed.
    await proxy.addFault({ api: 'v4/sns/friend_add', from: `${p}from`, latencyMs: 8000 });
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: `${p}from`,
      AddFriendItem: accounts.map((To_Account) => ({ To_Account })),
    });
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    const status = await screen.findByRole('region', { name: 'Run status' }, { timeout: 10_000 });
    await user.click(await within(status).findByRole('button', { name: 'Cancel' }));
    const table = await finishedResults();
    expect(status.querySelector('[data-run-status]')).toHaveAttribute(
      'data-run-status',
      'cancelled',
    );
    const summary = await proxy.waitForRun(id);
    expect(summary.status).toBe('cancelled');
    // The proxy keeps 64 calls of a run in flight, so a run small enough for jsdom has sent all
    // of its calls before Cancel: they are answered, and none is left "not sent".
    expect(summary.counts.done + summary.counts.not_sent + summary.counts.unknown).toBe(3);
    const rows = within(table).getAllByRole('row').slice(1);
    const shown = { done: 0, not_sent: 0, unknown: 0 };
    for (const row of rows) {
      const state = row.getAttribute('data-status');
      shown[state === 'not_sent' || state === 'unknown' ? state : 'done'] += 1;
    }
    expect(shown).toEqual({
      done: summary.counts.done,
      not_sent: summary.counts.not_sent,
      unknown: summary.counts.unknown,
    });
    expect(within(status).getByRole('status')).toHaveTextContent(
      `${summary.counts.done} done, ${summary.counts.not_sent} not sent, ${summary.counts.unknown} unknown`,
    );
  }, 60_000);

  it('"Check these" reads whether each add whose answer never came took effect', async () => {
    const p = uniquePrefix();
    const [from, b] = [`${p}a`, `${p}b`];
    await proxy.importAccounts([from, b]);
    await proxy.addFault({ api: 'v4/sns/friend_add', from, httpStatus: 500, times: 1 });
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: [{ To_Account: b }],
    });
    await proxy.waitForRun(id);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    const table = await finishedResults();
    expect(statuses(table)).toEqual([`${b}:unknown`]);
    await user.click(screen.getByRole('button', { name: 'Check these (1)' }));
    await waitFor(() => expect(table).toHaveTextContent('the add did not take effect'));
    expect(screen.queryByRole('button', { name: /Check these/ })).toBeNull();
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
    await proxy.importAccounts([a, b, c]);
    await proxy.addFault({
      api: 'v4/sns/friend_add',
      from: a,
      to: b,
      resultCode: 30006,
      times: 1,
    });
    const user = userEvent.setup();
    const { router } = renderWithProviders(<FriendAddScreen />, { route: '/add' });
    await user.type(screen.getByLabelText(/From_Account/), a);
    await user.type(screen.getByLabelText(/To_Account/), `${b}{enter}${c}{enter}${p}missing`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    expect(statuses(await finishedResults())).toEqual([
      `${b}:failed`,
      `${c}:added`,
      `${p}missing:failed`,
    ]);
    const first = new URLSearchParams(router.state.location.search).get('run');
    await user.click(screen.getByRole('button', { name: 'Retry failed (1)' }));
    // The retry is a run of its own, over the retryable rows only, linked to the first.
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('run')).not.toBe(first),
    );
    await waitFor(
      () =>
        expect(statuses(screen.getByRole('table', { name: 'Results per account' }))).toEqual([
          `${b}:added`,
        ]),
      { timeout: 15_000 },
    );
    expect(screen.getByRole('link', { name: first! })).toBeInTheDocument();
  });

  it('"Retry failed" is enabled for a 30003 once the account has been imported', async () => {
    const p = uniquePrefix();
    const [from, late] = [`${p}a`, `${p}late`];
    await proxy.importAccounts([from]);
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: [{ To_Account: late }],
      ForceAddFlags: 1,
    });
    await proxy.waitForRun(id);
    const user = userEvent.setup();
    const first = renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    expect(statuses(await finishedResults())).toEqual([`${late}:failed`]);
    expect(screen.getByRole('button', { name: 'Retry failed (0)' })).toBeDisabled();
    first.unmount();
    await proxy.importAccounts([late]);
    const { router } = renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    await finishedResults();
    const retry = await screen.findByRole('button', { name: 'Retry failed (1)' });
    await user.click(retry);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('run')).not.toBe(id),
    );
    await waitFor(
      () =>
        expect(statuses(screen.getByRole('table', { name: 'Results per account' }))).toEqual([
          `${late}:added`,
        ]),
      { timeout: 15_000 },
    );
  });

  it('"already friends" on a one-way pair says the other side is missing and offers it', async () => {
    const p = uniquePrefix();
    const [ada, cy] = [`${p}ada`, `${p}cy`];
    await proxy.importAccounts([ada, cy]);
    // friend_import writes From_Account's side only: ada lists cy, cy does not list ada.
    await proxy.callOk('sns/friend_import', {
      From_Account: ada,
      AddFriendItem: [{ To_Account: cy, AddSource: 'AddSource_Type_Test' }],
    });
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), ada);
    await user.type(screen.getByLabelText(/To_Account/), cy);
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    await finishedResults();
    const row = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('tr[data-status="one_way"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(row).toHaveTextContent(`${cy}’s side is missing`);
    expect(within(row).getByRole('link', { name: `Add ${cy} → ${ada} one way` })).toHaveAttribute(
      'href',
      `/add?from=${cy}&to=${ada}&type=single`,
    );
    expect(await relationsOf(ada, [cy])).toEqual({ [cy]: 'CheckResult_Type_AWithB' });
  });

  it('"Retry these with force" sends the refused rows again as a forced run', async () => {
    const p = uniquePrefix();
    const [from, deny] = [`${p}a`, `${p}d`];
    await proxy.importAccounts([from, deny]);
    await proxy.setAllowType(deny, 'DenyAny');
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: [{ To_Account: deny }],
    });
    await proxy.waitForRun(id);
    const user = userEvent.setup();
    const { router } = renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    expect(statuses(await finishedResults())).toEqual([`${deny}:failed`]);
    await user.click(screen.getByRole('button', { name: 'Retry these with force (1)' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('run')).not.toBe(id),
    );
    const retry = new URLSearchParams(router.state.location.search).get('run')!;
    expect((await proxy.waitForRun(retry)).request).toMatchObject({ ForceAddFlags: 1 });
    await waitFor(
      () =>
        expect(statuses(screen.getByRole('table', { name: 'Results per account' }))).toEqual([
          `${deny}:added`,
        ]),
      { timeout: 15_000 },
    );
  });

  it('splits more than 1000 accounts into calls of 1000 and lists every account', async () => {
    const p = uniquePrefix();
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), `${p}from`);
    const accounts = Array.from({ length: 1001 }, (_, i) => `${p}x${i}`);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste(accounts.join('\n'));
    expect(screen.getByText(/1001 rows, sent in 2 calls of up to 1000/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    // More than 100 writes are confirmed even against the emulator.
    const dialog = await screen.findByRole('dialog', { name: 'Add these friends?' });
    expect(dialog).toHaveTextContent('1001');
    await user.click(within(dialog).getByRole('button', { name: 'Add friends' }));
    const table = await finishedResults();
    // From_Account was never imported: one group says so once for all 1001 rows, and the table
    // draws only the rows in view.
    expect(
      screen.getByRole('button', { name: /call failed · 30003 · 1001 accounts/ }),
    ).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', '1002');
    expect(within(table).getAllByRole('row').length).toBeLessThan(200);
    const calls = await proxy.recentCalls({ api: 'v4/sns/friend_add', limit: 1000 });
    expect(calls.filter((call) => call.from === `${p}from`)).toHaveLength(2);
  }, 60_000);

  it('reads a pasted TSV table: rows keep their own Remark, and a removed row is not sent', async () => {
    const p = uniquePrefix();
    const [from, b, c, d] = [`${p}a`, `${p}b`, `${p}c`, `${p}d`];
    await proxy.importAccounts([from, b, c, d]);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste(`To_Account\tRemark\n${b}\tBee\n${c}\t\n${d}\tDee`);
    await user.type(screen.getByLabelText(/Remark · Remark/), 'shared');
    const rowsTable = screen.getByRole('table', { name: 'Rows' });
    expect(within(rowsTable).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: `Remove row 3 (${d})` }));
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(
      `To_Account\tRemark\n${b}\tBee\n${c}\t`,
    );
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    await finishedResults();
    const friends = FriendGetResponse.parse(
      await proxy.callOk('sns/friend_get', { From_Account: from, StartIndex: 0 }),
    );
    const remarks = Object.fromEntries(
      (friends.UserDataItem ?? []).map((item) => [
        item.To_Account,
        item.ValueItem?.find((tag) => tag.Tag === 'Tag_SNS_IM_Remark')?.Value,
      ]),
    );
    expect(remarks).toEqual({ [b]: 'Bee', [c]: 'shared' });
  });

  it('"Apply to all rows" fills the form’s filled fields into every row and keeps the table', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste('To_Account,Remark,GroupName\nbob,B,qa\ncarol,C,dev');
    await user.type(screen.getByLabelText(/Remark · Remark/), 'everyone');
    await user.click(screen.getByRole('button', { name: 'Apply to all rows' }));
    // The per-row GroupName column survives; only Remark takes the form's value.
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(
      'To_Account,Remark,GroupName\nbob,everyone,qa\ncarol,everyone,dev',
    );
    expect(screen.getByRole('table', { name: 'Rows' })).toHaveTextContent('qa');
  });

  it('an unknown CSV header is an error naming the column, and no row reads it as an account', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), 'alice');
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste('UserID,Remark\nbob,Bob');
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    expect(
      await screen.findByText(/The header has no To_Account column.*Column "UserID" is not/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'UserID' })).not.toBeInTheDocument();
  });

  it('"Check first" labels each row without writing, and keeps only the ready ones', async () => {
    const p = uniquePrefix();
    const [from, friend, confirm, deny, blocker, open] = ['a', 'f', 'n', 'd', 'b', 'o'].map(
      (name) => `${p}${name}`,
    ) as [string, string, string, string, string, string];
    await proxy.importAccounts([from, friend, confirm, deny, blocker, open]);
    await proxy.callOk('sns/friend_import', {
      From_Account: from,
      AddFriendItem: [{ To_Account: friend, AddSource: 'AddSource_Type_Test' }],
    });
    await proxy.callOk('sns/black_list_add', { From_Account: blocker, To_Account: [from] });
    for (const [account, allowType] of [
      [deny, 'AllowType_Type_DenyAny'],
      [open, 'AllowType_Type_AllowAny'],
      [confirm, 'AllowType_Type_NeedConfirm'],
    ]) {
      await proxy.callOk('profile/portrait_set', {
        From_Account: account,
        ProfileItem: [{ Tag: 'Tag_Profile_IM_AllowType', Value: allowType }],
      });
    }
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste([friend, confirm, deny, blocker, open, `${p}ghost`].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Check first' }));
    const rowsTable = await screen.findByRole('table', { name: 'Rows' });
    await waitFor(() =>
      expect(within(rowsTable).getAllByRole('row')[1]).toHaveTextContent('Already friends'),
    );
    const labels = within(rowsTable)
      .getAllByRole('row')
      .slice(1)
      .map((row) => (row as HTMLTableRowElement).cells[6]?.textContent);
    expect(labels).toEqual([
      'Already friends',
      'Will await approval',
      'Refuses all requests',
      'Blocked either way',
      'Ready',
      'Account missing',
    ]);
    expect(await relationsOf(from, [open])).toEqual({ [open]: 'CheckResult_Type_NoRelation' });
    await user.click(screen.getByRole('button', { name: 'Keep only ready rows (1)' }));
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(open);

    // Once the run is sent, the check's labels describe a state that no longer holds.
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    await screen.findByRole('heading', { name: 'Results' });
    expect(screen.queryByText('Ready')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Rows' })).toBeNull();
  });

  it('Check first stays after Force is ticked, marks what Force changes, and never shows Ready next to an invalid row', async () => {
    const p = uniquePrefix();
    const [from, confirm, open] = [`${p}a`, `${p}n`, `${p}o`];
    await proxy.importAccounts([from, confirm, open]);
    await proxy.callOk('profile/portrait_set', {
      From_Account: confirm,
      ProfileItem: [{ Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' }],
    });
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste(`${confirm}\n${open}`);
    await user.click(screen.getByRole('button', { name: 'Check first' }));
    const rowsTable = await screen.findByRole('table', { name: 'Rows' });
    await waitFor(() => expect(rowsTable).toHaveTextContent('Will await approval'));
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    const first = within(rowsTable).getAllByRole('row')[1] as HTMLTableRowElement;
    expect(first).toHaveTextContent('Ready');
    expect(first).toHaveTextContent('With Force; without: Will await approval');
    // The second row becomes the first one again: invalid, so its old "Ready" goes.
    await user.type(screen.getByLabelText(/To_Account/), `\n${confirm}`);
    const repeated = within(rowsTable).getAllByRole('row')[3] as HTMLTableRowElement;
    expect(repeated).toHaveAttribute('data-invalid', 'true');
    expect(repeated).toHaveTextContent(`Invalid${confirm} is listed twice`);
    expect(repeated).not.toHaveTextContent('Ready');
    await user.click(screen.getByRole('button', { name: 'Remove invalid rows (1)' }));
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(`${confirm}\n${open}`);
  });

  it('a Check first error about From_Account goes once From_Account changes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), 'nobody_here');
    await user.type(screen.getByLabelText(/To_Account/), 'bob');
    await user.click(screen.getByRole('button', { name: 'Check first' }));
    expect(await screen.findByText(/From_Account nobody_here does not exist/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/From_Account/), 'x');
    expect(screen.queryByText(/nobody_here does not exist/)).not.toBeInTheDocument();
  });

  it('"Undo this batch" deletes only what the run created; undone rows read Undone', async () => {
    const p = uniquePrefix();
    const [from, b, c, earlier] = [`${p}a`, `${p}b`, `${p}c`, `${p}e`];
    await proxy.importAccounts([from, b, c, earlier]);
    // `earlier` had `from` in its list before the run; the undo must leave that half alone.
    await proxy.callOk('sns/friend_import', {
      From_Account: earlier,
      AddFriendItem: [{ To_Account: from, AddSource: 'AddSource_Type_Test' }],
    });
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />, { route: '/add' });
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.type(screen.getByLabelText(/To_Account/), `${b}{enter}${c}{enter}${earlier}`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await finishedResults();
    expect(await relationsOf(from, [b, earlier])).toEqual({
      [b]: 'CheckResult_Type_BothWay',
      [earlier]: 'CheckResult_Type_BothWay',
    });
    await user.click(await screen.findByRole('button', { name: 'Undo this batch (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo this batch?' });
    expect(within(dialog).getByRole('list', { name: 'Deleted both ways' })).toHaveTextContent(
      `${b}${c}`,
    );
    expect(
      within(dialog).getByRole('list', { name: 'Deleted one way (only From_Account’s side)' }),
    ).toHaveTextContent(earlier);
    await user.click(within(dialog).getByRole('button', { name: 'Delete 3 friendships' }));
    expect(
      await screen.findByText('Undone: 3 friendships deleted', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(statuses(table)).toEqual([`${b}:undone`, `${c}:undone`, `${earlier}:undone`]),
    );
    expect(await relationsOf(from, [b, c, earlier])).toEqual({
      [b]: 'CheckResult_Type_NoRelation',
      [c]: 'CheckResult_Type_NoRelation',
      [earlier]: 'CheckResult_Type_BWithA',
    });
    expect(screen.getByRole('button', { name: 'Undo this batch (0)' })).toBeDisabled();
  }, 60_000);

  it('an undo that could not delete a friendship names it with Tencent’s code', async () => {
    const p = uniquePrefix();
    const [from, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    await proxy.importAccounts([from, b, c]);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />, { route: '/add' });
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.type(screen.getByLabelText(/To_Account/), `${b}{enter}${c}`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    await finishedResults();
    await proxy.addFault({ api: 'v4/sns/friend_delete', from, to: c, resultCode: 30006 });
    await user.click(await screen.findByRole('button', { name: 'Undo this batch (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo this batch?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 friendships' }));
    const outcome = await screen.findByRole(
      'status',
      { name: /Undone: 1 friendship deleted/ },
      { timeout: 15_000 },
    );
    expect(outcome).toHaveTextContent('1 could not be deleted:');
    expect(outcome).toHaveTextContent(new RegExp(`${c}: 30006 \\S`));
    expect(outcome).not.toHaveTextContent(`${b}:`);
  }, 60_000);

  it('undoing a run a second time, from a tab that did not see the first, says it is already undone', async () => {
    const p = uniquePrefix();
    const [from, b] = [`${p}a`, `${p}b`];
    await proxy.importAccounts([from, b]);
    const { id } = await proxy.startRun({
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: [{ To_Account: b }],
      ForceAddFlags: 1,
    });
    await proxy.waitForRun(id);
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />, { route: `/add?run=${id}` });
    await finishedResults();
    // Another operator undoes it meanwhile.
    const undo = await proxy.startRun({ kind: 'undo', run: id });
    await proxy.waitForRun(undo.id);
    await user.click(screen.getByRole('button', { name: 'Undo this batch (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo this batch?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete 1 friendship' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Already undone');
    expect(alert).toHaveTextContent(`run ${id} is already undone by run ${undo.id}`);
    expect(
      await screen.findByText('Undone: 1 friendship deleted', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(statuses(screen.getByRole('table', { name: 'Results per account' }))).toEqual([
        `${b}:undone`,
      ]),
    );
  });

  it('asks before writing to a real Tencent app, naming the SDKAppID, region and count', async () => {
    // A proxy that describes itself as a real app; its upstream is still the local emulator.
    const tencent = await startBackend({
      proxy: { target: TEST_TENCENT_TARGET },
      runs: true,
    });
    setApiBaseUrl(tencent.proxyUrl);
    try {
      await tencent.callProxy('v4/im_open_login_svc/multiaccount_import', {
        Accounts: ['alice', 'bob', 'carol'],
      });
      const user = userEvent.setup();
      renderWithProviders(<FriendAddScreen />);
      await user.type(screen.getByLabelText(/From_Account/), 'alice');
      await user.type(screen.getByLabelText(/To_Account/), 'bob{enter}carol');
      await user.click(screen.getByRole('button', { name: 'Add friends' }));
      const dialog = await screen.findByRole('dialog', { name: 'Add these friends?' });
      expect(dialog).toHaveTextContent('Adds 2 accounts to alice');
      expect(dialog).toHaveTextContent('friend_add');
      expect(dialog).toHaveTextContent('SDKAppID 1400000000 · region singapore');
      expect(tencent.emulator.calls.recent(10, 'v4/sns/friend_add')).toHaveLength(0);
      await user.click(
        within(dialog).getByRole('button', { name: 'Add friends in SDKAppID 1400000000' }),
      );
      await finishedResults();
      expect(tencent.emulator.calls.recent(10, 'v4/sns/friend_add')).toHaveLength(1);
    } finally {
      setApiBaseUrl(backendUrls.proxy());
      await tencent.stop();
    }
  }, 60_000);

  it('a viewer cannot add, is told why, and a write that slips through explains the permission', async () => {
    const viewer = await startViewerBackend({ runs: true });
    try {
      renderWithProviders(<FriendAddScreen />);
      const guard = await screen.findByRole('group', { name: 'Viewers can only read' });
      expect(within(guard).getByRole('button', { name: 'Add friends' })).toBeDisabled();
      const refused = await startRun({
        kind: 'friend_add',
        From_Account: 'alice',
        AddFriendItem: [{ To_Account: 'bob' }],
      }).catch((error: unknown) => error);
      const described = describeFailure(refused);
      expect(described.nextStep).toMatch(/Your role does not allow this change/);
      expect(described.nextStep).not.toMatch(/Fix the fields/);
      expect(described.title).not.toMatch(/-1/);
    } finally {
      await viewer.stop();
    }
  }, 60_000);
});
