export interface Issue {
  /** Dotted path of the field, e.g. `sessions[2].exercises[0].sets[1].rpe`; empty for the whole document. */
  field: string;
  problem: string;
}

/**
 * Bad input: usage, an unreadable or invalid file or request body. The CLI exits 2 with the
 * message; the server answers 400 with the issues.
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}
