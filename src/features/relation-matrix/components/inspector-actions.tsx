import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { addFriendsPath } from '@/shared/lib/links';

import { CELL, type CellCode } from '../build-matrix';

/** What "Make friends" does for a pair: the add that makes it friends both ways, if any. */
export interface FriendingOffer {
  from: string;
  to: string[];
  oneWay: boolean;
}

/**
 * The add a checked pair needs: both ways when neither lists the other; only the missing
 * direction when one side already does (an add both ways would be answered 30001). None for a
 * pair already friends both ways, one not checked, or one whose sender may not add friends.
 */
export function offerFor(
  code: CellCode,
  from: string,
  to: string,
  oneWayKnown: boolean,
  mayAdd: (sender: string) => boolean,
): FriendingOffer | undefined {
  const missing = (sender: string, target: string): FriendingOffer | undefined =>
    mayAdd(sender) ? { from: sender, to: [target], oneWay: true } : undefined;
  if (code === CELL.bWithA) return missing(from, to);
  if (code === CELL.aWithB && oneWayKnown) return missing(to, from);
  if ((code === CELL.none || code === CELL.aWithB) && mayAdd(from)) {
    return { from, to: [to], oneWay: false };
  }
  return undefined;
}

/** "Make friends" (or "Add x → y (one way)") opens Add friends prefilled with the selection; "Check again" re-checks the row. */
export function InspectorActions({
  offer,
  label,
  row,
  busy,
  onCheckAgain,
}: {
  offer: FriendingOffer | undefined;
  /** The offer's words when it is not the single-pair default. */
  label?: string;
  row: string;
  busy: boolean;
  onCheckAgain: (from: string) => void;
}) {
  const { t } = useTranslation('relationMatrix');
  return (
    <Group gap="xs">
      {offer && (
        <Button
          size="xs"
          component={Link}
          to={addFriendsPath({
            from: offer.from,
            to: offer.to,
            type: offer.oneWay ? 'single' : 'both',
          })}
          data-testid="matrix-make-friends"
        >
          {label ??
            (offer.oneWay
              ? t('inspector.addMissing', { from: offer.from, to: offer.to[0] ?? '' })
              : t('inspector.makeFriends'))}
        </Button>
      )}
      <Button size="xs" variant="default" onClick={() => onCheckAgain(row)} disabled={busy}>
        {t('inspector.checkAgain')}
      </Button>
    </Group>
  );
}
