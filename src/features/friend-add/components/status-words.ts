import type { AddStatus } from '../classify-result';

export const STATUS_WORDS: Record<AddStatus, { label: string; color: string }> = {
  added: { label: 'Added', color: 'green' },
  pending: { label: 'Request sent, awaiting approval', color: 'yellow' },
  exists: { label: 'Already friends', color: 'blue' },
  one_way: { label: 'One way only', color: 'orange' },
  failed: { label: 'Failed', color: 'red' },
  not_sent: { label: 'Not sent', color: 'gray' },
  unknown: { label: 'Unknown: sent, no answer', color: 'orange' },
  undone: { label: 'Undone', color: 'gray' },
  waiting: { label: 'Waiting', color: 'gray' },
  sending: { label: 'Sending', color: 'blue' },
};
export const STATUSES = Object.keys(STATUS_WORDS) as AddStatus[];
