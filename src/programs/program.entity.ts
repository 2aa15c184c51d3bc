import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('program')
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** IANA zone the program's sessions are set in unless a cohort says otherwise. */
  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  /** The organisation its certificates, verify pages and credentials name; null: the deployment's default. */
  @Column({ type: 'text', nullable: true })
  issuerName: string | null;

  @Column({ type: 'text', nullable: true })
  issuerUrl: string | null;

  @Column({ type: 'text', nullable: true })
  issuerEmail: string | null;

  /** Who signs its certificates, printed on the signature line. */
  @Column({ type: 'text', nullable: true })
  signatoryName: string | null;

  @Column({ type: 'text', nullable: true })
  signatoryTitle: string | null;

  /** null: "Certificate of Completion". */
  @Column({ type: 'text', nullable: true })
  certificateTitle: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
