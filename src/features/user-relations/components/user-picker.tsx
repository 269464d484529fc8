import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { accountId } from '@/shared/contract/common';

const UserForm = z.object({ user: z.string().trim().pipe(accountId('From_Account')) });
type UserForm = z.input<typeof UserForm>;

/** Which user's relations to show; a valid UserID goes to the URL, so the view can be shared. */
export function UserPicker({ user, onShow }: { user: string; onShow: (user: string) => void }) {
  const form = useForm<UserForm, unknown, z.output<typeof UserForm>>({
    resolver: zodResolver(UserForm),
    values: { user },
  });
  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => onShow(values.user))(event)}
      >
        <Group align="flex-start" gap="md">
          <TextInput
            label="User · From_Account"
            placeholder="alice"
            w={320}
            {...form.register('user')}
            error={form.formState.errors.user?.message}
          />
          <Button type="submit" mt={25} data-testid="show-relations">
            Show relations
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
