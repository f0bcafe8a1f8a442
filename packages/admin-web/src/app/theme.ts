import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and tabs above WCAG AA contrast (5.2:1).
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'md',
  // A ring on keyboard focus, none on mouse clicks: stated here because visible focus is a requirement.
  focusRing: 'auto',
});
