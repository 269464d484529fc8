import { Button, Menu, useMantineColorScheme } from '@mantine/core';

const SCHEMES = [
  { value: 'auto', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

/** Light, dark, or following the system (the default); Mantine keeps the choice in localStorage. */
export function ColorSchemeMenu() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = SCHEMES.find((scheme) => scheme.value === colorScheme) ?? SCHEMES[0];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={`Colour scheme: ${current.label}`}>
          Theme: {current.label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {SCHEMES.map((scheme) => (
          <Menu.Item
            key={scheme.value}
            onClick={() => setColorScheme(scheme.value)}
            fw={scheme.value === colorScheme ? 700 : undefined}
          >
            {scheme.label}
            {scheme.value === colorScheme && ' (current)'}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
