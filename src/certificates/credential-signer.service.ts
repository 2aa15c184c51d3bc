import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DEPLOYMENT_ISSUER } from './issuer';
import { buildOpenBadgeCredential, CredentialInput, deploymentIssuerId, signCredential } from './open-badge-credential';
import { PublicSigningJwk, SigningKeyRing } from './signing-keys';
import { buildStatusListCredential, encodeStatusList } from './status-list';

export type CertificateFacts = Omit<CredentialInput, 'publicBaseUrl'>;

/** Signs with the in-memory key ring: no I/O, so issuing many certificates is CPU-bound only. */
@Injectable()
export class CredentialSigner {
  constructor(
    private readonly config: AppConfig,
    private readonly keyRing: SigningKeyRing,
  ) {}

  /** The Open Badges 3.0 credential of one certificate, as a VC-JWT. */
  signCertificate(facts: CertificateFacts): Promise<string> {
    const credential = buildOpenBadgeCredential({ ...facts, publicBaseUrl: this.config.publicBaseUrl });
    return signCredential(credential, this.keyRing);
  }

  /**
   * The revocation Bitstring Status List credential, as a VC-JWT, valid from now. One list serves
   * every program, so it names the deployment's issuer (the service that holds the signing key),
   * as it always has: verifiers holding older lists or credentials see nothing change.
   */
  signStatusList(revokedIndexes: number[]): Promise<string> {
    const credential = buildStatusListCredential({
      publicBaseUrl: this.config.publicBaseUrl,
      issuerId: deploymentIssuerId(this.config.publicBaseUrl),
      issuerName: DEPLOYMENT_ISSUER.issuerName,
      encodedList: encodeStatusList(revokedIndexes),
      validFrom: new Date(),
    });
    return signCredential(credential, this.keyRing);
  }

  publicJwks(): { keys: PublicSigningJwk[] } {
    return this.keyRing.publicJwks();
  }
}
