import { FactoryProvider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { loadOrCreateDevelopmentKeys, SigningKeyRing } from './signing-keys';

/**
 * Production: CREDENTIAL_SIGNING_KEY signs, CREDENTIAL_RETIRED_KEYS stay published.
 * Development: keys generated once under DATA_DIR/signing-keys (add a newer file to rotate).
 */
export const signingKeyRingProvider: FactoryProvider<Promise<SigningKeyRing>> = {
  provide: SigningKeyRing,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => SigningKeyRing.fromPems(signingKeyPems(config)),
};

export function signingKeyPems(config: AppConfig): string[] {
  if (config.credentialSigningKeyPem) return [config.credentialSigningKeyPem, ...config.credentialRetiredKeyPems];
  return loadOrCreateDevelopmentKeys(join(config.dataDir, 'signing-keys'));
}
