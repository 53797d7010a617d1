import { Badge, Text, Timeline } from '@mantine/core';
import { StaffName } from '../StaffName';
import { DateTime } from '../../ui/DateTime';
import type { RgInterventionDetail } from '../rg-api';
import { INTERVENTION_LEVEL_LABEL, LEVEL_COLOR } from '../rg-labels';

const STEP_WORDS: Record<string, string> = {
  OPENED: 'Opened',
  LEVEL_REACHED: 'Level reached',
  MARKERS_ADDED: 'New markers of harm',
  CLAIMED: 'Claimed',
  INTERACTION_LOGGED: 'Interaction logged',
  ESCALATED: 'Escalated',
  ESCALATED_TO_SENIOR: 'Escalated to senior (SLA missed)',
  RESOLVED: 'Resolved',
};

/** The steps of one intervention, each with who acted and why. */
export function InterventionTimeline({ intervention }: { intervention: RgInterventionDetail }) {
  if (intervention.timeline.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No step recorded yet.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={intervention.timeline.length - 1}>
      {intervention.timeline.map((step, i) => (
        <Timeline.Item
          key={`${step.at}-${i}`}
          title={
            <>
              {STEP_WORDS[step.type] ?? step.type.replaceAll('_', ' ').toLowerCase()}{' '}
              <Badge size="xs" variant="light" color={LEVEL_COLOR[step.level] ?? 'gray'}>
                {INTERVENTION_LEVEL_LABEL[step.level] ?? `Level ${step.level}`}
              </Badge>
            </>
          }
        >
          <Text size="sm">{step.reason}</Text>
          <Text size="xs" c="dimmed">
            <DateTime value={step.at} /> · <StaffName id={step.actor} />
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
