import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm, dense theme for people who read tables all day: one brand blue, system fonts, tabular figures.
const brand: MantineColorsTuple = [
  '#eef3ff',
  '#dce4fb',
  '#b6c6f1',
  '#8da6e8',
  '#6a8be1',
  '#5479dc',
  '#4770db',
  '#385fc3',
  '#2f54af',
  '#22479b',
];

export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  defaultRadius: 'sm',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: { fontWeight: '600' },
  components: {
    Table: { defaultProps: { verticalSpacing: 'xs', horizontalSpacing: 'sm', tabularNums: true } },
    // Badges clip their label by default; in auto-width table cells that shrinks them to "APPRO…".
    Badge: { defaultProps: { variant: 'light', radius: 'sm' }, styles: { root: { minWidth: 'max-content' } } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 250 } },
  },
});
