import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Never exposed directly: the password hash stays here; GraphQL gets a `User` model. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  fullName: string;

  /** Null for an invited person until they set a password through their link. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  /** Professional credentials, e.g. LCSW, LMFT (they decide CE eligibility). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  credentials: string[];

  /** Carried in every access token; raising it revokes the tokens issued before (sign-out, password change, deactivation). */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  /** A deactivated person cannot sign in; their records stay. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
