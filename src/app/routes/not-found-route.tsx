import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <Stack gap="xs">
      <Title order={2}>Page not found</Title>
      <Text>
        There is no screen at this address. Go to{' '}
        <Anchor component={Link} to="/add">
          Add friends
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
