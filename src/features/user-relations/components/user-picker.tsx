import { Button, Group, Paper } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { accountId } from '@/shared/contract/common';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';
import { FormTextInput } from '@/shared/ui/form/form-text-input';

const UserForm = z.object({ user: z.string().trim().pipe(accountId('From_Account')) });
type UserForm = z.input<typeof UserForm>;

/** Which user's relations to show; a valid UserID goes to the URL, so the view can be shared. */
export function UserPicker({ user, onShow }: { user: string; onShow: (user: string) => void }) {
  const { t } = useTranslation('userRelations');
  const form = useForm<UserForm, unknown, z.output<typeof UserForm>>({
    resolver: translatedZodResolver(UserForm),
    values: { user },
  });
  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => onShow(values.user))(event)}
      >
        <Group align="flex-start" gap="md">
          <FormTextInput
            control={form.control}
            name="user"
            label={t('picker.label')}
            placeholder="alice"
            w={320}
          />
          <Button type="submit" mt={25} data-testid="show-relations">
            {t('picker.show')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
