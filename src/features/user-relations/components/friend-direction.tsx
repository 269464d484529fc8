import { Badge, Tooltip } from '@mantine/core';

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
  if (relation === undefined) return null;
  const bothWays = relation === 'CheckResult_Type_BothWay';
  const explanation = bothWays
    ? `${user} and ${friend} are in each other’s lists`
    : `${friend} is in ${user}’s list, but ${user} is not in ${friend}’s`;
  return (
    <Tooltip label={`${explanation} · ${relation}`} withArrow>
      <Badge
        variant="light"
        color={bothWays ? 'teal' : 'orange'}
        tt="none"
        data-relation={relation}
      >
        {bothWays ? 'Both ways' : 'One way'}
      </Badge>
    </Tooltip>
  );
}
