import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

import { PlansScreen } from './plans-screen';

const proxy = proxyClient();

describe('PlansScreen', () => {
  it('reviews a pasted plan’s changes, applies them and shows the accounts in sync', async () => {
    const p = uniquePrefix();
    const [a, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    await proxy.importAccounts([a]);
    const user = userEvent.setup();
    renderWithProviders(<PlansScreen />);
    await user.click(screen.getByLabelText(/Plan · JSON or YAML/));
    await user.paste(
      [
        'ForceAddFlags: 1',
        `accounts: [${a}, ${b}, ${c}]`,
        'friends:',
        `  - [${a}, ${b}, {a: {Remark: bee}}]`,
        `blocks: [[${c}, ${a}]]`,
      ].join('\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const table = await screen.findByRole('table', { name: 'Changes' });
    const kinds = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-change'));
    expect(kinds).toEqual(['import', 'import', 'add', 'block']);
    expect(screen.getByTestId('plan-diff-summary')).toHaveTextContent('4 changes in 3 calls');
    // The picture marks the cells the changes touch; an add both ways marks both entries.
    const picture = screen.getByRole('table', { name: /Planned changes as a matrix/ });
    expect(
      within(picture)
        .getAllByRole('cell')
        .filter((cell) => cell.hasAttribute('data-change'))
        .map((cell) => cell.getAttribute('aria-label')),
    ).toEqual([`${a} → ${b}: Add friend`, `${b} → ${a}: Add friend`, `${c} → ${a}: Block`]);
    expect(within(picture).getByRole('rowheader', { name: `${b}` })).toHaveAttribute(
      'title',
      `${b} (to import)`,
    );

    await user.click(screen.getByRole('button', { name: 'Apply plan' }));
    expect(await screen.findByText('In sync', {}, { timeout: 15_000 })).toBeInTheDocument();
    const check = FriendCheckResponse.parse(
      await proxy.callOk('sns/friend_check', {
        From_Account: a,
        To_Account: [b],
        CheckType: 'CheckResult_Type_Both',
      }),
    );
    expect(check.InfoItem?.[0]?.Relation).toBe('CheckResult_Type_BothWay');

    // Reviewing again finds nothing to do.
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await waitFor(() =>
      expect(screen.getByTestId('plan-diff-summary')).toHaveTextContent(
        'In sync: nothing to change.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Apply plan' })).toBeDisabled();
  }, 30_000);

  it('names each problem of a bad plan by its path and sends nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PlansScreen />);
    await user.click(screen.getByLabelText(/Plan · JSON or YAML/));
    await user.paste(`{"accounts": ["a"], "friends": [["a", "${'x'.repeat(33)}"], ["a", "zed"]]}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('friends[0][1]: UserID is 33 bytes; the limit is 32 bytes');
    expect(alert).toHaveTextContent('friends[1][1]: zed is not declared in accounts');
    expect(screen.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  });
});
