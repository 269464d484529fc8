import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
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
/** `emulator-state.json.<pid>.<n>.tmp`: a save a crash interrupted. */
const TEMPORARY_FILE = /^emulator-state\.json\.\d+\.\d+\.tmp$/;

/**
 * Keeps the state in `dir`. A write is acknowledged only once it is on disk: `commit` resolves
 * after the snapshot holding it was written to a temporary file, fsynced, renamed over the old
 * one and the rename fsynced, so a kill at any moment leaves the old file or the new one, and
 * never loses an answered write. Writes that arrive while a save is under way share the next
 * save (group commit), so a burst costs one fsync per save, not one per write.
 */
export class StateFile {
  private readonly dir: string;
  private readonly path: string;
  /** The save under way (never rejects), which the next one waits for. */
  private writing: Promise<void> = Promise.resolve();
  /** The next save, which every write arriving now joins. */
  private queued: Promise<void> | undefined;
  private writes = 0;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.dir = dir;
    this.path = join(dir, STATE_FILE);
    // Only this process writes here, so any temporary file is left from a crash.
    for (const name of readdirSync(dir)) {
      if (TEMPORARY_FILE.test(name)) unlinkSync(join(dir, name));
    }
  }

  load(): EmulatorState | undefined {
    if (!existsSync(this.path)) return undefined;
    return importState(SavedState.parse(JSON.parse(readFileSync(this.path, 'utf8'))));
  }

  /** Resolves once the state as it is after the current write is on disk. */
  commit(snapshot: () => EmulatorState): Promise<void> {
    if (!this.queued) {
      const next = this.writing.then(() => {
        // From here on, new writes wait for the save after this one.
        this.queued = undefined;
        return this.save(snapshot());
      });
      this.queued = next;
      this.writing = next.catch(() => undefined);
    }
    return this.queued;
  }

  /** Resolves when every save begun so far has ended. */
  settled(): Promise<void> {
    return this.writing;
  }

  private async save(state: EmulatorState): Promise<void> {
    // Serialised before the first await: the snapshot lies between two operations.
    const text = JSON.stringify(exportState(state));
    const temporary = `${this.path}.${process.pid}.${++this.writes}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, this.path);
    const dir = await open(this.dir, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
