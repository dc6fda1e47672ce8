/** Something worth a look that does not stop evaluation (`mixedDisplayOrder`, `missingAttempted`). */
export interface Warning {
  code: string;
  message: string;
  path: (string | number)[];
}
