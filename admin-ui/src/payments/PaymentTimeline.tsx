import { Text, Timeline } from '@mantine/core';
import type { TimelineEvent } from './payments-api';
import { ActorName } from '../admin/ActorName';
import { roleLabel } from '../admin/role-labels';
import { DateTime } from '../ui/DateTime';

const BAD_EVENTS = /REJECT|DECLIN|FAIL|REFUS|CANCEL|NEEDS_ATTENTION|ESCALATED/;
const GOOD_EVENTS = /PAID|CREDITED|APPROV|SUCCESS/;

/** camelCase → words: `pspReference` → "psp reference". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(describeValue).join(' → ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The detail of one step in words: who decided in which role, what a PSP answered, where the payout went. */
function detailText(event: TimelineEvent): string | undefined {
  const detail = event.detail ?? {};
  const parts: string[] = [];
  if (typeof detail.role === 'string') parts.push(`as ${roleLabel(detail.role)}`);
  if (typeof detail.reason === 'string' && detail.reason) parts.push(`“${detail.reason}”`);
  const risk = detail.risk as { level?: string; reasons?: string[] } | undefined;
  if (risk?.level) parts.push(`risk ${risk.level}${risk.reasons?.length ? `: ${risk.reasons.join('; ')}` : ''}`);
  for (const [key, value] of Object.entries(detail)) {
    if (['role', 'reason', 'risk', 'amountMinor', 'currency'].includes(key)) continue;
    if (key === 'latencyMs' && typeof value === 'number') parts.push(`latency ${value} ms`);
    else parts.push(`${words(key)} ${describeValue(value)}`);
  }
  return parts.length ? parts.join(' · ') : undefined;
}

/** The payment's story from the read model: every step the saga recorded, with who acted and when. */
export function PaymentTimeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No steps recorded yet.
      </Text>
    );
  }
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="payment-timeline">
      {events.map((event, index) => {
        const color = BAD_EVENTS.test(event.type) ? 'red' : GOOD_EVENTS.test(event.type) ? 'teal' : undefined;
        const detail = detailText(event);
        return (
          <Timeline.Item
            key={`${event.type}-${index}`}
            color={color}
            title={
              <Text size="sm" fw={600}>
                {event.type.replaceAll('_', ' ')}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              <DateTime value={event.at} /> · <ActorName id={event.actor} name={event.actorName} />
            </Text>
            {detail && (
              <Text size="xs" mt={2} style={{ overflowWrap: 'anywhere' }}>
                {detail}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
