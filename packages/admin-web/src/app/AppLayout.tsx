import { AppShell, Burger, Center, Group, Loader, NavLink, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet, NavLink as RouterNavLink, useMatch } from 'react-router';
import { hasPermission, useViewer } from '../auth/viewer-context';
import classes from './AppLayout.module.css';
import { BrandMark } from './BrandMark';
import { PracticeSwitcher } from './PracticeSwitcher';
import { type AppPage, appPages } from './pages';
import { UserMenu } from './UserMenu';

const mainContentId = 'main-content';
const navigationId = 'app-navigation';

/**
 * The frame around every page: header (the practice acted for, the signed-in member's menu),
 * page navigation, and the page itself.
 */
export function AppLayout() {
  const [navigationOpened, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure();
  const viewer = useViewer();
  const theme = useMantineTheme();
  const isNarrowScreen = useMediaQuery(`(width < ${theme.breakpoints.sm})`);
  // On narrow screens the closed navigation only slides off-screen: keep its links out of the tab order.
  const isNavigationHidden = isNarrowScreen && !navigationOpened;

  return (
    <>
      <a href={`#${mainContentId}`} className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="md" wrap="nowrap" miw={0}>
              <Burger
                opened={navigationOpened}
                onClick={toggleNavigation}
                hiddenFrom="sm"
                size="sm"
                aria-label={navigationOpened ? 'Close navigation' : 'Open navigation'}
                aria-expanded={navigationOpened}
                aria-controls={navigationId}
              />
              <BrandMark size={26} />
              <PracticeSwitcher />
            </Group>
            <UserMenu />
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id={navigationId} aria-label="Pages" p="xs" inert={isNavigationHidden}>
          {appPages
            // Only what the member may open: a link to a locked page is an offer then refused.
            .filter((page) =>
              [page.permission, page.navPermission].every(
                (needed) => !needed || hasPermission(viewer, needed),
              ),
            )
            .map((page) => (
              <AppNavigationLink key={page.path} page={page} onNavigate={closeNavigation} />
            ))}
        </AppShell.Navbar>

        <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
          <Suspense
            fallback={
              <Center py="xl" role="status" aria-label="Loading page">
                <Loader />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

function AppNavigationLink({ page, onNavigate }: { page: AppPage; onNavigate: () => void }) {
  // React Router's NavLink sets aria-current="page"; Mantine needs `active` for the highlight.
  const isActive = useMatch({ path: page.path, end: false }) !== null;
  const PageIcon = page.icon;

  return (
    <NavLink
      component={RouterNavLink}
      to={page.path}
      label={page.label}
      leftSection={<PageIcon size={18} stroke={1.75} aria-hidden />}
      active={isActive}
      onClick={onNavigate}
    />
  );
}
