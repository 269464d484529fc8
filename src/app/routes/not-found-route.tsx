import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2}>{t('screens.notFound')}</Title>
      <Text>
        <Trans
          i18nKey="notFound.body"
          components={{ home: <Anchor component={Link} to="/add" /> }}
          values={{ screen: t('screens.add') }}
        />
      </Text>
    </Stack>
  );
}
