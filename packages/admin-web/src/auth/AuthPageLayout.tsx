import { Center, List, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { BrandMark } from '../app/BrandMark';
import classes from './SignInPage.module.css';

const brandFeatures = [
  'Staff roster, invitations and statuses',
  'Roles and permissions, with every decision explained',
  'Caseloads, reassignment and supervision',
  'An activity log of every change',
];

interface AuthPageLayoutProps {
  children: ReactNode;
  /** A wider card, for content that needs room (a QR code beside its instructions). */
  wide?: boolean;
  /** Below the card: a word about trust, unless a page says something else. */
  footer?: ReactNode;
}

/**
 * The frame of the pages outside the app: signing in, the steps owed before entering it (a new
 * password, two-step sign-in), and the pages reached from emailed links. The brand panel shows
 * beside the card where there is room.
 */
export function AuthPageLayout({ children, wide = false, footer }: AuthPageLayoutProps) {
  return (
    <div className={classes.page}>
      <aside className={classes.brand} aria-label="About Caseload">
        <BrandMark size={32} inverted />
        <Stack gap="lg" maw={440}>
          <Title order={2} c="white" fz={30} lh={1.25}>
            The people side of your practice, in one place.
          </Title>
          <List
            spacing="sm"
            icon={
              <ThemeIcon size={22} radius="xl" color="white" c="blue.9" aria-hidden>
                <IconCheck size={14} stroke={3} />
              </ThemeIcon>
            }
          >
            {brandFeatures.map((feature) => (
              <List.Item key={feature} className={classes.brandFeature}>
                {feature}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Text size="sm" c="rgb(255 255 255 / 0.75)">
          For practice owners, managers, clinicians and their teams.
        </Text>
      </aside>

      <main className={classes.formColumn}>
        <Stack className={wide ? classes.wideCard : classes.formCard} gap="lg">
          <Center hiddenFrom="md">
            <BrandMark size={32} />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 32 }}>
            {children}
          </Paper>
          {footer ?? (
            <Text size="xs" c="gray.7" ta="center">
              Caseload holds confidential client information. Sign in only on a device you trust,
              and sign out when you are done.
            </Text>
          )}
        </Stack>
      </main>
    </div>
  );
}

/** Full-page loading, for the pages outside the app. */
export function AuthPageLoading({ label = 'Loading Caseload' }: { label?: string }) {
  return (
    <Center mih="100dvh" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}
