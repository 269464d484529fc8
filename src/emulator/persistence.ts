import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { AddType } from '@/shared/contract/friend-add';
import { AdminForbidType, AllowType } from '@/shared/contract/profile';

import type { Account, EmulatorState } from './state';

const Friend = z.object({
  remark: z.string(),
  groups: z.array(z.string()),
  addSource: z.string(),
  addWording: z.string(),
  addTime: z.number(),
  custom: z.record(z.string(), z.union([z.string(), z.number()])),
});

const PendingRequest = z.object({
  addSource: z.string(),
  addWording: z.string(),
  remark: z.string(),
  groupName: z.string(),
  addType: AddType,
  time: z.number(),
});

const SavedAccount = z.object({
  userId: z.string().min(1),
  nick: z.string(),
  faceUrl: z.string(),
  allowType: AllowType,
  adminForbidType: AdminForbidType,
  groups: z.array(z.string()),
  profile: z.record(z.string(), z.union([z.string(), z.number()])),
  sequences: z
    .object({ standard: z.number(), custom: z.number(), groups: z.number(), blocklist: z.number() })
    .default({ standard: 1, custom: 1, groups: 1, blocklist: 1 }),
  friends: z.record(z.string(), Friend),
  blocked: z.record(z.string(), z.number()),
  pendingSent: z.record(z.string(), PendingRequest),
});

/** The emulator's whole state as JSON: what export returns, import takes and the data file holds. */
export const SavedState = z.object({
  version: z.literal(1),
  defaultAllowType: AllowType,
  accounts: z.array(SavedAccount),
});
export type SavedState = z.infer<typeof SavedState>;

export function exportState(state: EmulatorState): SavedState {
  return {
    version: 1,
    defaultAllowType: state.defaultAllowType,
    accounts: [...state.accounts.values()].map((account) => ({
      userId: account.userId,
      nick: account.nick,
      faceUrl: account.faceUrl,
      allowType: account.allowType,
      adminForbidType: account.adminForbidType,
      groups: account.groups,
      profile: account.profile,
      sequences: { ...account.sequences },
      friends: Object.fromEntries(account.friends),
      blocked: Object.fromEntries(account.blocked),
      pendingSent: Object.fromEntries(account.pendingSent),
    })),
  };
}

export function importState(saved: SavedState): EmulatorState {
  const accounts = new Map<string, Account>();
  for (const account of saved.accounts) {
    accounts.set(account.userId, {
      ...account,
      friends: new Map(Object.entries(account.friends)),
      blocked: new Map(Object.entries(account.blocked)),
      pendingSent: new Map(Object.entries(account.pendingSent)),
    });
  }
  return { accounts, defaultAllowType: saved.defaultAllowType };
}

const STATE_FILE = 'emulator-state.json';

/**
 * Keeps the state in `dir`. Saves are coalesced and atomic: the snapshot is taken between two
 * calls (never half an operation), written to a temporary file, flushed to disk and renamed over
 * the old one, so a kill at any moment leaves either the old file or the new one.
 */
export class StateFile {
  private readonly path: string;
  private pending: NodeJS.Timeout | undefined;
  private writes = 0;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, STATE_FILE);
  }

  load(): EmulatorState | undefined {
    if (!existsSync(this.path)) return undefined;
    return importState(SavedState.parse(JSON.parse(readFileSync(this.path, 'utf8'))));
  }

  /** Saves soon, once for a burst of writes. */
  schedule(snapshot: () => EmulatorState, delayMs = 20): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.save(snapshot());
    }, delayMs);
  }

  flush(snapshot: () => EmulatorState): void {
    if (!this.pending) return;
    clearTimeout(this.pending);
    this.pending = undefined;
    this.save(snapshot());
  }

  save(state: EmulatorState): void {
    const temporary = `${this.path}.${process.pid}.${++this.writes}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify(exportState(state)));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
  }
}
