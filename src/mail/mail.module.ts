import { Global, Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { MailTransport } from './mail-transport';

/** Global: any domain may queue a message in its own transaction. */
@Global()
@Module({ providers: [MailTransport, MailOutbox], exports: [MailOutbox] })
export class MailModule {}
