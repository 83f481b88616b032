/** S3 key-prefix rules for the export folder. */

/** The expected form, stated in every folder error. */
export const FOLDER_FORM =
  "a key prefix such as \"Exports\" or \"team/exports\": 1-1024 bytes, no leading '/', no '..', '*', '?', '${', '%{', control or non-Latin-1 characters";

/** Returns why `folder` is not an acceptable export folder, or undefined when it is. */
export function folderProblem(folder: string): string | undefined {
  if (folder.length === 0) return `is empty; expected ${FOLDER_FORM}`;
  if (folder.startsWith('/')) return `starts with '/'; expected ${FOLDER_FORM}`;
  if (folder.endsWith('/')) return `ends with '/' (the policy adds it); expected ${FOLDER_FORM}`;
  if (folder.includes('..')) return `contains '..'; expected ${FOLDER_FORM}`;
  if (/[*?]/.test(folder)) return `contains a wildcard ('*' or '?'), which IAM would expand; expected ${FOLDER_FORM}`;
  if (/[$%]\{/.test(folder)) return `contains a template sequence ('\${' or '%{') that Terraform or IAM would evaluate; expected ${FOLDER_FORM}`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(folder)) return `contains a control character; expected ${FOLDER_FORM}`;
  if (/[^\u0000-\u00ff]/.test(folder)) return `contains a character outside Latin-1, which IAM policies cannot carry; expected ${FOLDER_FORM}`;
  const bytes = Buffer.byteLength(folder, 'utf8');
  if (bytes > 1024) return `is ${bytes} bytes long; expected ${FOLDER_FORM}`;
  return undefined;
}

/** A JSON-Schema pattern for editors; the validator above is the authority. */
export const FOLDER_PATTERN = '^(?!/)(?!.*\\.\\.)(?!.*[$%]\\{)(?!.*/$)[^*?\\u0000-\\u001f\\u007f-\\u009f\\u0100-\\uffff]{1,1024}$';
