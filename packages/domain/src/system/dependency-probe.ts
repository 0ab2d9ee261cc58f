/** Something the service needs in order to serve (the database, later a queue or a model server). */
export interface IDependencyProbe {
  readonly name: string;
  /** Resolves when the dependency answers; rejects (with any error) when it does not. */
  check(): Promise<void>;
}
