// The `gazette` command: dispatch, and the one place where errors become a single line and an exit code.
// Exit codes: 0 success; 1 `check` found errors; 2 bad usage or bad input; 3 an internal fault.
import { isInputError } from '../../shared/errors';
import { processIO, UsageError, type CliIO } from './output';

type Command = (args: string[], io: CliIO) => Promise<number>;

// Loaded on demand: `pack` should not pay for the typesetting engine, nor `build` for the checker.
const commands: Record<string, () => Promise<Command>> = {
  pack: async () => (await import('./commands/pack')).pack,
  build: async () => (await import('./commands/build')).build,
  import: async () => (await import('./commands/import')).importFiles,
  check: async () => (await import('./commands/check')).check,
};

export const usage = [
  '用法：',
  '  gazette pack   <manifest.json> --out <file.gazette>',
  '  gazette build  <manifest.json | file.gazette> [--pdf FILE] [--docx FILE] [--report FILE]',
  '  gazette import <file>... [--out FILE] [--split] [--keep-original]',
  '  gazette check  <manifest.json | file.gazette | file> [--json] [--profile FILE]',
].join('\n');

export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`gazette: 未知命令 "${name}"\n${usage}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`gazette: ${error.describe()}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`gazette: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gazette: 内部错误：${message}（设置 GAZETTE_DEBUG=1 可看详细信息）\n`);
    if (process.env.GAZETTE_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 3;
  }
}
