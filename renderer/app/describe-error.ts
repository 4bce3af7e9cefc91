// Turns any thrown value into one Chinese line for the clerk (InputError and HostError already are one).
import { isInputError } from '../../shared/errors';
import { HostError } from '../../shared/api/host-error';
import { t } from '../messages/zh-CN';

export function describeError(error: unknown): string {
  if (isInputError(error) || error instanceof HostError) return error.describe();
  if (error instanceof TypeError && /fetch/i.test(error.message)) return t.hostUnavailable;
  if (error instanceof Error) return error.message;
  return String(error);
}
