import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { targetQuery } from '@/api/target-query';

/** Always says where writes go: the emulator, or a real Tencent app (in a warning colour). */
export function TargetBadge() {
  const { data, isError } = useQuery(targetQuery);
  if (isError) {
    return (
      <Badge color="red" variant="filled" size="lg" data-testid="target-badge">
        Target unknown: proxy unreachable
      </Badge>
    );
  }
  if (!data) {
    return (
      <Badge color="gray" variant="light" size="lg" data-testid="target-badge">
        Connecting…
      </Badge>
    );
  }
  const isEmulator = data.mode === 'emulator';
  const label = isEmulator
    ? `Emulator · SDKAppID ${data.sdkAppId}`
    : `Tencent Chat · ${data.region} · SDKAppID ${data.sdkAppId}`;
  return (
    <Tooltip label={`Calls go to ${data.host} as ${data.admin}`}>
      <Badge
        color={isEmulator ? 'teal' : 'orange'}
        variant={isEmulator ? 'light' : 'filled'}
        size="lg"
        tt="none"
        data-testid="target-badge"
        data-target-mode={data.mode}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
