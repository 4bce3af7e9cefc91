// Load-time validation: migrate, then check against the schema; the first problem becomes an InputError.
import { InputError } from '../errors';
import type { Issue } from './issue';
import { migrateToCurrent } from './migrations';
import { describeZodError, issueSchema } from './schema';

/** `place` prefixes the JSON path in messages, e.g. the zip entry "issue.json". */
export function validateIssue(raw: unknown, file: string, place = ''): Issue {
  const migrated = migrateToCurrent(raw, file, place);
  const result = issueSchema.safeParse(migrated);
  if (!result.success) {
    const { path, message } = describeZodError(result.error);
    throw new InputError(file, place ? `${place}: ${path}` : path, message);
  }
  return result.data;
}
