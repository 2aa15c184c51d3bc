import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, JWK, KeyLike } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { LtiToolKeyEntity } from './lti-tool-key.entity';

/** Keys still published after a rotation, so what the previous key signed (and cached JWKS) keeps verifying. */
const PUBLISHED_KEYS = 3;
const ALGORITHM = 'RS256';

export interface ToolSigningKey {
  kid: string;
  privateKey: KeyLike;
}

/** The tool's RSA keys, kept in PostgreSQL (so every replica signs alike) with private parts sealed. */
@Injectable()
export class LtiToolKeys {
  private readonly sealingKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.sealingKey = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'lti-tool-keys', 'aes-256-gcm', 32));
  }

  /** The newest key, made on first use. */
  async current(): Promise<ToolSigningKey> {
    const newest = (await this.newest(1))[0] ?? (await this.rotate());
    return { kid: newest.kid, privateKey: await importPKCS8(this.unseal(newest.sealedPrivateKey), ALGORITHM) };
  }

  /** What GET /lti/jwks publishes: the public halves of the recent keys. */
  async publicKeys(): Promise<{ keys: JWK[] }> {
    let keys = await this.newest(PUBLISHED_KEYS);
    if (!keys.length) keys = [await this.rotate()];
    return { keys: keys.map((key) => key.publicJwk) };
  }

  /** A new signing key; the oldest beyond the published few are dropped. An administrator's rotation is audited. */
  rotate(actorId: string | null = null): Promise<LtiToolKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const kid = randomUUID();
      const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { modulusLength: 2048, extractable: true });
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' };
      const repository = manager.getRepository(LtiToolKeyEntity);
      await repository.insert({ kid, sealedPrivateKey: this.seal(await exportPKCS8(privateKey)), publicJwk });
      const kept = await this.newest(PUBLISHED_KEYS, manager);
      await repository.createQueryBuilder().delete().where('created_at < :oldest', { oldest: kept[kept.length - 1].createdAt }).execute();
      if (actorId) await this.audit.record(manager, { actorId, action: 'lti_key.rotated', entityType: 'lti_tool_key', entityId: kid });
      return repository.findOneByOrFail({ kid });
    });
  }

  private newest(count: number, manager: EntityManager = this.dataSource.manager): Promise<LtiToolKeyEntity[]> {
    return manager.getRepository(LtiToolKeyEntity).find({ order: { createdAt: 'DESC', kid: 'ASC' }, take: count });
  }

  private seal(pem: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealingKey, iv);
    const sealed = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
  }

  private unseal(text: string): string {
    const [iv, tag, sealed] = text.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.sealingKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  }
}
