// The built-in profiles, validated when first asked for.
import { InputError } from '../errors';
import { describeZodError } from '../model/schema';
import { profileSchema, type GazetteProfile } from './profile';
import gbt9704A4 from './gbt9704-a4.json';
import gazette16k from './gazette-16k.json';

const builtIn: Record<string, unknown> = { 'gbt9704-a4': gbt9704A4, 'gazette-16k': gazette16k };

export const DEFAULT_PROFILE_ID = 'gbt9704-a4';

export function profileIds(): string[] {
  return Object.keys(builtIn);
}

export function getProfile(id: string = DEFAULT_PROFILE_ID): GazetteProfile {
  const raw = builtIn[id];
  if (!raw) throw new InputError('', 'profile', `未知的版式 "${id}"（可用：${profileIds().join('、')}）`);
  return parseProfile(raw, `${id}.json`);
}

export function parseProfile(raw: unknown, file: string): GazetteProfile {
  const result = profileSchema.safeParse(raw);
  if (!result.success) {
    const { path, message } = describeZodError(result.error);
    throw new InputError(file, path, message);
  }
  return result.data;
}
