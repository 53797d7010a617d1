import { darken, luminance, type MantineTheme } from '@mantine/core';

/** WCAG 2.x AA for text under 18.66 px bold: every badge, button and table cell of the back office. */
const AA_CONTRAST = 4.5;

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The lightest shade from `from` up that reads at AA on `background`; where even shade 9 does not (orange, yellow,
 * green), shade 9 darkened just enough.
 */
function readableOn(shades: readonly string[], background: string, from: number): string {
  const shade = shades.slice(from).find((candidate) => contrast(candidate, background) >= AA_CONTRAST);
  if (shade) return shade;
  let color = shades[9]!;
  for (let amount = 0.05; contrast(color, background) < AA_CONTRAST && amount < 1; amount += 0.05) {
    color = darken(shades[9]!, amount);
  }
  return color;
}

/**
 * Mantine's light theme draws filled buttons, outline badges and coloured text in shade 6 and light badges in shade
 * 9 on shade 1: teal, orange, blue and red then read at 2.5 to 4.3:1, below AA. These variables pick, per colour,
 * a shade that reads at AA against the page's gray panels (so also against white), and white text on it.
 */
export function readableColorVariables(theme: MantineTheme): Record<string, string> {
  const panel = theme.colors.gray[1];
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    const onPanel = readableOn(shades, panel, 6);
    variables[`--mantine-color-${name}-filled`] = onPanel;
    variables[`--mantine-color-${name}-filled-hover`] = darken(onPanel, 0.1);
    variables[`--mantine-color-${name}-outline`] = onPanel;
    variables[`--mantine-color-${name}-text`] = onPanel;
    variables[`--mantine-color-${name}-light-color`] = readableOn(shades, shades[1]!, 9);
  }
  variables['--mantine-color-anchor'] = variables[`--mantine-color-${theme.primaryColor}-filled`]!;
  variables['--mantine-color-error'] = variables['--mantine-color-red-filled']!;
  return variables;
}
