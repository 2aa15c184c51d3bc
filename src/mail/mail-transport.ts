import { Injectable } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig, isLoopbackSmtp } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { OutgoingMail } from './outgoing-mail';

/**
 * Delivers one message: to SMTP_URL, or, without it, into DATA_DIR/mail/<id>.eml (development).
 * The outbox job's id names the message, so a retried delivery repeats the same Message-ID (and the
 * same file) rather than making a second message.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter;
  private readonly directory: string;

  constructor(
    private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {
    this.directory = join(config.dataDir, 'mail');
    this.transporter = config.smtpUrl
      ? createTransport({
          url: config.smtpUrl,
          // Plain SMTP only to a relay on this host; anywhere else the link must travel encrypted.
          requireTLS: !isLoopbackSmtp(config.smtpUrl) && config.smtpUrl.startsWith('smtp:'),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async deliver(id: string, mail: OutgoingMail): Promise<void> {
    const messageId = `<${id}@${new URL(this.config.publicBaseUrl).hostname}>`;
    const info = await this.transporter.sendMail({ from: this.config.mailFrom, messageId, ...mail });
    if (this.config.smtpUrl) return;
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const file = join(this.directory, `${id}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
    this.logger.info('E-mail written to a file (SMTP_URL is not set)', { context: 'mail', file });
  }
}
