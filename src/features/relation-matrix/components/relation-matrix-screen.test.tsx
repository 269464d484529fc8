import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { proxyClient } from '@/testing/backend-urls';
import { renderWithProviders, uniquePrefix } from '@/testing/render';

import { RelationMatrixScreen } from './relation-matrix-screen';

const proxy = proxyClient();

/** The grid once the run has ended: the run's status and the grid both say so. */
async function finishedGrid(): Promise<HTMLElement> {
  const grid = await screen.findByRole('grid', { name: 'Relation matrix' }, { timeout: 15_000 });
  await waitFor(() => expect(grid).toHaveAttribute('aria-busy', 'false'), { timeout: 15_000 });
  await waitFor(() =>
    expect(document.querySelector('[data-run-status]')).toHaveAttribute('data-run-status', 'done'),
  );
  return grid;
}

let accounts: string[] = [];

describe('RelationMatrixScreen', () => {
  it('shows the cost, runs the check on the server, and shows the same matrix again from the run URL', async () => {
    const p = uniquePrefix();
    const [a, b, c] = [`${p}a`, `${p}b`, `${p}c`];
    accounts = [a, b, c];
    await proxy.importAccounts([a, b, c]);
    await proxy.callOk('v4/sns/friend_add', {
      From_Account: a,
      AddFriendItem: [{ To_Account: b }],
      AddType: 'Add_Type_Both',
      ForceAddFlags: 1,
    });
    await proxy.callOk('v4/sns/friend_add', {
      From_Account: b,
      AddFriendItem: [{ To_Account: c }],
      AddType: 'Add_Type_Single',
      ForceAddFlags: 1,
    });

    const user = userEvent.setup();
    const { router, unmount } = renderWithProviders(<RelationMatrixScreen />, {
      route: '/matrix',
    });
    await user.type(
      screen.getByLabelText('Accounts', { exact: false, selector: 'textarea' }),
      `${a}\n${b}\n${c}\n${a}`,
    );
    expect(screen.getByLabelText('Cost')).toHaveTextContent(
      '3 × 3: 2 friend_check and 2 black_list_check calls, at least 10 ms at 200 calls/s each.',
    );
    await user.click(screen.getByRole('button', { name: 'Check relations' }));
    await finishedGrid();
    const run = new URLSearchParams(router.state.location.search).get('run');
    expect((await proxy.run(run!)).kind).toBe('relation_matrix');
    expectMatrix();

    // A row's Make friends adds both ways only where there is no relation: b's pair with c is
    // one way (a both-ways add would answer 30001), so b's row offers nothing and says so.
    const grid = screen.getByRole('grid', { name: 'Relation matrix' });
    await user.click(within(grid).getByRole('rowheader', { name: b }));
    const rowOfB = screen.getByLabelText('Selected row');
    expect(rowOfB).toHaveTextContent('0 accounts have no relation yet');
    expect(rowOfB).toHaveTextContent('1 pair is one way');
    expect(within(rowOfB).queryByRole('link', { name: /Make friends/ })).toBeNull();
    await user.click(within(grid).getByRole('rowheader', { name: a }));
    const rowOfA = screen.getByLabelText('Selected row');
    expect(within(rowOfA).getByRole('link', { name: 'Make friends (1)' })).toHaveAttribute(
      'href',
      expect.stringContaining(`from=${a}`),
    );

    // A reload, Forward or a shared link: the stored calls fill the same grid.
    unmount();
    renderWithProviders(<RelationMatrixScreen />, { route: `/matrix?run=${run}` });
    await finishedGrid();
    expectMatrix();
    expect(screen.getByLabelText('Accounts', { exact: false, selector: 'textarea' })).toHaveValue(
      `${a}\n${b}\n${c}`,
    );
  }, 60_000);

  function expectMatrix() {
    const [a, b, c] = accounts as [string, string, string];
    const grid = screen.getByRole('grid', { name: 'Relation matrix' });
    const cell = (from: string, to: string) =>
      within(grid).getByRole('gridcell', { name: new RegExp(`^${from} → ${to}:`) });
    expect(cell(a, b)).toHaveAccessibleName(`${a} → ${b}: friends both ways`);
    expect(cell(b, c)).toHaveAttribute('data-relation', 'CheckResult_Type_AWithB');
    expect(cell(c, b)).toHaveAccessibleName(`${c} → ${b}: only ${b} → ${c}`);
    expect(cell(a, c)).toHaveAttribute('data-relation', 'CheckResult_Type_NoRelation');
    expect(cell(a, a)).toHaveAttribute('data-relation', 'self');
    const legend = screen.getByLabelText('Legend');
    expect(legend).toHaveTextContent('Both ways: 2');
    expect(legend).toHaveTextContent('Row → column only: 1');
    expect(legend).toHaveTextContent('Column → row only: 1');
    expect(legend).toHaveTextContent('No relation: 2');
    expect(legend).toHaveTextContent('Same account: 3');
  }

  it('marks failed calls with the explanation, and "Check again" fixes them', async () => {
    const p = uniquePrefix();
    const [a, b] = [`${p}a`, `${p}b`];
    await proxy.importAccounts([a, b]);
    // A per-item failure: a whole-call 60007 would be absorbed and resent by the run.
    await proxy.addFault({ api: 'v4/sns/friend_check', from: a, resultCode: 30006, times: 1 });
    const user = userEvent.setup();
    // An older link (run=1) starts a run on arrival, and the URL then names it.
    const { router } = renderWithProviders(<RelationMatrixScreen />, {
      route: `/matrix?accounts=${a},${b}&run=1`,
    });
    const grid = await finishedGrid();
    expect(new URLSearchParams(router.state.location.search).get('run')).toMatch(/^[0-9a-z-]{8,}$/);
    const cell = within(grid).getByRole('gridcell', { name: `${a} → ${b}: check failed` });
    await user.click(cell);
    const inspector = screen.getByLabelText('Selected cell');
    expect(inspector).toHaveTextContent('ResultCode 30006');
    expect(inspector).toHaveTextContent(/Next step/);
    await user.click(within(inspector).getByRole('button', { name: 'Check again' }));
    await waitFor(
      () =>
        expect(
          within(grid).getByRole('gridcell', { name: new RegExp(`^${a} → ${b}:`) }),
        ).toHaveAttribute('data-relation', 'CheckResult_Type_NoRelation'),
      { timeout: 10_000 },
    );
  });
});
