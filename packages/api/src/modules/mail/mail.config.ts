/** How mail leaves the outbox, and where the links inside mails point. */
export interface MailConfig {
  /**
   * An SMTP server as a URL (`smtp://user:pass@host:587`, `smtps://host:465`). Unset: mail stays
   * in the outbox (development and tests), where it is logged and the API can show it.
   */
  smtpUrl: string | undefined;
  /** The sender of every mail. */
  from: string;
  /** Where people reach the app: links in mails start here. */
  publicUrl: string;
  /** How often the outbox worker looks for mail that is due. */
  pollIntervalMs: number;
}

export function loadMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const pollIntervalMs = Number(env.MAIL_POLL_INTERVAL_MS ?? '5000');
  if (!Number.isInteger(pollIntervalMs) || pollIntervalMs < 100) {
    throw new Error(
      `MAIL_POLL_INTERVAL_MS must be a whole number of at least 100, not "${env.MAIL_POLL_INTERVAL_MS}"`,
    );
  }
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || 'Caseload <no-reply@caseload.invalid>',
    publicUrl: (env.PUBLIC_URL || 'http://127.0.0.1:4000').replace(/\/+$/, ''),
    pollIntervalMs,
  };
}
