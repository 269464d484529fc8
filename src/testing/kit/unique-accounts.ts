const MAX_USER_ID_BYTES = 32;

// One tag per process: Playwright runs each worker (and each retry) in a process of its own, so
// two workers, or this run and the last one, never draw from the same names. Six base-36
// characters make two processes with the same worker index collide once in ~2 billion.
const processTag = Math.floor(Math.random() * 36 ** 6)
  .toString(36)
  .padStart(6, '0');
let batches = 0;

/**
 * `count` fresh UserIDs, e.g. `uniqueAccounts('qa', 3)` → `['qa-k3x9w2w1-1-1', …, 'qa-k3x9w2w1-1-3']`:
 * the prefix, a stem unique to this process (random) and Playwright worker (`TEST_WORKER_INDEX`),
 * a number per call, and the account's number. Parallel workers and repeated runs can then share
 * one emulator without resetting it. Throws when the ids would break the UserID rules (printable
 * ASCII without spaces, at most 32 bytes), naming the prefix and the limit.
 */
export function uniqueAccounts(prefix: string, count = 1): string[] {
  if (!/^[\x21-\x7e]+$/.test(prefix)) {
    throw new Error(
      `uniqueAccounts: prefix ${JSON.stringify(prefix)} must be 1 or more printable ASCII characters without spaces (a UserID's characters)`,
    );
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`uniqueAccounts: count must be a whole number of at least 1, not ${count}`);
  }
  const worker = process.env.TEST_WORKER_INDEX;
  batches += 1;
  const stem = `${prefix}-${processTag}${worker === undefined ? '' : `w${worker}`}-${batches.toString(36)}`;
  const longest = `${stem}-${count}`;
  if (longest.length > MAX_USER_ID_BYTES) {
    const room = MAX_USER_ID_BYTES - (longest.length - prefix.length);
    throw new Error(
      `uniqueAccounts: ids like ${longest} are ${longest.length} bytes; a UserID is at most ${MAX_USER_ID_BYTES} bytes, so the prefix may be at most ${Math.max(room, 0)} bytes for ${count} accounts`,
    );
  }
  return Array.from({ length: count }, (_, index) => `${stem}-${index + 1}`);
}
