import { SegmentedControl } from '@mantine/core';
import type { SloWindow } from './ops-api';

/** The windows the SLO report offers, shortest first. */
export const SLO_WINDOW_OPTIONS: { value: SloWindow; label: string }[] = [
  { value: '15m', label: '15 min' },
  { value: '1h', label: '1 h' },
  { value: '6h', label: '6 h' },
  { value: '24h', label: '24 h' },
];

/** Chooses how far back the SLO charts reach. */
export function SloWindowPicker({ value, onChange }: { value: SloWindow; onChange: (window: SloWindow) => void }) {
  return (
    <SegmentedControl
      size="xs"
      aria-label="SLO window"
      data-testid="slo-window"
      value={value}
      onChange={(next) => onChange(next as SloWindow)}
      data={SLO_WINDOW_OPTIONS}
    />
  );
}
