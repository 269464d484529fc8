import { NativeSelect, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { browserTimeZone, knownTimeZones, setTimeZone, useTimeZone } from '@/shared/i18n';

/** The zone every time is shown in; teams at UTC+8 pick Asia/Shanghai whatever the machine says. */
export function TimeZoneSetting() {
  const { t } = useTranslation();
  const zone = useTimeZone();
  const local = browserTimeZone();
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <Tooltip label={t('timeZone.help')}>
      <NativeSelect
        size="xs"
        w={150}
        aria-label={t('timeZone.label')}
        data-testid="time-zone-setting"
        value={zone}
        onChange={(event) => setTimeZone(event.currentTarget.value)}
        data={zones.map((value) => ({
          value,
          label: value === local ? t('timeZone.browser', { zone: value }) : value,
        }))}
      />
    </Tooltip>
  );
}
