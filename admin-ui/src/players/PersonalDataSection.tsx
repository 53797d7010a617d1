import { Button, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { Fact } from '../ui/Fact';
import { Section } from '../ui/Section';
import type { PersonalData, RevealedPersonalData } from './players-api';
import { RevealPersonalDataButton } from './RevealPersonalDataButton';

/** A value as shown: monospace and dimmed while masked, a dash when the player has not given it. */
function Shown({ value, masked }: { value: string | undefined; masked: boolean }) {
  if (!value)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Text span size="sm" ff={masked ? 'monospace' : undefined} c={masked ? 'dimmed' : undefined}>
      {value}
    </Text>
  );
}

/**
 * The player's personal data, masked for every role; an officer who may read it reveals it here, one player at a
 * time, and the audit log records who saw which fields when.
 */
export function PersonalDataSection({
  playerId,
  masked,
  maskedDateOfBirth,
}: {
  playerId: string;
  masked: PersonalData | null;
  maskedDateOfBirth: string;
}) {
  const [revealed, setRevealed] = useState<RevealedPersonalData | null>(null);
  const data: PersonalData = revealed ?? masked ?? {};
  const isMasked = revealed === null;
  const address = data.address
    ? [...data.address.lines, data.address.city, data.address.postcode, data.address.country].join(', ')
    : undefined;
  return (
    <Section
      title="Personal data"
      testId="player-personal-data"
      description={
        isMasked
          ? 'Masked. Revealing it is recorded in the audit log.'
          : 'Shown in clear: this reading is recorded in the audit log.'
      }
      actions={
        isMasked ? (
          <RevealPersonalDataButton playerId={playerId} onRevealed={setRevealed} />
        ) : (
          <Button variant="subtle" size="xs" onClick={() => setRevealed(null)}>
            Mask again
          </Button>
        )
      }
    >
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Fact label="Name" testId="player-name">
          <Shown value={[data.givenName, data.familyName].filter(Boolean).join(' ')} masked={isMasked} />
        </Fact>
        <Fact label="Email" testId="player-email">
          <Shown value={data.email} masked={isMasked} />
        </Fact>
        <Fact label="Phone" testId="player-phone">
          <Shown value={data.phone} masked={isMasked} />
        </Fact>
        <Fact label="Address" testId="player-address">
          <Shown value={address} masked={isMasked} />
        </Fact>
        <Fact label="Date of birth" testId="player-date-of-birth">
          <Shown value={revealed?.dateOfBirth ?? maskedDateOfBirth} masked={isMasked} />
        </Fact>
      </SimpleGrid>
    </Section>
  );
}
