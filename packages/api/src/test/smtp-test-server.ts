import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The sender's address, without the display name. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/** A real SMTP server on a free loopback port, keeping what it receives in memory. */
export interface TestSmtpServer {
  /** For SMTP_URL: `smtp://127.0.0.1:<port>`. */
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `times` recipients with this SMTP reply (4xx: try later; 5xx: never). */
  refuse(responseCode: number, message: string, times?: number): void;
  /** Resolves with the first mail (already received or still to come) that matches. */
  waitFor(matches: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpTestServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusal: { responseCode: number; message: string; times: number } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusal && refusal.times > 0) {
        refusal.times -= 1;
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.responseCode }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const recipients = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
          received.push({
            from: parsed.from?.value[0]?.address ?? '',
            to: recipients.flatMap((to) => to.value.map((address) => address.address ?? '')),
            subject: parsed.subject ?? '',
            // The MIME encoding ends the body with a line break the sender did not write.
            text: (parsed.text ?? '').replace(/\n$/, ''),
            messageId: parsed.messageId ?? '',
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(responseCode, message, times = 1) {
      refusal = { responseCode, message, times };
    },
    waitFor(matches, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = received.find(matches);
          if (!mail) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching mail within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
