/**
 * Why an input, or one item inside it, was rejected. Issues are values, keyed on `code`;
 * all user-facing wording lives in `formatIssue`.
 */
export type IngestIssue =
  | { code: 'not_found'; file: string }
  | { code: 'unreadable'; file: string; reason: string }
  | { code: 'empty'; file: string; item?: number }
  | { code: 'binary'; file: string }
  | { code: 'too_large'; file: string; size: number; limit: number; item?: number }
  | { code: 'invalid_json'; file: string; item: number; reason: string }
  | { code: 'not_object'; file: string; item: number }
  | { code: 'no_text'; file: string; item?: number }
  | { code: 'bad_field'; file: string; item?: number; field: string; reason: string }
  | { code: 'not_xml'; file: string; reason: string }
  | { code: 'not_feed'; file: string; reason: string }
  | { code: 'no_article'; file: string; item?: number }
  | { code: 'no_records'; file: string }
  | { code: 'url_needs_fetch'; file: string }
  | { code: 'fetch_failed'; file: string; reason: string }
  /** A document that was read but could not be analysed or coded (a bug to report, not the input's fault). */
  | { code: 'processing_failed'; file: string; reason: string };

export type IssueCode = IngestIssue['code'];

function where(issue: { file: string; item?: number }, unit: string): string {
  return issue.item === undefined ? issue.file : `${issue.file}:${unit} ${issue.item}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** One line, naming the file (and line or item) and the reason. */
export function formatIssue(issue: IngestIssue): string {
  switch (issue.code) {
    case 'not_found':
      return `${issue.file}: no such file or directory`;
    case 'unreadable':
      return `${issue.file}: cannot be read (${issue.reason})`;
    case 'empty':
      return `${where(issue, 'item')}: is empty`;
    case 'binary':
      return `${issue.file}: looks like a binary file, not text, HTML, JSONL, a feed or PETRARCH XML`;
    case 'too_large':
      return `${where(issue, 'line')}: is ${mb(issue.size)}, over the ${mb(issue.limit)} limit (raise it with --max-size)`;
    case 'invalid_json':
      return `${issue.file}:line ${issue.item}: is not valid JSON (${issue.reason})`;
    case 'not_object':
      return `${issue.file}:line ${issue.item}: is not a JSON object`;
    case 'no_text':
      return `${where(issue, 'item')}: has no text (give "text" or "html")`;
    case 'bad_field':
      return `${where(issue, 'item')}: field "${issue.field}" ${issue.reason}`;
    case 'not_xml':
      return `${issue.file}: is not well-formed XML (${issue.reason})`;
    case 'not_feed':
      return `${issue.file}: is not an RSS or Atom feed (${issue.reason})`;
    case 'no_article':
      return `${where(issue, 'item')}: has no article body to extract`;
    case 'no_records':
      return `${issue.file}: has no <Sentence> records`;
    case 'url_needs_fetch':
      return `${issue.file}: is a URL; pass --fetch to download it`;
    case 'fetch_failed':
      return `${issue.file}: could not be fetched (${issue.reason})`;
    case 'processing_failed':
      return `${issue.file}: could not be analysed (internal error: ${issue.reason}); the run went on with the other documents`;
  }
}

/** A short name for the kind of problem, used to group the end-of-run summary. */
export function issueReason(issue: IngestIssue): string {
  const names: Record<IssueCode, string> = {
    not_found: 'not found',
    unreadable: 'unreadable',
    empty: 'empty',
    binary: 'binary',
    too_large: 'over size limit',
    invalid_json: 'invalid JSON',
    not_object: 'not a JSON object',
    no_text: 'no text',
    bad_field: 'bad field',
    not_xml: 'not XML',
    not_feed: 'not a feed',
    no_article: 'no article body',
    no_records: 'no records',
    url_needs_fetch: 'URL without --fetch',
    fetch_failed: 'fetch failed',
    processing_failed: 'internal error',
  };
  return names[issue.code];
}
