export type EntryKind = 'country' | 'region' | 'org' | 'person' | 'agent' | 'verb' | 'discard' | 'issue';

/** One dictionary entry as written: its kind, name and fields (each a list of values). */
export interface Entry {
  readonly kind: EntryKind;
  readonly name: string;
  readonly line: number;
  readonly fields: ReadonlyMap<string, readonly string[]>;
}

/** A problem in a dictionary file: it is reported and the rest of the file is used. */
export interface DictionaryIssue {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export function formatDictionaryIssue(issue: DictionaryIssue): string {
  return `${issue.file}:${issue.line}: ${issue.reason}`;
}
