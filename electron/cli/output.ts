// Where the command line writes: injectable so tests can run commands in-process.
export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIO: CliIO = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A mistake in how the command was called: printed with the usage line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
