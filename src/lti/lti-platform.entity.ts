import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A registered LMS (Canvas, Moodle): found by issuer and client id together, since every hosted Canvas shares one issuer. */
@Entity('lti_platform')
@Unique('uq_lti_platform_issuer_client', ['issuer', 'clientId'])
export class LtiPlatformEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  clientId: string;

  /** The installs (course or account level) whose launches are accepted. */
  @Column({ type: 'text', array: true })
  deploymentIds: string[];

  @Column({ type: 'text' })
  authLoginUrl: string;

  @Column({ type: 'text' })
  accessTokenUrl: string;

  @Column({ type: 'text' })
  jwksUrl: string;

  /** Origins whose pages may show ours in a frame (the LMS's own site). */
  @Column({ type: 'text', array: true })
  frameOrigins: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
