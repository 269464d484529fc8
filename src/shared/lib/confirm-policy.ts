import type { TargetDescription } from '@/shared/contract/target';

/** Writes over this many items are confirmed even against the emulator (issue 17). */
export const LARGE_WRITE_ITEMS = 100;

export interface WriteToConfirm {
  /** Tencent's API, as its service path or short name (`black_list_add`). */
  api: string;
  /** How many accounts (or items) the write touches, where known before sending. */
  accounts?: number;
  /** The question, e.g. "Block dave?". */
  title: string;
  /** What the write does that cannot be taken back, in one or two sentences. */
  consequence?: string;
  confirmLabel: string;
  /** Removes or replaces data (delete, block of a friend, load or import of state). */
  destructive?: boolean;
}

/** A write waiting for the user's answer, as the confirm dialog shows it. */
export interface PendingConfirmation extends WriteToConfirm {
  /** Where the write goes; undefined while the proxy has not said. */
  target?: TargetDescription;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Every write to a real Tencent app is confirmed; against the emulator only what destroys data or
 * is large. An unknown target counts as a real one.
 */
export function needsConfirmation(
  target: Pick<TargetDescription, 'mode'> | undefined,
  write: Pick<WriteToConfirm, 'accounts' | 'destructive'>,
): boolean {
  if (target?.mode !== 'emulator') return true;
  return write.destructive === true || (write.accounts ?? 0) > LARGE_WRITE_ITEMS;
}
