import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * A toast for a write that finished: teal when every item succeeded, orange with the failures
 * (first few, then a count) when not. Screens also announce and show the outcome in place; the
 * toast is what a user who scrolled away, or moved on, still sees.
 */
export function notifyWriteDone(done: string, failures: readonly string[] = []): void {
  const shown = failures.slice(0, 3);
  const more = failures.length - shown.length;
  notifications.show({
    color: failures.length > 0 ? 'orange' : 'teal',
    title:
      failures.length > 0
        ? i18next.t('common:notify.except', { done, count: failures.length })
        : done,
    message:
      failures.length > 0
        ? [...shown, ...(more > 0 ? [i18next.t('common:notify.more', { count: more })] : [])].join(
            '\n',
          )
        : '',
    autoClose: failures.length > 0 ? 10_000 : 4000,
    style: { whiteSpace: 'pre-line' },
  });
}

/**
 * A toast for a write that failed where no screen shows the failure (the MutationCache's
 * default, see docs/architecture.md): what went wrong and, where known, what to do next.
 */
export function notifyWriteFailed(failure: { title: string; meaning: string; nextStep?: string }) {
  notifications.show({
    color: 'red',
    title: failure.title,
    message: [failure.meaning, failure.nextStep].filter(Boolean).join('\n'),
    autoClose: 10_000,
    style: { whiteSpace: 'pre-line' },
  });
}
