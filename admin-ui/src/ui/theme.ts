import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { readableColorVariables } from './readable-colors';

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
    // A wide table scrolls sideways; keyboard users must be able to focus it to scroll it (WCAG 2.1.1).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    // Shown on keyboard focus as on hover, and gone when focus moves on (WCAG 1.4.13): Mantine listens to hover only.
    Tooltip: { defaultProps: { withArrow: true, openDelay: 250, events: { hover: true, focus: true, touch: false } } },
    // Mantine's close button is an icon without a name; a screen reader would announce just "button".
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Mantine draws a dialog's title bar as <header>, a second banner landmark beside the page's own.
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

/**
 * Mantine's dimmed text (gray.6) reads at 3.3:1 on white and 3:1 on the gray panels, below WCAG AA's 4.5:1 for
 * small text; gray.7 reads at 8:1 and still sets secondary text apart from the black body text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { ...readableColorVariables(resolved), '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
