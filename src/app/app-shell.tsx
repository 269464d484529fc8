import { Alert, AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useMatches } from 'react-router';

import { useWriteAccess } from '@/api/session-query';
import { targetQuery } from '@/api/target-query';

import { ColorSchemeMenu } from './color-scheme-menu';
import { FaultsIndicator } from './faults-indicator';
import { LanguageSwitcher } from './language-switcher';
import type { ScreenHandle } from './router';
import { SessionBadge } from './session-badge';
import { TargetBadge } from './target-badge';
import { TimeZoneSetting } from './time-zone-setting';

const NAV_ITEMS = [
  { to: '/add', label: 'Add friends', description: 'friend_add' },
  { to: '/matrix', label: 'Relation matrix', description: 'friend_check' },
  { to: '/relations', label: 'Relations of a user', description: 'friend_get · black_list_get' },
  { to: '/accounts', label: 'Accounts', description: 'account_check · portrait' },
  { to: '/plans', label: 'Plans', description: 'declare, diff, apply' },
  { to: '/history', label: 'History', description: 'runs · writes · who and when' },
] as const;
const EMULATOR_ITEM = {
  to: '/emulator',
  label: 'Emulator',
  description: 'scenarios · faults · calls',
};

export function ConsoleShell() {
  const [opened, { toggle }] = useDisclosure();
  const { pathname } = useLocation();
  const { data: target } = useQuery(targetQuery);
  const items = target?.mode === 'emulator' ? [...NAV_ITEMS, EMULATOR_ITEM] : NAV_ITEMS;
  const { readOnlyReason } = useWriteAccess();
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
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h4">
              Friend Console
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              Tencent Cloud Chat relationship chain
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {target?.mode === 'emulator' && <FaultsIndicator />}
            <TargetBadge />
            <SessionBadge />
            <LanguageSwitcher />
            <TimeZoneSetting />
            <ColorSchemeMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            description={item.description}
            active={pathname.startsWith(item.to)}
            onClick={() => opened && toggle()}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {readOnlyReason && (
          <Alert color="gray" variant="light" mb="md" maw={1200} title={readOnlyReason}>
            You are signed in as a viewer: every screen reads, and the controls that change data are
            disabled. Ask for the operator role to change anything.
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** "Accounts · Friend Console": the deepest route's `handle.title`, so tabs and history say where. */
function useScreenTitle() {
  const matches = useMatches();
  const title = matches
    .map((match) => (match.handle as ScreenHandle | undefined)?.title)
    .filter(Boolean)
    .at(-1);
  useEffect(() => {
    document.title = title ? `${title} · Friend Console` : 'Friend Console';
  }, [title]);
}
