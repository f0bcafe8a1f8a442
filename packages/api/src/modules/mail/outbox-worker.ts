import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';

/** First retry after 30 s, doubling each time, never more than an hour apart. */
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;
/** After this many tries (about a day of retries) a mail is marked FAILED, and kept. */
export const MAX_ATTEMPTS = 30;
/** A claimed mail is not claimed again for this long, even if its worker dies mid-send. */
const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_MS);
}

interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

export interface OutboxWorkerOptions {
  dataSource: DataSource;
  transport: Pick<Transporter, 'sendMail' | 'close'>;
  from: string;
  logger: Logger;
  pollIntervalMs?: number;
  now?: () => Date;
}

/** What happened to each mail a pass looked at. */
export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers QUEUED outbox mail over SMTP. Any number of API copies may run one: a mail is claimed
 * (`FOR UPDATE SKIP LOCKED`, then a lease) before it is sent, so two workers never send it at once.
 * Delivery is at least once: a worker that dies after sending but before recording it sends again
 * when the lease ends, with the same Message-ID so mail clients can drop the duplicate.
 */
export class OutboxWorker {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Sends every mail that is due now, once; what the poll loop runs. */
  async deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    const claimed = await this.claimDue();
    for (const mail of claimed) report[await this.deliver(mail)] += 1;
    return report;
  }

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.deliverDue().catch((error: unknown) =>
        this.options.logger.error({ err: error }, 'outbox pass failed; trying again later'),
      );
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.options.pollIntervalMs ?? 5000);
    };
    void loop();
  }

  /** Stops polling, waits for the pass in flight, and closes the SMTP connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.options.transport.close();
  }

  private async claimDue(): Promise<ClaimedMail[]> {
    const now = this.now();
    const [rows] = await this.options.dataSource.query(
      `UPDATE outbox_mail SET "nextAttemptAt" = $2
        WHERE id IN (SELECT id FROM outbox_mail
                      WHERE status = 'QUEUED' AND "nextAttemptAt" <= $1
                      ORDER BY "nextAttemptAt" LIMIT ${BATCH_SIZE}
                      FOR UPDATE SKIP LOCKED)
        RETURNING id, "to", subject, text, html, attempts`,
      [now, new Date(now.getTime() + CLAIM_LEASE_MS)],
    );
    return rows as ClaimedMail[];
  }

  private async deliver(mail: ClaimedMail): Promise<keyof DeliveryReport> {
    const attempts = mail.attempts + 1;
    try {
      await this.options.transport.sendMail({
        from: this.options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html && { html: mail.html }),
        messageId: `<${mail.id}@caseload.outbox>`,
      });
    } catch (error) {
      const permanent = isPermanentRefusal(error) || attempts >= MAX_ATTEMPTS;
      const lastError = describe(error);
      await this.options.dataSource.query(
        `UPDATE outbox_mail SET status = $2, attempts = $3, "lastError" = $4, "nextAttemptAt" = $5
          WHERE id = $1`,
        [
          mail.id,
          permanent ? 'FAILED' : 'QUEUED',
          attempts,
          lastError,
          new Date(this.now().getTime() + retryDelayMs(attempts)),
        ],
      );
      this.options.logger.warn(
        { mailId: mail.id, attempts, error: lastError },
        permanent ? 'mail could not be delivered; marked FAILED' : 'mail not delivered; will retry',
      );
      return permanent ? 'failed' : 'retrying';
    }
    await this.options.dataSource.query(
      `UPDATE outbox_mail SET status = 'SENT', attempts = $2, "sentAt" = $3, "lastError" = NULL
        WHERE id = $1`,
      [mail.id, attempts, this.now()],
    );
    this.options.logger.info({ mailId: mail.id, attempts }, 'mail sent');
    return 'sent';
  }
}

/** A 5xx SMTP reply (no such mailbox, message refused): sending again would not help. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 2000);
}
