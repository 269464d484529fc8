import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen's heading and the one dimmed line under it that says what the screen does. */
export function ScreenHeader({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div>
      <Title order={2}>{title}</Title>
      <Text c="dimmed" size="sm">
        {intro}
      </Text>
    </div>
  );
}
