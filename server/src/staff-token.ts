import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the development token lives: beside the database, readable by its owner only. */
export function staffTokenFile(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'staff-token');
}

/** Reads the development token, creating it on first use. */
export function developmentStaffToken(dbFile: string): string {
  const file = staffTokenFile(dbFile);
  if (fs.existsSync(file)) {
    const token = fs.readFileSync(file, 'utf8').trim();
    if (token.length >= 16) return token;
  }
  const token = randomBytes(32).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
