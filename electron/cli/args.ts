// Argument parsing for the commands (node:util parseArgs, strict: unknown options are usage errors).
import { parseArgs } from 'node:util';
import { UsageError } from './output';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

export function parseCommandArgs<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? '参数有误');
  }
}
