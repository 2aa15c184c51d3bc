import type { JWK } from 'jose';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The tool's signing keys (client assertions, deep-linking responses): the newest signs, the recent ones stay published. */
@Entity('lti_tool_key')
export class LtiToolKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid: string;

  /** The private key as PKCS#8 PEM, sealed with a key derived from JWT_SECRET (AES-256-GCM). */
  @Column({ type: 'text' })
  sealedPrivateKey: string;

  @Column({ type: 'jsonb' })
  publicJwk: JWK;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
