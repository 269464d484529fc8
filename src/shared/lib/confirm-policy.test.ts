import { describe, expect, it } from 'vitest';

import { LARGE_WRITE_ITEMS, needsConfirmation } from './confirm-policy';

describe('needsConfirmation', () => {
  const emulator = { mode: 'emulator' } as const;
  const tencent = { mode: 'tencent' } as const;

  it('confirms every write to a real Tencent app, even one small harmless write', () => {
    expect(needsConfirmation(tencent, { accounts: 1 })).toBe(true);
  });

  it('confirms when the target is not known yet', () => {
    expect(needsConfirmation(undefined, { accounts: 1 })).toBe(true);
  });

  it('in the emulator, confirms only destructive or large writes', () => {
    expect(needsConfirmation(emulator, { accounts: 1 })).toBe(false);
    expect(needsConfirmation(emulator, { accounts: LARGE_WRITE_ITEMS })).toBe(false);
    expect(needsConfirmation(emulator, { accounts: LARGE_WRITE_ITEMS + 1 })).toBe(true);
    expect(needsConfirmation(emulator, { accounts: 1, destructive: true })).toBe(true);
  });
});
