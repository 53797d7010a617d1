/** A history event as `historyToJSON` writes it (the recorded histories' format), reduced to what a shape needs. */
export interface RecordedEvent {
  eventType: string;
  activityTaskScheduledEventAttributes?: { startToCloseTimeout?: string; heartbeatTimeout?: string };
  upsertWorkflowSearchAttributesEventAttributes?: { searchAttributes?: { indexedFields?: Record<string, unknown> } };
}

const IGNORED = /^EVENT_TYPE_(WORKFLOW_TASK_(SCHEDULED|STARTED|TIMED_OUT|FAILED)|ACTIVITY_TASK_STARTED)$/;

/**
 * What a workflow asked of Temporal, in order: its commands' events (an activity with its preset's timeouts, a
 * local activity's marker, an upsert with its key count, a timer), the signals it got and its completed workflow
 * tasks. Left out: what a killed worker or a retry adds (task starts, timed-out workflow tasks).
 */
export function shapeOf(events: RecordedEvent[]): string[] {
  return events
    .filter((event) => !IGNORED.test(event.eventType))
    .map((event) => {
      const type = event.eventType.replace(/^EVENT_TYPE_/, '');
      const activity = event.activityTaskScheduledEventAttributes;
      if (activity) return `${type} ${activity.startToCloseTimeout}/${activity.heartbeatTimeout}`;
      const upsert = event.upsertWorkflowSearchAttributesEventAttributes;
      if (upsert) return `${type} ${Object.keys(upsert.searchAttributes?.indexedFields ?? {}).length} keys`;
      return type;
    });
}
