/**
 * A mail's text with its links. The demo mailbox shows mail the API wrote for the practice's
 * public address (PUBLIC_URL), which is not always where this app is open (another port in
 * development and tests): links to the app's own pages open here, in this app, as the path they
 * name; other links stay plain text, so nothing in a mail takes the reader to another site.
 */

export type MailTextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; to: string };

/** The pages a mail links to: open without signing in (the token in the link is the credential). */
export const mailLinkPaths: readonly string[] = ['/accept-invitation', '/reset-password'];

const urlPattern = /https?:\/\/[^\s<>"']+/g;
// A sentence's full stop or a closing bracket after a link belongs to the sentence.
const trailingPunctuation = /[.,;:!?)\]]+$/;

/** The in-app path (with search) for a URL of one of the app's mail link pages; null otherwise. */
export function appPathForMailLink(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !mailLinkPaths.includes(url.pathname)
  ) {
    return null;
  }
  return `${url.pathname}${url.search}`;
}

/** The text cut into plain runs and links to the app's pages, in order. */
export function mailTextSegments(text: string): MailTextSegment[] {
  const segments: MailTextSegment[] = [];
  let plain = '';
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const raw = match[0];
    const href = raw.replace(trailingPunctuation, '');
    const to = appPathForMailLink(href);
    const start = match.index ?? 0;
    plain += text.slice(position, start);
    position = start + href.length;
    if (to) {
      if (plain) {
        segments.push({ kind: 'text', text: plain });
        plain = '';
      }
      segments.push({ kind: 'link', text: href, to });
    } else {
      plain += href;
    }
  }
  plain += text.slice(position);
  if (plain) {
    segments.push({ kind: 'text', text: plain });
  }
  return segments;
}

/** The first link of a mail to one of the app's pages (the invitation or reset link). */
export function firstMailLink(text: string | null | undefined): string | null {
  if (!text) {
    return null;
  }
  for (const segment of mailTextSegments(text)) {
    if (segment.kind === 'link') {
      return segment.to;
    }
  }
  return null;
}
