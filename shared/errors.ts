// Errors that reach the user. The command line prints them as one line ("gazette: FILE: PLACE: MESSAGE"),
// the app shows them in a dialog; neither shows a stack trace.

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file the problem is in (as the user named it). */
    readonly file: string,
    /** Where inside it: a JSON path, a zip entry, "第12行" … (empty when the whole file is meant). */
    readonly place: string,
    message: string,
  ) {
    super(message);
  }

  /** One line for the user. */
  describe(): string {
    return [this.file, this.place, this.message].filter(Boolean).join(': ');
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
