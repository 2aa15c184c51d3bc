import { CertificateEntity } from './certificate.entity';

export const certificateEntities = [CertificateEntity];
