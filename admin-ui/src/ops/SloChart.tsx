import { Center, Text, useMantineTheme } from '@mantine/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SloIndicator } from './ops-api';
import { formatSloTick, formatSloValue } from './slo-format';

const CHART_HEIGHT = 180;
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const timeWithDay = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** One line per series key, the target as a dashed red line; a gap where an interval measured nothing. */
export function SloChart({ indicator }: { indicator: SloIndicator }) {
  const theme = useMantineTheme();
  const palette = [theme.colors.blue[4], theme.colors.indigo[7], theme.colors.grape[6], theme.colors.cyan[6]];
  const rows = indicator.series.map((point) => ({ t: Date.parse(point.at), count: point.count, ...point.values }));
  const measured = indicator.series.some((p) => Object.values(p.values).some((v) => v !== null));
  const threshold = indicator.target.threshold;
  if (!measured) {
    return (
      <Center h={CHART_HEIGHT} data-testid={`slo-chart-${indicator.id}`} data-empty="true">
        <Text size="sm" c="dimmed">
          Nothing measured in this window
        </Text>
      </Center>
    );
  }
  return (
    <div data-testid={`slo-chart-${indicator.id}`} data-empty="false" style={{ width: '100%', height: CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.colors.gray[2]} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => timeOfDay.format(t)}
            fontSize={11}
            minTickGap={24}
          />
          <YAxis
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatSloTick(v, indicator.unit)}
            fontSize={11}
            width={72}
          />
          <Tooltip
            labelFormatter={(t, payload) => {
              const measuredCount = (payload?.[0]?.payload as { count?: number | null } | undefined)?.count;
              const time = timeWithDay.format(Number(t));
              return typeof measuredCount === 'number' ? `${time}, ${measuredCount.toLocaleString()} measured` : time;
            }}
            formatter={(value) => formatSloValue(typeof value === 'number' ? value : null, indicator.unit)}
          />
          <Legend verticalAlign="top" height={22} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine
            y={threshold}
            stroke={theme.colors.red[6]}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: 'target', position: 'insideTopRight', fontSize: 11, fill: theme.colors.red[7] }}
          />
          {indicator.lines.map((line, i) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              type="monotone"
              stroke={palette[i % palette.length]}
              strokeWidth={i === indicator.lines.length - 1 ? 2 : 1.5}
              // Payments are sparse: an interval with a measurement between two without is a dot, not a line.
              dot={{ r: 2, fill: palette[i % palette.length] }}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
