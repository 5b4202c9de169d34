/** Something named in the request is not in the store (the server answers 404). */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    /** The field or path parameter that named it, e.g. `athlete`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request clashes with what is stored, e.g. a name already taken (the server answers 409). */
export class ConflictError extends Error {
  override name = "ConflictError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The store stayed locked by another writer (an import) past the deadline (the server answers 503). */
export class BusyError extends Error {
  override name = "BusyError";
  constructor(deadlineMs: number, cause?: unknown) {
    super(`the store stayed busy with another writer for ${deadlineMs / 1000} s; try again shortly`, {
      cause,
    });
  }
}
