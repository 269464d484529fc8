import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

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

describe('UserRelationsScreen', () => {
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

  it('deletes one way after confirming, and blocks and unblocks', async () => {
    const p = uniquePrefix();
    const [user, friend, other] = [`${p}u`, `${p}f`, `${p}o`];
    await proxy.importAccounts([user, friend, other]);
    await proxy.callOk('sns/friend_add', {
      From_Account: user,
      AddFriendItem: [{ To_Account: friend }],
      ForceAddFlags: 1,
    });
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />, { route: `/relations?user=${user}` });
    await ui.click(await screen.findByRole('button', { name: `Delete friend ${friend}` }));
    const dialog = await screen.findByRole('dialog');
    await ui.click(within(dialog).getByText(`Only from ${user}’s list`));
    expect(await relation(user, friend)).toBe('CheckResult_Type_BothWay');
    await ui.click(within(dialog).getByRole('button', { name: 'Delete friendship' }));
    expect(await screen.findByText(`Deleted ${friend} (Delete_Type_Single)`)).toBeInTheDocument();
    expect(await relation(user, friend)).toBe('CheckResult_Type_BWithA');
    expect(await screen.findByText(`${user} has no friends.`)).toBeInTheDocument();

    await ui.type(screen.getByLabelText('Block accounts'), other);
    await ui.click(screen.getByRole('button', { name: 'Block' }));
    const blocklist = await screen.findByRole('table', { name: 'Blocklist' });
    await waitFor(() => expect(blocklist).toHaveTextContent(other));
    await ui.click(screen.getByRole('button', { name: `Unblock ${other}` }));
    expect(await screen.findByText(`${user} has blocked no one.`)).toBeInTheDocument();
  });

  it('names the field when the user is not a valid UserID', async () => {
    const ui = userEvent.setup();
    renderWithProviders(<UserRelationsScreen />);
    await ui.type(screen.getByLabelText('User · From_Account'), 'has space');
    await ui.click(screen.getByRole('button', { name: 'Show relations' }));
    expect(
      screen.getByText('From_Account may contain only printable ASCII without spaces'),
    ).toBeInTheDocument();
  });
});
