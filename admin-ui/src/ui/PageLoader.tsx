import { Center, Loader } from '@mantine/core';

/** The placeholder of a screen whose data is on its way. */
export function PageLoader() {
  return (
    <Center py={80}>
      <Loader size="md" aria-label="Loading" />
    </Center>
  );
}
