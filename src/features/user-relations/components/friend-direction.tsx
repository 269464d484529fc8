import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Relation } from '@/shared/contract/friend-check';

/** A friend's direction from friend_check: both lists hold each other, or only the user's. */
export function FriendDirection({
  user,
  friend,
  relation,
}: {
  user: string;
  friend: string;
  relation: Relation | undefined;
}) {
  const { t } = useTranslation('userRelations');
  if (relation === undefined) return null;
  const bothWays = relation === 'CheckResult_Type_BothWay';
  const explanation = bothWays
    ? t('direction.bothHelp', { user, friend })
    : t('direction.oneHelp', { user, friend });
  return (
    <Tooltip label={`${explanation} · ${relation}`} withArrow>
      <Badge
        variant="light"
        color={bothWays ? 'teal' : 'orange'}
        tt="none"
        data-relation={relation}
      >
        {bothWays ? t('direction.both') : t('direction.one')}
      </Badge>
    </Tooltip>
  );
}
