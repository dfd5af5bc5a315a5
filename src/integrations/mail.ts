/**
 * Outgoing e-mail (receipt confirmations, outcomes, statements of reasons). The default transport
 * writes RFC 5322 messages into a directory (a drop folder for the marketplace's mail relay, and
 * what tests and the demo read); the webhook transport asks the marketplace to send instead.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  language?: string | null;
}

export interface MailTransport {
  send(m: MailMessage): Promise<void>;
}

const header = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`);

export class DirectoryMailTransport implements MailTransport {
  constructor(private readonly dir: string, private readonly from: string) {}

  async send(m: MailMessage): Promise<void> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const body = [
      `Message-ID: <${m.id}@vigil>`, `From: ${this.from}`, `To: ${m.to}`, `Subject: ${header(m.subject)}`,
      ...(m.language ? [`Content-Language: ${m.language}`] : []),
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', m.text, '',
    ].join('\r\n');
    const file = path.join(this.dir, `${m.id}.eml`);
    // Same id, same file: a repeated delivery overwrites instead of duplicating.
    writeFileSync(`${file}.tmp`, body, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }
}
