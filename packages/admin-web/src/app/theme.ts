import {
  Anchor,
  type CSSVariablesResolver,
  colorsTuple,
  createTheme,
  DEFAULT_THEME,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  Table,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light and outline badges, buttons and alerts write their text in the colour itself, which
 * Mantine's shades 6–9 do not keep at 4.5:1 on a light background (yellow never does): darken
 * that text until it does, for every colour alike.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'outline') {
    return defaults;
  }
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  const darkest = parsed.isThemeColor ? input.theme.colors[parsed.color]?.[9] : undefined;
  if (!darkest) {
    return defaults;
  }
  const text = darken(darkest, 0.35);
  return input.variant === 'outline'
    ? { ...defaults, color: text, border: `1px solid ${text}` }
    : { ...defaults, color: text, hoverColor: text };
};

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and tabs above WCAG AA contrast (5.2:1).
  primaryShade: 8,
  autoContrast: true,
  // Switches filled text to black where white would fall under 4.5:1 (background luminance above
  // 0.18), and black keeps 4.5:1 on anything that light.
  luminanceThreshold: 0.18,
  variantColorResolver,
  defaultRadius: 'md',
  // A ring on keyboard focus, none on mouse clicks: stated here because visible focus is a requirement.
  focusRing: 'auto',
  colors: {
    // Orange 9 is the app's warning text: Mantine's (#d9480f) is 4.3:1 on white, this is 5.3:1.
    orange: colorsTuple([...DEFAULT_THEME.colors.orange.slice(0, 9), '#bf400d']),
  },
  components: {
    // Links inside sentences must not be told apart by colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A table wider than the screen scrolls; keyboard users need to reach it to scroll it.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { type: 'native', tabIndex: 0 },
    }),
  },
});

/** Mantine's dimmed text (gray 6) is 3.3:1 on white: gray 7 keeps secondary text readable. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7] },
  dark: {},
});
