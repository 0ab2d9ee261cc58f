/** A page of results and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

export type SortDirection = 'asc' | 'desc';

export interface PageRequest<F extends string> {
  /** 1-based. */
  page: number;
  /** At most 100. */
  size: number;
  sort: { field: F; direction: SortDirection };
}
