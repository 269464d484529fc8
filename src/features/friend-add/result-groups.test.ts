import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { RunItem } from '@/shared/contract/runs';
import { setTimeZone } from '@/shared/i18n';
import { toCsv } from '@/shared/lib/csv';
import { runItem } from '@/testing/run-items';

import { classifyRunItem } from './classify-result';
import { statusLabel } from './components/status-words';
import { groupResults } from './result-groups';
import { RESULTS_CSV_HEADERS, resultsCsvRows } from './results-csv';

const item = (To_Account: string, overrides: Partial<RunItem> = {}): RunItem =>
  runItem({ To_Account, finishedAt: '2026-11-22T07:00:00.000Z', ...overrides });

describe('groupResults', () => {
  it('groups by ResultCode with one explanation and action per group', () => {
    const items = [
      item('a'),
      item('b', { ResultCode: 30003, ResultInfo: 'To_Account b does not exist' }),
      item('c', { ResultCode: 30003, ResultInfo: 'To_Account c does not exist' }),
      item('d', { ResultCode: 30515 }),
    ];
    const groups = groupResults(items.map((one) => classifyRunItem(one, false)));
    expect(groups.map((group) => [group.title, group.results.length, group.action])).toEqual([
      ['0 · added', 1, undefined],
      ['30003 · account missing', 2, 'import_accounts'],
      ['30515 · on From_Account’s blocklist', 1, 'open_blocklist'],
    ]);
  });

  it('puts rows of a call that failed as a whole in one group about the call', () => {
    const failure = { status: 200, ErrorCode: 30003, ErrorInfo: 'From_Account x does not exist' };
    const groups = groupResults(
      [item('a', { failure }), item('b', { failure })].map((one) => classifyRunItem(one, false)),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ title: 'call failed · 30003', callFailed: true });
  });
});

describe('resultsCsvRows', () => {
  beforeEach(() => {
    // The zone setting lives in localStorage, which this (node) test environment lacks.
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    });
  });
  afterEach(async () => {
    await i18next.changeLanguage('en');
    setTimeZone(undefined);
    vi.unstubAllGlobals();
  });

  it('records From_Account, the add settings, each row’s Remark and GroupName, the answer and time', () => {
    setTimeZone('UTC');
    const request = {
      kind: 'friend_add',
      From_Account: 'ada',
      AddType: 'Add_Type_Single',
      ForceAddFlags: 1,
      AddFriendItem: [{ To_Account: 'bo', Remark: '=SUM(A1)', GroupName: '同事' }],
    };
    const items = [item('bo', { ResultCode: 30515, ResultInfo: 'blocked' })];
    const rows = resultsCsvRows(
      'ada',
      request,
      items,
      [classifyRunItem(items[0]!, false)],
      () => 'Failed',
    );
    const csv = toCsv(RESULTS_CSV_HEADERS, rows);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFFrom_Account,To_Account,AddType,ForceAddFlags,Remark,GroupName,status,ResultCode,ResultInfo,explanation,time',
    );
    expect(csv.split('\r\n')[1]).toBe(
      `ada,bo,Add_Type_Single,1,'=SUM(A1),同事,Failed,30515,blocked,"The target is on the From_Account’s blocklist. Next step: Unblock the target (black_list_delete), then retry.",2026-11-22T07:00:00.000+00:00`,
    );
  });

  it('words the status and explanation in the chosen language, with the time in the chosen zone', async () => {
    await i18next.changeLanguage('zh-CN');
    setTimeZone('Asia/Shanghai');
    const items = [item('bo', { ResultCode: 30003, ResultInfo: 'To_Account bo does not exist' })];
    const results = [classifyRunItem(items[0]!, false)];
    const [row] = resultsCsvRows('ada', { kind: 'friend_add' }, items, results, (r) =>
      statusLabel(r.status),
    );
    expect(row).toEqual([
      'ada',
      'bo',
      'Add_Type_Both',
      '0',
      '',
      '',
      '失败',
      '30003',
      'To_Account bo does not exist',
      '请求的用户账号不存在。 下一步：导入该账号（account_import）后重试。',
      '2026-11-22T15:00:00.000+08:00',
    ]);
  });
});
