import { loadMailConfig } from './mail.config';

describe('mail configuration', () => {
  it('sends nothing by default: mail stays in the outbox and links point at the local API', () => {
    expect(loadMailConfig({})).toEqual({
      smtpUrl: undefined,
      from: 'Caseload <no-reply@caseload.invalid>',
      publicUrl: 'http://127.0.0.1:4000',
      pollIntervalMs: 5000,
    });
  });

  it('reads the SMTP server, sender and public address from the environment', () => {
    expect(
      loadMailConfig({
        SMTP_URL: 'smtps://mailer:secret@smtp.example.com:465',
        MAIL_FROM: 'Riverbend <no-reply@riverbend.example>',
        PUBLIC_URL: 'https://app.caseload.example/',
        MAIL_POLL_INTERVAL_MS: '1000',
      }),
    ).toEqual({
      smtpUrl: 'smtps://mailer:secret@smtp.example.com:465',
      from: 'Riverbend <no-reply@riverbend.example>',
      publicUrl: 'https://app.caseload.example',
      pollIntervalMs: 1000,
    });
  });

  it('refuses a poll interval that is not a sensible number', () => {
    expect(() => loadMailConfig({ MAIL_POLL_INTERVAL_MS: 'often' })).toThrow(
      /MAIL_POLL_INTERVAL_MS/,
    );
  });
});
