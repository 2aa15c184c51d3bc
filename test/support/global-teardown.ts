import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as Record<string, unknown>).__testDatabase as
    | { server: { stop(): Promise<void> }; dataDir: string }
    | undefined;
  if (!database) return;
  await database.server.stop();
  rmSync(database.dataDir, { recursive: true, force: true });
}
