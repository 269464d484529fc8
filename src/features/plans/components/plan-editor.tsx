import { Alert, Button, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { describePlanProblems } from '@/shared/lib/plan-text';
import { downloadText } from '@/shared/ui/download';

import type { PlanSession } from '../use-plan-session';

const EXAMPLE = `# A plan: the friendships, blocks and settings these accounts should have.
mode: additive        # or exact: also remove what is not listed, among these accounts
ForceAddFlags: 1
accounts:
  - { UserID: qa1, AllowType: AllowType_Type_AllowAny }
  - qa2
  - qa3
friends:
  - [qa1, qa2]
  - [qa1, qa3, { direction: a-to-b, a: { Remark: three, GroupName: QA } }]
blocks:
  - [qa3, qa2]
`;

/** The plan's text: typed, uploaded or the example; its problems; download and review. */
export function PlanEditor({ editor, review }: Pick<PlanSession, 'editor' | 'review'>) {
  const { t } = useTranslation('plans');
  const { text, fileName, parsed, plan } = editor;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Textarea
          label={t('editor.label')}
          description={t('editor.description')}
          placeholder={EXAMPLE}
          autosize
          minRows={8}
          maxRows={20}
          // The plan in monospace; the label and description stay in the page's font.
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={text}
          onChange={(event) => editor.edit(event.currentTarget.value)}
          error={parsed && !parsed.ok ? t('editor.hasProblems') : undefined}
        />
        {parsed && !parsed.ok && (
          <Alert color="red" variant="light" title={t('editor.problemsTitle')} role="alert">
            <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
              {describePlanProblems(parsed.problems)}
            </Text>
          </Alert>
        )}
        <Group gap="sm">
          <FileButton onChange={(file) => void editor.upload(file)} accept=".json,.yaml,.yml">
            {(props) => (
              <Button variant="default" {...props}>
                {t('editor.upload')}
              </Button>
            )}
          </FileButton>
          <Button variant="default" onClick={() => editor.edit(EXAMPLE)}>
            {t('editor.example')}
          </Button>
          <Button
            variant="default"
            disabled={!text.trim()}
            onClick={() =>
              downloadText(
                fileName,
                text,
                fileName.endsWith('.json') ? 'application/json' : 'application/yaml',
              )
            }
          >
            {t('editor.download')}
          </Button>
          <Button disabled={!plan} loading={review.diff.isFetching} onClick={review.start}>
            {t('editor.review')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
