import nodemailer from 'nodemailer';
import pino from 'pino';
import { startSmtpTestServer, type TestSmtpServer } from '../../test/smtp-test-server';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { MAX_ATTEMPTS, OutboxWorker, retryDelayMs } from './outbox-worker';

let db: TestDatabase;
let smtp: TestSmtpServer;
let clock: Date;

beforeAll(async () => {
  [db, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
});

afterAll(async () => {
  await Promise.all([db?.destroy(), smtp?.close()]);
});

beforeEach(async () => {
  clock = new Date();
  smtp.received.length = 0;
  await db.dataSource.query('DELETE FROM outbox_mail');
});

function workerFor(smtpUrl: string): OutboxWorker {
  return new OutboxWorker({
    dataSource: db.dataSource,
    transport: nodemailer.createTransport(smtpUrl),
    from: 'Caseload <no-reply@caseload.test>',
    logger: pino({ level: 'silent' }),
    now: () => clock,
  });
}

async function queueMail(to = 'dana@example.test'): Promise<string> {
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO outbox_mail ("to", subject, text, "nextAttemptAt")
     VALUES ($1, 'You have been invited', 'Open this link: http://127.0.0.1:4000/x', $2)
     RETURNING id`,
    [to, new Date(clock.getTime() - 1000)],
  );
  return id;
}

async function row(id: string) {
  const [mail] = await db.dataSource.query(
    `SELECT status, attempts, "lastError", "nextAttemptAt", "sentAt" FROM outbox_mail WHERE id = $1`,
    [id],
  );
  return mail;
}

function minutesAfterClock(date: Date): number {
  return (date.getTime() - clock.getTime()) / 60_000;
}

describe('outbox worker', () => {
  it('delivers queued mail over SMTP and records it as sent', async () => {
    const id = await queueMail();
    expect(await workerFor(smtp.url).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toEqual([
      {
        from: 'no-reply@caseload.test',
        to: ['dana@example.test'],
        subject: 'You have been invited',
        text: 'Open this link: http://127.0.0.1:4000/x',
        messageId: `<${id}@caseload.outbox>`,
      },
    ]);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect((await row(id)).sentAt).toEqual(clock);
  });

  it('keeps a mail the server defers queued, retries it with growing gaps, then delivers it', async () => {
    const id = await queueMail();
    const worker = workerFor(smtp.url);
    smtp.refuse(451, 'Mailbox busy, try later', 2);

    expect(await worker.deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const first = await row(id);
    expect(first).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(first.lastError).toMatch(/451.*Mailbox busy/);
    expect(minutesAfterClock(first.nextAttemptAt)).toBe(0.5);

    // Not due yet: nothing is sent before the retry time.
    expect(await worker.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    clock = new Date(first.nextAttemptAt);
    expect(await worker.deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const second = await row(id);
    expect(second).toMatchObject({ status: 'QUEUED', attempts: 2 });
    expect(minutesAfterClock(second.nextAttemptAt)).toBe(1);

    clock = new Date(second.nextAttemptAt);
    expect(await worker.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps mail queued while the SMTP server cannot be reached', async () => {
    const unreachable = await startSmtpTestServer();
    await unreachable.close();
    const id = await queueMail();
    expect(await workerFor(unreachable.url).deliverDue()).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    const mail = await row(id);
    expect(mail).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('marks a mail the server refuses for good FAILED, and keeps it in the outbox', async () => {
    const id = await queueMail('nobody@example.test');
    smtp.refuse(550, 'No such user here');
    expect(await workerFor(smtp.url).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const mail = await row(id);
    expect(mail).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(mail.lastError).toMatch(/550.*No such user/);
    expect(smtp.received).toEqual([]);
  });

  it('gives up on a mail after its last try, spacing tries at most an hour apart', async () => {
    expect([1, 2, 3, 8, 20].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 3_600_000, 3_600_000,
    ]);
    const id = await queueMail();
    await db.dataSource.query('UPDATE outbox_mail SET attempts = $2 WHERE id = $1', [
      id,
      MAX_ATTEMPTS - 1,
    ]);
    smtp.refuse(421, 'Service not available');
    expect(await workerFor(smtp.url).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  });

  it('sends each mail once when several workers (API copies) run at the same time', async () => {
    const ids = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((name) => queueMail(`${name}@example.test`)),
    );
    const workers = [workerFor(smtp.url), workerFor(smtp.url), workerFor(smtp.url)];
    const reports = await Promise.all(workers.map((worker) => worker.deliverDue()));
    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(5);
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual([
      'a@example.test',
      'b@example.test',
      'c@example.test',
      'd@example.test',
      'e@example.test',
    ]);
    for (const id of ids) expect((await row(id)).status).toBe('SENT');
  });

  it('polls on its own once started, and stops cleanly', async () => {
    const worker = new OutboxWorker({
      dataSource: db.dataSource,
      transport: nodemailer.createTransport(smtp.url),
      from: 'Caseload <no-reply@caseload.test>',
      logger: pino({ level: 'silent' }),
      pollIntervalMs: 100,
    });
    worker.start();
    try {
      await queueMail('polled@example.test');
      await smtp.waitFor((mail) => mail.to.includes('polled@example.test'));
    } finally {
      await worker.stop();
    }
  });
});
