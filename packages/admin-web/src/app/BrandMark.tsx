import { Group, Text } from '@mantine/core';

/** The Caseload mark (the favicon's) and name. */
export function BrandMark({ size = 28, inverted = false }: { size?: number; inverted?: boolean }) {
  return (
    <Group gap={10} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect
          width="32"
          height="32"
          rx="7"
          fill={inverted ? '#fff' : 'var(--mantine-color-blue-8)'}
        />
        <path
          d="M21.5 11.2a7 7 0 1 0 0 9.6"
          fill="none"
          stroke={inverted ? 'var(--mantine-color-blue-8)' : '#fff'}
          strokeWidth="3.2"
          strokeLinecap="round"
        />
      </svg>
      <Text component="span" fw={700} fz={size * 0.64} lh={1} c={inverted ? 'white' : undefined}>
        Caseload
      </Text>
    </Group>
  );
}
