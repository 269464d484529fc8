import { describe, expect, it } from 'vitest';

import { CODE_LABELS, describeFault, describeFaultRule } from './fault-words';

describe('fault words', () => {
  it('names a code with the catalogue’s info string', () => {
    expect(
      describeFault({ id: 'fault-1', api: 'v4/sns/friend_add', resultCode: 30006, hits: 0 }),
    ).toMatch(/^ResultCode 30006 · \S+/);
    expect(describeFault({ id: 'fault-2', api: 'x', latencyMs: 50, hits: 0 })).toBe('+50 ms');
  });

  it('names the API and accounts of a rule shown away from its row', () => {
    expect(
      describeFaultRule({
        id: 'fault-7',
        api: 'v4/sns/friend_add',
        to: 'bob',
        httpStatus: 503,
        hits: 1,
      }),
    ).toBe('HTTP 503 on friend_add (To bob)');
  });

  it('offers every catalogue code once, in order', () => {
    const codes = CODE_LABELS.map((label) => Number(label.split(' ')[0]));
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b));
    expect(CODE_LABELS).toContainEqual(expect.stringMatching(/^30006 · /));
  });
});
