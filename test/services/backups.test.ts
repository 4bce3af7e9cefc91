// Rotating backups: newest first, at most ten, and gaps left by a killed save close on the next rotation
// without any backup overwriting another.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_DIR, backupPath, rotateBackups } from '../../electron/services/backups';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-backups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(name: string, slots: number[]): string {
  const file = path.join(dir, `${name}.gazette`);
  mkdirSync(path.join(dir, BACKUP_DIR), { recursive: true });
  for (const n of slots) writeFileSync(backupPath(file, n), `old${n}`);
  return file;
}
const contents = (file: string, upTo: number) =>
  Array.from({ length: upTo }, (_, i) => {
    try {
      return readFileSync(backupPath(file, i + 1), 'utf8');
    } catch {
      return null;
    }
  });

describe('rotateBackups', () => {
  it('shifts an unbroken run up by one', async () => {
    const file = setUp('run', [1, 2, 3]);
    expect(await rotateBackups(file, new TextEncoder().encode('new'))).toBe(4);
    expect(contents(file, 5)).toEqual(['new', 'old1', 'old2', 'old3', null]);
  });

  it('closes gaps, keeping the order and every backup', async () => {
    const file = setUp('gaps', [1, 2, 3, 5, 7]);
    expect(await rotateBackups(file, new TextEncoder().encode('new'))).toBe(6);
    expect(contents(file, 8)).toEqual(['new', 'old1', 'old2', 'old3', 'old5', 'old7', null, null]);
    const other = setUp('down', [3, 4]);
    await rotateBackups(other, new TextEncoder().encode('new'));
    expect(contents(other, 5)).toEqual(['new', 'old3', 'old4', null, null]);
  });

  it('keeps at most ten, dropping the oldest', async () => {
    const file = setUp('full', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await rotateBackups(file, new TextEncoder().encode('new'))).toBe(10);
    expect(contents(file, 11)).toEqual(['new', 'old1', 'old2', 'old3', 'old4', 'old5', 'old6', 'old7', 'old8', 'old9', null]);
    expect(readdirSync(path.join(dir, BACKUP_DIR)).filter((n) => n.startsWith('full.'))).toHaveLength(10);
  });
});
