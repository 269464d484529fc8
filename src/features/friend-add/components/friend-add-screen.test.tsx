import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { setApiBaseUrl } from '@/api/client';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { FriendGetResponse } from '@/shared/contract/friends';
import { backendUrls, proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';
import { startBackend, TEST_TENCENT_TARGET } from '@/testing/start-backend';

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
    await proxy.importAccounts([`${p}a`, `${p}b`, `${p}c`]);
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
    await proxy.importAccounts([a, b, c]);
    await proxy.addFault({
      api: 'v4/sns/friend_add',
      from: a,
      to: b,
      resultCode: 30006,
      times: 1,
    });
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
    expect(screen.getByText(/1001 rows, sent in 2 calls of up to 1000/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    const table = await screen.findByRole(
      'table',
      { name: 'Results per account' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1002), {
      timeout: 10_000,
    });
    const calls = await proxy.recentCalls({ api: 'v4/sns/friend_add', limit: 1000 });
    expect(calls.filter((call) => call.from === `${p}from`)).toHaveLength(2);
  });

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
    await screen.findByRole('table', { name: 'Results per account' });
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

  it('"Apply to all rows" lets the form’s filled fields replace the rows’ own', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.click(screen.getByLabelText(/To_Account/));
    await user.paste('To_Account,Remark,AddWording\nbob,B,hi\ncarol,C,');
    await user.type(screen.getByLabelText(/Remark · Remark/), 'everyone');
    await user.click(screen.getByRole('button', { name: 'Apply to all rows' }));
    expect(screen.getByLabelText(/To_Account/)).toHaveValue(
      'To_Account,AddWording\nbob,hi\ncarol,',
    );
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
  });

  it('"Undo this batch" deletes only the friendships the batch created', async () => {
    const p = uniquePrefix();
    const [from, b, c, earlier] = [`${p}a`, `${p}b`, `${p}c`, `${p}e`];
    await proxy.importAccounts([from, b, c, earlier]);
    // `earlier` had `from` in its list before the batch; the undo must leave that half alone.
    await proxy.callOk('sns/friend_import', {
      From_Account: earlier,
      AddFriendItem: [{ To_Account: from, AddSource: 'AddSource_Type_Test' }],
    });
    const user = userEvent.setup();
    renderWithProviders(<FriendAddScreen />);
    await user.type(screen.getByLabelText(/From_Account/), from);
    await user.type(screen.getByLabelText(/To_Account/), `${b}{enter}${c}{enter}${earlier}`);
    await user.click(screen.getByLabelText(/ForceAddFlags/));
    await user.click(screen.getByRole('button', { name: 'Add friends' }));
    await screen.findByRole('table', { name: 'Results per account' });
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
    expect(await screen.findByText('Undone: 3 friendships deleted')).toBeInTheDocument();
    expect(await relationsOf(from, [b, c, earlier])).toEqual({
      [b]: 'CheckResult_Type_NoRelation',
      [c]: 'CheckResult_Type_NoRelation',
      [earlier]: 'CheckResult_Type_BWithA',
    });
    expect(screen.getByRole('button', { name: 'Undo this batch (0)' })).toBeDisabled();
  });

  it('asks before writing to a real Tencent app, naming the SDKAppID, region and count', async () => {
    // A proxy that describes itself as a real app; its upstream is still the local emulator.
    const tencent = await startBackend({
      proxy: { target: TEST_TENCENT_TARGET },
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
      const dialog = await screen.findByRole('dialog', { name: 'Write to a real Tencent app?' });
      expect(dialog).toHaveTextContent(
        'friend_add for 2 accounts as alice in SDKAppID 1400000000, region singapore',
      );
      expect(tencent.emulator.calls.recent(10, 'v4/sns/friend_add')).toHaveLength(0);
      await user.click(
        within(dialog).getByRole('button', { name: 'Add friends in SDKAppID 1400000000' }),
      );
      await screen.findByRole('table', { name: 'Results per account' });
      expect(tencent.emulator.calls.recent(10, 'v4/sns/friend_add')).toHaveLength(1);
    } finally {
      setApiBaseUrl(backendUrls.proxy());
      await tencent.stop();
    }
  });
});
