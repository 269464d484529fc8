import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { callEndpoint, setApiBaseUrl } from '@/api/client';
import { describeFailure } from '@/api/describe-failure';
import { endpoints } from '@/shared/contract/endpoints';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { backendUrls, proxyClient } from '@/testing/backend-urls';
import { captureDownloads } from '@/testing/downloads';
import { renderWithProviders, uniquePrefix } from '@/testing/render';
import { startBackend, TEST_TENCENT_TARGET } from '@/testing/start-backend';
import { startViewerBackend } from '@/testing/viewer-backend';

import { UserRelationsScreen } from './user-relations-screen';

const proxy = proxyClient();

async function relation(from: string, to: string): Promise<string> {
  const answer = FriendCheckResponse.parse(
    await proxy.callOk('sns/friend_check', {
      From_Account: from,
      To_Account: [to],
      CheckType: 'CheckResult_Type_Both',
    }),
  );
  return answer.InfoItem?.[0]?.Relation ?? '';
}

async function befriend(from: string, to: string[], addType = 'Add_Type_Both') {
  await proxy.callOk('sns/friend_add', {
    From_Account: from,
    AddFriendItem: to.map((To_Account) => ({ To_Account })),
    AddType: addType,
    ForceAddFlags: 1,
  });
}

afterEach(() => vi.restoreAllMocks());

