/**
 * How a feature takes part in "download all my data" and "delete my account". Every feature that stores
 * something of a user registers one contributor.
 */
export interface IAccountDataContributor {
  /** The key of this feature's part in the export document (e.g. "profiles"). */
  readonly section: string;
  /** Everything of the user this feature keeps, as plain JSON-safe data. */
  export(userId: string): Promise<unknown>;
  /** Deletes the user's rows. Runs inside the account-deletion unit of work: do no slow I/O here. */
  deleteRows(userId: string): Promise<void>;
  /**
   * Deletes the user's stored files, after the rows are gone for good. Optional; must be idempotent, since
   * a retry may run it again.
   */
  deleteFiles?(userId: string): Promise<void>;
}
