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

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  /** Professional credentials, e.g. LCSW, LMFT (they decide CE eligibility). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  credentials: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
