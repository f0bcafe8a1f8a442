import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context';
import { loadMailConfig } from './mail.config';
import { OutboxMail } from './outbox-mail.entity';

interface MailSettings {
  publicUrl: string;
  /** False while no SMTP server is configured: queued mail then waits in the outbox. */
  delivering: boolean;
  /** Mail bodies carry sign-in links: they are logged only outside production. */
  logBodies: boolean;
}

/** Set once at start-up by `startMailDelivery`; read from the environment until then. */
let settings: MailSettings | undefined;

export function configureMail(next: MailSettings): void {
  settings = next;
}

function mailSettings(): MailSettings {
  settings ??= {
    publicUrl: loadMailConfig(process.env).publicUrl,
    delivering: false,
    logBodies: process.env.NODE_ENV !== 'production',
  };
  return settings;
}

/** Mail bodies hold sign-in links: outside production the admin mailbox shows them (demo). */
export function mailBodiesVisible(): boolean {
  return mailSettings().logBodies;
}

/** An absolute link into the app, e.g. `appLink('/accept-invitation', { token })`. */
export function appLink(path: string, query: Record<string, string>): string {
  const url = new URL(path, `${mailSettings().publicUrl}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

export interface QueuedMail {
  /** The practice the mail is about; null for mail about the account itself (password reset). */
  practiceId: string | null;
  to: string;
  subject: string;
  text: string;
}

/**
 * Queues a mail on the caller's transaction manager, so it is sent only if the change that causes
 * it commits (transactional outbox). The outbox worker delivers it; with no SMTP configured it
 * stays in the outbox and is logged, body included outside production, so a developer can follow
 * the link.
 */
export async function enqueueMail(
  manager: EntityManager,
  ctx: RequestContext,
  mail: QueuedMail,
): Promise<OutboxMail> {
  // The id is made here, with no RETURNING: row-level security lets a request queue an account
  // mail (no practice) but not read it back.
  const row = manager.create(OutboxMail, {
    id: randomUUID(),
    ...mail,
    html: null,
    status: 'QUEUED',
  });
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxMail)
    .values(row)
    .updateEntity(false)
    .execute();
  const { delivering, logBodies } = mailSettings();
  if (!delivering) {
    ctx.logger.info(
      { mailId: row.id, to: mail.to, subject: mail.subject, ...(logBodies && { text: mail.text }) },
      'mail queued; no SMTP server is configured, so it stays in the outbox',
    );
  }
  return row;
}
