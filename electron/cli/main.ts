// The `gazette` command: dispatch, and the one place where errors become a single line and an exit code.
// Exit codes: 0 success; 1 `check` found errors; 2 bad usage or bad input; 3 an internal fault.
import { isInputError } from '../../shared/errors';
import { build, buildUsage } from './commands/build';
import { check, checkUsage } from './commands/check';
import { importFiles, importUsage } from './commands/import';
import { pack, packUsage } from './commands/pack';
import { processIO, UsageError, type CliIO } from './output';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, Command> = { pack, build, import: importFiles, check };

export const usage = ['用法：', `  ${packUsage}`, `  ${buildUsage}`, `  ${importUsage}`, `  ${checkUsage}`].join('\n');

export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`gazette: 未知命令 "${name}"\n${usage}\n`);
    return 2;
  }
  try {
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
