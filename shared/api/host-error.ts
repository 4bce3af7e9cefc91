// What a failed host call looks like on the renderer side: one Chinese line, and the kind of failure,
// never a stack trace. The host turns InputError into kind 'input' and anything unexpected into 'internal'.
import { z } from 'zod';

export const hostErrorSchema = z.strictObject({
  kind: z.enum(['input', 'internal', 'canceled', 'denied', 'busy']),
  message: z.string(),
  file: z.string().optional(),
  place: z.string().optional(),
});

export type HostErrorData = z.infer<typeof hostErrorSchema>;

export class HostError extends Error {
  override readonly name = 'HostError';
  readonly kind: HostErrorData['kind'];
  readonly file?: string;
  readonly place?: string;
  constructor(data: HostErrorData) {
    super(data.message);
    this.kind = data.kind;
    if (data.file !== undefined) this.file = data.file;
    if (data.place !== undefined) this.place = data.place;
  }

  /** One line for a dialog: file: place: message. */
  describe(): string {
    return [this.file, this.place, this.message].filter(Boolean).join(': ');
  }

  toData(): HostErrorData {
    return { kind: this.kind, message: this.message, file: this.file, place: this.place };
  }
}
