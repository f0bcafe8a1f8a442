import type { Permission } from '@caseload/shared';
import { homePagePath } from './home-page';

const Page = () => null;
const dashboard = { path: '/dashboard', component: Page, permission: 'staff.view' as Permission };
const settings = {
  path: '/settings',
  component: Page,
  permission: 'practice.settings' as Permission,
};
const pages = [dashboard, { path: '/contacts' }, { path: '/clients', component: Page }, settings];

describe('homePagePath', () => {
  it('leads to the first built page the member may open', () => {
    expect(homePagePath(pages, () => true, '/account')).toBe('/dashboard');
    expect(homePagePath(pages, (permission) => permission !== 'staff.view', '/account')).toBe(
      '/clients',
    );
  });

  it('falls back when no page opens for the member', () => {
    expect(homePagePath([dashboard, settings], () => false, '/account')).toBe('/account');
  });
});
