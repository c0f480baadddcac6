import { buildApp } from './app.js';
import { ConfigError, configFromEnv } from './config.js';
import { scheduleRetention } from './retention.js';
import { seedDemoMunicipality } from './storage/seed.js';
import { SqliteStorage } from './storage/sqlite-storage.js';
import { developmentStaffToken, staffTokenFile } from './staff-token.js';
import { toUtcIso } from './time.js';

async function main(): Promise<void> {
  const config = configFromEnv(process.env, process.argv.slice(2));
  let tokenNotice: string | undefined;
  if (config.staffToken === undefined && !config.production) {
    config.staffToken = developmentStaffToken(config.dbFile);
    config.staffTokenGenerated = true;
    tokenNotice = `Staff token (development; stored in ${staffTokenFile(config.dbFile)}): ${config.staffToken}`;
  }

  const storage = SqliteStorage.open(config.dbFile, toUtcIso(config.now()));
  const app = await buildApp({ storage, config, logger: { level: config.logLevel } });
  if (config.seed && (await storage.isEmpty())) {
    await seedDemoMunicipality(storage);
    app.log.info('empty database: seeded the demo municipality');
  }
  const stopRetention = await scheduleRetention(storage, config, app.log);
  app.addHook('onClose', async () => {
    stopRetention();
    await storage.close();
  });

  const shutdown = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const address = await app.listen({ host: config.host, port: config.port });
  const url = config.port === 0 ? address : config.publicUrl;
  // Printed once, at start, and never logged again.
  if (tokenNotice) console.log(tokenNotice);
  if (config.staffToken === undefined) console.log('Staff endpoints are off: set TRYGG_STAFF_TOKEN to enable them.');
  console.log(`trygg-widgets server listening on ${address}`);
  console.log(`Open ${url}/ (API: ${url}/api/v1, contract: ${url}/api/v1/openapi.json)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
