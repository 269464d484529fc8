import { Button, Menu, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SCHEMES = [
  { value: 'auto', label: 'common:colorScheme.auto' },
  { value: 'light', label: 'common:colorScheme.light' },
  { value: 'dark', label: 'common:colorScheme.dark' },
] as const;

/** Light, dark, or following the system (the default); Mantine keeps the choice in localStorage. */
export function ColorSchemeMenu() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { t } = useTranslation(['common']);
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[0];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          aria-label={t('colorScheme.label', { scheme: t(current.label) })}
          data-testid="color-scheme-menu"
          data-color-scheme={current.value}
        >
          {t('colorScheme.button', { scheme: t(current.label) })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {SCHEMES.map((scheme) => (
          <Menu.Item
            key={scheme.value}
            onClick={() => setColorScheme(scheme.value)}
            fw={scheme.value === colorScheme ? 700 : undefined}
          >
            {scheme.value === colorScheme
              ? t('colorScheme.current', { scheme: t(scheme.label) })
              : t(scheme.label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