// Many clicks against a real backend: generous under a loaded machine, still finite.
describe('UserRelationsScreen', { timeout: 90_000 }, () => {
  it('lists friends page by page with their remark and groups', async () => {
    const p = uniquePrefix();
    const user = `${p}u`;
    const friends = Array.from({ length: 130 }, (_, i) => `${p}f${String(i).padStart(3, '0')}`);
    expect(await proxy.importAccounts([user, ...friends])).toEqual([]);
    await proxy.callOk('sns/friend_import', {
      From_Account: user,
      AddFriendItem: friends.map((To_Account, i) => ({
        To_Account,
        AddSource: 'AddSource_Type_Test',
        ...(i === 0 ? { Remark: 'First one', GroupName: ['testers'] } : {}),
      })),
    });
    renderWithProviders(<UserRelationsScreen />, { route: `/relations?user=${user}` });
    const table = await screen.findByRole('table', { name: 'Friends' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(101));
    expect(screen.getByText(`Friends of ${user} (130)`)).toBeInTheDocument();
    const first = table.querySelector(`tr[data-account="${friends[0]}"]`) as HTMLElement;
    expect(first).toHaveTextContent('First one');
    expect(first).toHaveTextContent('testers');
    await userEvent.click(
      screen.getByRole('button', { name: 'Load more friends (100 of 130 shown)' }),
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(131));
    expect(screen.queryByRole('button', { name: /Load more friends/ })).toBeNull();
  });

  it('deletes one way after confirming, and blocks and unblocks a non-friend without asking', async () => {
    const p = uniquePrefix();
    const [user, friend, other] = [`${p}u`, `${p}f`, `${p}o`];
    await proxy.importAccounts([user, friend, other]);
    await befriend(user, [friend]);
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />, { route: `/relations?user=${user}` });
    await ui.click(await screen.findByRole('button', { name: `Delete friend ${friend}` }));
    const dialog = await screen.findByRole('dialog', {
      name: `Delete ${friend} from ${user}’s friends?`,
    });
    expect(dialog).toHaveTextContent('friend_delete');
    await ui.click(within(dialog).getByText(`Only from ${user}’s list`));
    expect(await relation(user, friend)).toBe('CheckResult_Type_BothWay');
    await ui.click(within(dialog).getByRole('button', { name: 'Delete friendship' }));
    const heading = await screen.findByRole('heading', {
      name: `Deleted ${friend} (Delete_Type_Single)`,
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('status', { name: 'Relations outcome' })).toContainElement(heading);
    expect(await relation(user, friend)).toBe('CheckResult_Type_BWithA');
    expect(await screen.findByText(`${user} has no friends.`)).toBeInTheDocument();

    await ui.type(screen.getByLabelText('Block accounts'), other);
    await ui.click(screen.getByRole('button', { name: 'Block' }));
    const blocklist = await screen.findByRole('table', { name: 'Blocklist' });
    await waitFor(() => expect(blocklist).toHaveTextContent(other));
    expect(screen.queryByRole('dialog')).toBeNull();
    await ui.click(screen.getByRole('button', { name: `Unblock ${other}` }));
    expect(await screen.findByText(`${user} has blocked no one.`)).toBeInTheDocument();
  });

  it('asks before blocking a friend, saying the friendship goes both ways and Unblock does not bring it back', async () => {
    const p = uniquePrefix();
    const [user, friend] = [`${p}u`, `${p}f`];
    await proxy.importAccounts([user, friend]);
    await befriend(user, [friend]);
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />, { route: `/relations?user=${user}` });
    await ui.click(await screen.findByRole('button', { name: `Block ${friend}` }));
    let dialog = await screen.findByRole('dialog', { name: `Block ${friend}?` });
    expect(dialog).toHaveTextContent(
      `Blocking removes the friendship with ${friend} both ways, remark and group included. Unblock does not restore it.`,
    );
    expect(dialog).toHaveTextContent('black_list_add');
    await ui.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await relation(user, friend)).toBe('CheckResult_Type_BothWay');

    await ui.click(screen.getByRole('button', { name: `Block ${friend}` }));
    dialog = await screen.findByRole('dialog', { name: `Block ${friend}?` });
    await ui.click(within(dialog).getByRole('button', { name: 'Block' }));
    expect(await screen.findByRole('heading', { name: `Blocked ${friend}` })).toBeInTheDocument();
    await ui.click(await screen.findByRole('button', { name: `Unblock ${friend}` }));
    expect(await screen.findByText(`${user} has blocked no one.`)).toBeInTheDocument();
    expect(await relation(user, friend)).toBe('CheckResult_Type_NoRelation');
  });

  it('shows each friendship’s direction, searches, deletes and blocks a selection, exports CSV', async () => {
    const p = uniquePrefix();
    const [user, both, oneWay, third] = [`${p}u`, `${p}both`, `${p}one`, `${p}third`];
    await proxy.importAccounts([user, both, oneWay, third]);
    await befriend(user, [both, third]);
    await befriend(user, [oneWay], 'Add_Type_Single');
    await proxy.callOk('sns/friend_update', {
      From_Account: user,
      UpdateItem: [
        { To_Account: both, SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: '=cmd|calc' }] },
      ],
    });
    const downloads = captureDownloads();
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />, { route: `/relations?user=${user}` });
    const table = await screen.findByRole('table', { name: 'Friends' });
    const row = (account: string) => table.querySelector(`tr[data-account="${account}"]`);
    await waitFor(() => expect(row(oneWay)).toHaveTextContent('One way'));
    expect(row(both)).toHaveTextContent('Both ways');

    await ui.click(screen.getByRole('button', { name: 'Export CSV of friends' }));
    const csv = await downloads.text();
    expect(csv.startsWith('\uFEFFFrom_Account,To_Account,')).toBe(true);
    expect(csv).toContain(
      'From_Account,To_Account,Relation,Tag_SNS_IM_Remark,Tag_SNS_IM_Group,Tag_SNS_IM_AddSource,Tag_SNS_IM_AddTime',
    );
    expect(csv).toContain(`${user},${both},CheckResult_Type_BothWay,'=cmd|calc,`);
    expect(csv).toContain(`${user},${oneWay},CheckResult_Type_AWithB,`);

    await ui.type(screen.getByRole('textbox', { name: 'Search friends' }), 'one');
    await waitFor(() => expect(row(both)).toBeNull());
    expect(row(oneWay)).not.toBeNull();
    await ui.clear(screen.getByRole('textbox', { name: 'Search friends' }));

    await ui.click(await screen.findByRole('checkbox', { name: `Select ${both}` }));
    await ui.click(screen.getByRole('checkbox', { name: `Select ${oneWay}` }));
    await ui.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Delete ${both}, ${oneWay} from ${user}’s friends?`,
    });
    expect(dialog).toHaveTextContent(/Accounts\s*2/);
    await ui.click(within(dialog).getByRole('button', { name: 'Delete friendship' }));
    await waitFor(() => expect(row(both)).toBeNull());
    expect(row(oneWay)).toBeNull();
    expect(await relation(user, both)).toBe('CheckResult_Type_NoRelation');

    await ui.click(screen.getByRole('checkbox', { name: 'Select all friends shown' }));
    await ui.click(screen.getByRole('button', { name: 'Block selected (1)' }));
    await ui.click(
      within(await screen.findByRole('dialog', { name: `Block ${third}?` })).getByRole('button', {
        name: 'Block',
      }),
    );
    expect(await screen.findByText(`${user} has no friends.`)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Blocklist' })).toHaveTextContent(third),
    );
  });

  it('asks before any write to a real Tencent app, naming the API, count, SDKAppID and region', async () => {
    const tencent = await startBackend({ proxy: { target: TEST_TENCENT_TARGET } });
    setApiBaseUrl(tencent.proxyUrl);
    try {
      await tencent.callProxy('v4/im_open_login_svc/multiaccount_import', {
        Accounts: ['alice', 'mallory'],
      });
      const ui = userEvent.setup();
      renderWithProviders(<UserRelationsScreen />, { route: '/relations?user=alice' });
      await ui.type(await screen.findByLabelText('Block accounts'), 'mallory');
      await ui.click(screen.getByRole('button', { name: 'Block' }));
      const dialog = await screen.findByRole('dialog', { name: 'Block mallory?' });
      expect(dialog).toHaveTextContent('black_list_add');
      expect(dialog).toHaveTextContent(/Accounts\s*1/);
      expect(dialog).toHaveTextContent(
        'a real Tencent Chat app · SDKAppID 1400000000 · region singapore',
      );
      expect(tencent.emulator.calls.recent(10, 'v4/sns/black_list_add')).toHaveLength(0);
      await ui.click(within(dialog).getByRole('button', { name: 'Block in SDKAppID 1400000000' }));
      await screen.findByRole('heading', { name: 'Blocked mallory' });
      expect(tencent.emulator.calls.recent(10, 'v4/sns/black_list_add')).toHaveLength(1);
    } finally {
      setApiBaseUrl(backendUrls.proxy());
      await tencent.stop();
    }
  });

  it('gives a viewer read-only controls that say why', async () => {
    const viewer = await startViewerBackend();
    try {
      renderWithProviders(<UserRelationsScreen />, { route: '/relations?user=alice' });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Block' })).toBeDisabled());
      expect(screen.getByLabelText('Viewers can only read')).toContainElement(
        screen.getByRole('button', { name: 'Block' }),
      );
      // Should a write still be sent, the answer explains the permission, not the fields.
      const refusal = await callEndpoint(endpoints.blackListAdd, {
        From_Account: 'alice',
        To_Account: ['bob'],
      }).catch((error: unknown) => describeFailure(error));
      expect(refusal).toMatchObject({
        title: 'Operator role required',
        nextStep: expect.stringContaining('ask an administrator for the operator role') as string,
      });
    } finally {
      await viewer.stop();
    }
  });

  it('names the field when the user is not a valid UserID', async () => {
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />);
    await ui.type(screen.getByLabelText('User · From_Account'), 'has space');
    await ui.click(screen.getByRole('button', { name: 'Show relations' }));
    expect(
      await screen.findByText('From_Account may contain only printable ASCII without spaces'),
    ).toBeInTheDocument();
  });

  it('names the bad account before blocking anything, and asks for one when none is given', async () => {
    const ui = userEvent.setup();
    const user = `${uniquePrefix()}u`;
    await proxy.importAccounts([user]);
    renderWithProviders(<UserRelationsScreen />, { route: `/?user=${user}` });
    const input = await screen.findByLabelText('Block accounts');
    await ui.click(screen.getByRole('button', { name: 'Block' }));
    expect(await screen.findByText('Enter at least one account to block.')).toBeInTheDocument();
    const tooLong = 'x'.repeat(33);
    await ui.type(input, `mallory, ${tooLong}`);
    await ui.click(screen.getByRole('button', { name: 'Block' }));
    expect(await screen.findByText(new RegExp(`^${tooLong}: .*33 bytes`))).toBeInTheDocument();
    expect(await screen.findByText(`${user} has blocked no one.`)).toBeInTheDocument();
  });
});
