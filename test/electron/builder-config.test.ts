// electron-builder.yml, loaded the way electron-builder loads it and validated by electron-builder's own schema
// (app-builder-lib validateConfiguration), then checked for what issue 6 asks of the installers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';
import { repoRoot } from '../helpers/paths';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const logger = { isEnabled: false, add: () => undefined };

const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
const targets = (value: unknown) =>
  (value as { target: string; arch: string[] }[]).map((t) => `${t.target}:${[...t.arch].sort().join('+')}`);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(structuredClone(config), logger)).resolves.toBeUndefined();
  });

  it('the validation does reject a misspelt option (so the check above means something)', async () => {
    const broken = { ...structuredClone(config), nsis: { ...config.nsis, allowToChangeInstalationDirectory: true } };
    await expect(validateConfiguration(broken, logger)).rejects.toThrow(/Invalid configuration object[\s\S]*nsis/);
  });

  it('builds NSIS for Windows x64 and arm64, per-machine allowed, folder choosable', () => {
    expect(targets(config.win!.target)).toEqual(['nsis:arm64+x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
  });

  it('builds deb and AppImage for x64 and arm64 with --ozone-platform=x11, and a dmg', () => {
    expect(targets(config.linux!.target)).toEqual(['deb:arm64+x64', 'AppImage:arm64+x64']);
    expect(config.linux!.executableArgs).toEqual(['--ozone-platform=x11']);
    expect(targets(config.mac!.target)).toEqual(['dmg:arm64+x64']);
  });

  it('names the product, associates .gazette files, ships the fonts and sets the fuses', () => {
    expect(config.productName).toBe('公报编排');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'gazette' })]);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'build/fonts', to: 'fonts' })]);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
    expect(config.extraMetadata).toMatchObject({ main: 'dist/electron/main.cjs' });
  });
});
