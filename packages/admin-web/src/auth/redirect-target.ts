import { homePath, signInPath } from '../app/paths';

/**
 * Where to go after signing in. The sign-in page keeps the page that was asked for in its URL
 * (`/sign-in?next=%2Fstaff%3Fstatus%3Dactive`), and anyone can craft such a link, so the target
 * is only ever a path of this app: never another origin (`//evil.com`, `/\evil.com`,
 * `https://evil.com`), never a `javascript:` URL, never the sign-in page itself.
 */
export const redirectParam = 'next';

/** Any origin will do: it only lets the URL parser resolve paths the way a browser would. */
const appOrigin = 'https://caseload.invalid';

// Browsers drop tabs and newlines from URLs, so `/\t/evil.com` would become `//evil.com`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** The path, search and hash of `target` when it stays in this app; `homePath` otherwise. */
export function safeRedirectTarget(target: string | null | undefined): string {
  if (
    !target?.startsWith('/') ||
    target.startsWith('//') ||
    target.includes('\\') ||
    controlCharacters.test(target)
  ) {
    return homePath;
  }
  let url: URL;
  try {
    url = new URL(target, appOrigin);
  } catch {
    return homePath;
  }
  // Dot segments can still fold a path into a protocol-relative one: `/..//evil.com` is `//evil.com`.
  if (url.origin !== appOrigin || url.pathname.startsWith('//') || isSignInPath(url.pathname)) {
    return homePath;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

function isSignInPath(pathname: string): boolean {
  return pathname === signInPath || pathname.startsWith(`${signInPath}/`);
}

/** The sign-in page's address, remembering `target` unless it is where sign-in leads anyway. */
export function signInLocation(target?: string): string {
  const safeTarget = safeRedirectTarget(target);
  if (safeTarget === homePath || safeTarget === '/') {
    return signInPath;
  }
  return `${signInPath}?${new URLSearchParams({ [redirectParam]: safeTarget })}`;
}

/** Where the sign-in page at this search string leads once signed in. */
export function redirectTargetFromSearch(search: string): string {
  return safeRedirectTarget(new URLSearchParams(search).get(redirectParam));
}

/** The address of the page being shown, as a redirect target. */
export function currentTarget(location: { pathname: string; search: string; hash: string }) {
  return `${location.pathname}${location.search}${location.hash}`;
}
