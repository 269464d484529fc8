import i18next from 'i18next';

import type { AddStatus } from '../classify-result';

export const STATUS_COLORS: Record<AddStatus, string> = {
  added: 'green',
  pending: 'yellow',
  exists: 'blue',
  one_way: 'orange',
  failed: 'red',
  not_sent: 'gray',
  unknown: 'orange',
  undone: 'gray',
  waiting: 'gray',
  sending: 'blue',
};
export const STATUSES = Object.keys(STATUS_COLORS) as AddStatus[];

/** A status in the current language ("Added", "已添加"). */
export const statusLabel = (status: AddStatus): string => i18next.t(`friendAdd:status.${status}`);
