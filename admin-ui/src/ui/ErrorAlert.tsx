import { Alert } from '@mantine/core';
import { describeError } from '../api/http';

/** A failure, in words the officer can act on (the API client turns problem codes into sentences). */
export function ErrorAlert({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert" mb="md">
      {describeError(error)}
    </Alert>
  );
}
