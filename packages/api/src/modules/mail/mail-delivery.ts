import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Environment } from '../../config';
import type { Logger } from '../../logger';
import type { MailConfig } from './mail.config';
import { configureMail } from './mail.service';
import { OutboxWorker } from './outbox-worker';

export interface MailDelivery {
  stop(): Promise<void>;
}

/**
 * Configures mail for this process and, when an SMTP server is configured, starts the outbox
 * worker. Without one, mail stays in the outbox (logged, and shown to admins in development).
 */
export function startMailDelivery({
  config,
  logger,
  dataSource,
}: {
  config: { mail: MailConfig; environment: Environment };
  logger: Logger;
  dataSource: DataSource;
}): MailDelivery {
  const { mail, environment } = config;
  configureMail({
    publicUrl: mail.publicUrl,
    delivering: Boolean(mail.smtpUrl),
    logBodies: environment !== 'production',
  });
  if (!mail.smtpUrl) {
    if (environment === 'production') {
      logger.warn('SMTP_URL is not set: mail is queued in the outbox but not sent');
    }
    return { stop: async () => {} };
  }
  const worker = new OutboxWorker({
    dataSource,
    transport: nodemailer.createTransport(mail.smtpUrl),
    from: mail.from,
    logger: logger.child({ component: 'outbox' }),
    pollIntervalMs: mail.pollIntervalMs,
  });
  worker.start();
  logger.info({ pollIntervalMs: mail.pollIntervalMs }, 'outbox worker delivering mail over SMTP');
  return { stop: () => worker.stop() };
}
