import { Alert, AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches } from 'react-router';

import { useWriteAccess } from '@/api/session-query';
import { targetQuery } from '@/api/target-query';

import classes from './app-shell.module.css';
import { ColorSchemeMenu } from './color-scheme-menu';
import { FaultsIndicator } from './faults-indicator';
import { LanguageSwitcher } from './language-switcher';
import type { ScreenHandle } from './router';
import { SessionBadge } from './session-badge';
import { TabCallsButton } from './tab-calls-drawer';
import { TargetBadge } from './target-badge';
import { TimeZoneSetting } from './time-zone-setting';

/** `api` names Tencent's APIs and stays as it is; `hint` is ours and is translated. */
const NAV_ITEMS = [
  { to: '/add', label: 'common:screens.add', api: 'friend_add' },
  { to: '/matrix', label: 'common:screens.matrix', api: 'friend_check' },
  { to: '/relations', label: 'common:screens.relations', api: 'friend_get · black_list_get' },
  { to: '/accounts', label: 'common:screens.accounts', api: 'account_check · portrait' },
  { to: '/plans', label: 'common:screens.plans', hint: 'common:nav.plansHint' },
  { to: '/history', label: 'common:screens.history', hint: 'common:nav.historyHint' },
] as const;
const EMULATOR_ITEM = {
  to: '/emulator',
  label: 'common:screens.emulator',
  hint: 'common:nav.emulatorHint',
} as const;

export function ConsoleShell() {
  const [opened, { toggle }] = useDisclosure();
  const { pathname } = useLocation();
  const { data: target } = useQuery(targetQuery);
  const items = target?.mode === 'emulator' ? [...NAV_ITEMS, EMULATOR_ITEM] : NAV_ITEMS;
  const { readOnlyReason } = useWriteAccess();
  const { t } = useTranslation(['common']);
  useScreenTitle();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              {t('shell.productName')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="xl" style={{ whiteSpace: 'nowrap' }}>
              {t('shell.tagline')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" className={classes.tools}>
            {target?.mode === 'emulator' && <FaultsIndicator />}
            <TargetBadge />
            <SessionBadge />
            <TabCallsButton />
            <LanguageSwitcher />
            <TimeZoneSetting />
            <ColorSchemeMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.mainNavigation')}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            description={'api' in item ? item.api : t(item.hint)}
            active={pathname.startsWith(item.to)}
            onClick={() => opened && toggle()}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {readOnlyReason && (
          <Alert color="gray" variant="light" mb="md" maw={1200} title={readOnlyReason}>
            {t('shell.viewerNotice')}
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** "Accounts · Friend Console": the deepest route's `handle.title`, so tabs and history say where. */
function useScreenTitle() {
  const { t } = useTranslation(['common']);
  const matches = useMatches();
  const titleKey = matches
    .map((match) => (match.handle as ScreenHandle | undefined)?.title)
    .filter(Boolean)
    .at(-1);
  const product = t('shell.productName');
  const title = titleKey ? `${t(titleKey)} · ${product}` : product;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
