import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { readableErrorMessage } from '../error-messages';

interface LoadErrorProps {
  /** What failed, e.g. "The clients could not be loaded". */
  title: string;
  error: ErrorLike;
  /** Loads again, usually the query's `refetch`. */
  onRetry: () => Promise<unknown>;
  /** Whether the load is running again, so the button shows it is busy. */
  retrying: boolean;
  /** The button's text, "Retry" unless the page words it otherwise. */
  retryLabel?: string;
}

/** What a page or panel shows in place of its content when its query failed: why, and a retry. */
export function LoadError({
  title,
  error,
  onRetry,
  retrying,
  retryLabel = 'Retry',
}: LoadErrorProps) {
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{readableErrorMessage(error)}</Text>
        <Button
          variant="default"
          size="xs"
          loading={retrying}
          // A failed retry shows up in `error` again; the rejected promise adds nothing.
          onClick={() => onRetry().catch(() => undefined)}
        >
          {retryLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
