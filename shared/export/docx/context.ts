// What every part of the DOCX writer needs to know about the issue being written.
import type { Issue } from '../../model/issue';
import type { GazetteProfile } from '../../profiles/profile';
import { pageMetrics, type PageMetrics } from './units';

export interface DocxOptions {
  /** Bytes of an image asset by name (the .gazette's assets/); images without bytes print their caption only. */
  image?: (name: string) => Uint8Array | undefined;
}

export interface DocxContext {
  issue: Issue;
  profile: GazetteProfile;
  metrics: PageMetrics;
  options: DocxOptions;
}

export function createContext(issue: Issue, options: DocxOptions = {}): DocxContext {
  return { issue, profile: issue.profile, metrics: pageMetrics(issue.profile), options };
}
