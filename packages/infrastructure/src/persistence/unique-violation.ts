// Drizzle wraps driver errors (DrizzleQueryError with the driver's error as `cause`), and each driver names a
// unique-constraint violation differently: SQLite by an extended result code, PostgreSQL by SQLSTATE 23505.
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
      return true;
    }
  }
  return false;
}
