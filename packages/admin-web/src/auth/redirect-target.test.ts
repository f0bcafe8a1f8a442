import { homePath } from '../app/paths';
import {
  currentTarget,
  redirectTargetFromSearch,
  safeRedirectTarget,
  signInLocation,
} from './redirect-target';

describe('safeRedirectTarget', () => {
  it('keeps a path of the app with its search and hash', () => {
    expect(safeRedirectTarget('/staff')).toBe('/staff');
    expect(safeRedirectTarget('/staff?status=on-hold&q=o%E2%80%99brien#top')).toBe(
      '/staff?status=on-hold&q=o%E2%80%99brien#top',
    );
    expect(safeRedirectTarget('/no-such-page')).toBe('/no-such-page');
  });

  it('goes to the roster when there is no target', () => {
    expect(safeRedirectTarget(null)).toBe(homePath);
    expect(safeRedirectTarget(undefined)).toBe(homePath);
    expect(safeRedirectTarget('')).toBe(homePath);
  });

  it.each([
    ['a protocol-relative URL', '//evil.com'],
    ['a protocol-relative URL with a path', '//evil.com/staff'],
    ['a backslash that browsers read as a slash', '/\\evil.com'],
    ['backslashes only', '\\\\evil.com'],
    ['an absolute URL', 'https://evil.com/staff'],
    ['an absolute URL of the app’s own scheme', 'http://127.0.0.1:4000/staff'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'staff'],
    ['a leading space', ' /staff'],
    ['a tab that browsers drop', '/\t/evil.com'],
    ['a newline that browsers drop', '/\n/evil.com'],
    ['dot segments that fold into //', '/..//evil.com'],
    ['encoded dot segments that fold into //', '/.%2e//evil.com'],
  ])('refuses %s', (_, target) => {
    expect(safeRedirectTarget(target)).toBe(homePath);
  });

  it('keeps encoded slashes as part of a path of the app', () => {
    expect(safeRedirectTarget('/%2F%2Fevil.com')).toBe('/%2F%2Fevil.com');
  });

  it('never leads back to the sign-in page', () => {
    expect(safeRedirectTarget('/sign-in')).toBe(homePath);
    expect(safeRedirectTarget('/sign-in?next=%2Fstaff')).toBe(homePath);
    expect(safeRedirectTarget('/staff/../sign-in')).toBe(homePath);
  });

  it('resolves dot segments the way the browser will', () => {
    expect(safeRedirectTarget('/roles/../staff?q=ada')).toBe('/staff?q=ada');
  });
});

describe('signInLocation', () => {
  it('remembers the page asked for', () => {
    expect(signInLocation('/staff?status=active')).toBe('/sign-in?next=%2Fstaff%3Fstatus%3Dactive');
  });

  it('keeps plain addresses plain when sign-in leads to the roster anyway', () => {
    expect(signInLocation()).toBe('/sign-in');
    expect(signInLocation('/')).toBe('/sign-in');
    expect(signInLocation(homePath)).toBe('/sign-in');
    expect(signInLocation('//evil.com')).toBe('/sign-in');
  });

  it('round-trips through the sign-in page’s search string', () => {
    for (const target of [
      '/staff?status=on-hold&after=YXJyYXk6MjQ%3D',
      '/roles#owner',
      '/x?a=1&a=2',
    ]) {
      const [, search = ''] = signInLocation(target).split('?');
      expect(redirectTargetFromSearch(`?${search}`)).toBe(target);
    }
  });
});

describe('redirectTargetFromSearch', () => {
  it('sanitises what the URL says', () => {
    expect(redirectTargetFromSearch('?next=%2F%2Fevil.com')).toBe(homePath);
    expect(redirectTargetFromSearch('?next=https%3A%2F%2Fevil.com')).toBe(homePath);
    expect(redirectTargetFromSearch('')).toBe(homePath);
    expect(redirectTargetFromSearch('?next=%2Froles')).toBe('/roles');
  });
});

describe('currentTarget', () => {
  it('joins the parts of a location', () => {
    expect(currentTarget({ pathname: '/staff', search: '?q=ada', hash: '#top' })).toBe(
      '/staff?q=ada#top',
    );
  });
});
