import type { IIdGenerator } from '../shared/ports.js';
import {
  ITEM_KINDS,
  normaliseProfileContent,
  type IdPolicy,
  type ItemInputOf,
  type ItemKind,
  type ItemOf,
  type ProfileContent,
  type ProfileContentInput,
  type SkillsInput,
} from './profile-content.js';
import { ProfileErrors } from './profiles.errors.js';

export interface ProfilePrimitives extends ProfileContent {
  id: string;
  ownerId: string;
  isDefault: boolean;
  /** Starts at 1 and grows with every change (optimistic concurrency). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A new order for item lists: every current item id exactly once. */
export type ItemOrder = Partial<Record<ItemKind, string[]>>;

/** A partial update: fields present replace the stored ones (lists wholesale); `order` reorders items. */
export interface ProfilePatch extends ProfileContentInput {
  order?: ItemOrder | null;
}

const CONTENT_KEYS = [
  'fullName',
  'headline',
  'email',
  'phone',
  'location',
  'links',
  'summary',
  'experiences',
  'education',
  'projects',
  'skills',
  'languages',
  'certifications',
  'customFields',
] as const satisfies ReadonlyArray<keyof ProfileContent>;

const freshIds = (ids: IIdGenerator): IdPolicy => ({ keep: () => false, next: () => ids.next() });

/**
 * The master career record of one user. Items (experiences, education, projects) keep stable ids across
 * edits; array order is display order. Every change goes through `normaliseProfileContent`, so an instance is
 * always valid, and bumps `version` once per loaded instance (one use case = one new version).
 */
export class Profile {
  private readonly loadedVersion: number;

  private constructor(private props: ProfilePrimitives) {
    this.loadedVersion = props.version;
  }

  /**
   * A new profile. Item ids given in `content` are kept when `keepItemIds` is set (import assigns them up
   * front so it can key side data by them); otherwise every item gets a fresh id.
   */
  static create(input: {
    id: string;
    ownerId: string;
    isDefault: boolean;
    content: ProfileContentInput;
    ids: IIdGenerator;
    now: Date;
    keepItemIds?: boolean;
  }): Profile {
    const policy: IdPolicy = input.keepItemIds
      ? { keep: () => true, next: () => input.ids.next() }
      : freshIds(input.ids);
    const content = normaliseProfileContent(input.content, policy);
    return new Profile({
      ...content,
      id: input.id,
      ownerId: input.ownerId,
      isDefault: input.isDefault,
      version: 1,
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  static fromPrimitives(props: ProfilePrimitives): Profile {
    return new Profile(structuredClone(props));
  }

  /**
   * Like `fromPrimitives`, for primitives nobody else holds (a row a repository has just read and parsed),
   * so the defensive deep copy is skipped: on a large profile it costs more than the read itself.
   */
  static fromOwnedPrimitives(props: ProfilePrimitives): Profile {
    return new Profile(props);
  }

  get id(): string {
    return this.props.id;
  }
  get ownerId(): string {
    return this.props.ownerId;
  }
  get isDefault(): boolean {
    return this.props.isDefault;
  }
  get version(): number {
    return this.props.version;
  }
  get createdAt(): Date {
    return this.props.createdAt;
  }
  get updatedAt(): Date {
    return this.props.updatedAt;
  }
  get content(): ProfileContent {
    const {
      id: _id,
      ownerId: _o,
      isDefault: _d,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...content
    } = structuredClone(this.props);
    return content;
  }

  /** PUT: every field replaced; items whose id is already in this profile keep it, others get new ids. */
  replaceContent(input: ProfileContentInput, ids: IIdGenerator, now: Date): void {
    this.apply(normaliseProfileContent(input, this.knownIds(ids)), now);
  }

  /** PATCH: only the fields present change; `order` then reorders item lists by id. */
  patch(patch: ProfilePatch, ids: IIdGenerator, now: Date): void {
    const merged: ProfileContentInput = this.content;
    for (const key of CONTENT_KEYS) {
      if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
    }
    const content = normaliseProfileContent(merged, this.knownIds(ids));
    if (patch.order) {
      for (const kind of ITEM_KINDS) {
        const order = patch.order[kind];
        const lists = content as unknown as Record<ItemKind, Array<{ id: string }>>;
        if (order) lists[kind] = reorder(lists[kind], order, kind);
      }
    }
    this.apply(content, now);
  }

  item<K extends ItemKind>(kind: K, itemId: string): ItemOf[K] {
    const items = this.props[kind] as unknown as Array<ItemOf[K]>;
    const found = items.find((item) => item.id === itemId);
    if (!found) throw ProfileErrors.itemNotFound(kind, itemId);
    return structuredClone(found);
  }

  /** Appends one item (display order: last) and returns it as stored. */
  addItem<K extends ItemKind>(kind: K, input: ItemInputOf[K], ids: IIdGenerator, now: Date): ItemOf[K] {
    const id = ids.next();
    const content = this.content as ProfileContentInput;
    (content[kind] as unknown[]) = [...this.props[kind], { ...input, id }];
    this.apply(normaliseProfileContent(content, { keep: () => true, next: () => ids.next() }), now);
    return this.item(kind, id);
  }

  /** Replaces one item in place (same id, same position). Raises `PROFILE.ITEM_NOT_FOUND`. */
  replaceItem<K extends ItemKind>(
    kind: K,
    itemId: string,
    input: ItemInputOf[K],
    ids: IIdGenerator,
    now: Date,
  ): ItemOf[K] {
    this.item(kind, itemId);
    const content = this.content as ProfileContentInput;
    (content[kind] as unknown[]) = this.props[kind].map((item) =>
      item.id === itemId ? { ...input, id: itemId } : item,
    );
    this.apply(normaliseProfileContent(content, { keep: () => true, next: () => ids.next() }), now);
    return this.item(kind, itemId);
  }

  /** Removes one item. Raises `PROFILE.ITEM_NOT_FOUND`. */
  removeItem(kind: ItemKind, itemId: string, now: Date): void {
    this.item(kind, itemId);
    const content = this.content;
    (content as unknown as Record<ItemKind, Array<{ id: string }>>)[kind] = content[kind].filter(
      (item) => item.id !== itemId,
    );
    this.apply(content, now);
  }

  replaceSkills(skills: SkillsInput, ids: IIdGenerator, now: Date): void {
    this.patch({ skills }, ids, now);
  }

  markDefault(now: Date): void {
    if (this.props.isDefault) return;
    this.props = { ...this.props, isDefault: true };
    this.touch(now);
  }

  unmarkDefault(now: Date): void {
    if (!this.props.isDefault) return;
    this.props = { ...this.props, isDefault: false };
    this.touch(now);
  }

  toPrimitives(): ProfilePrimitives {
    return structuredClone(this.props);
  }

  /**
   * The current state without a copy, for read paths that only map it to a response. Read-only: this is the
   * entity's own state. (Changes never edit nested lists in place, they replace them, so a view taken
   * earlier keeps the state it was taken from.)
   */
  readPrimitives(): Readonly<ProfilePrimitives> {
    return this.props;
  }

  private knownIds(ids: IIdGenerator): IdPolicy {
    const known = new Set(ITEM_KINDS.flatMap((kind) => this.props[kind].map((item) => `${kind}:${item.id}`)));
    return { keep: (kind, id) => known.has(`${kind}:${id}`), next: () => ids.next() };
  }

  private apply(content: ProfileContent, now: Date): void {
    this.props = { ...this.props, ...content };
    this.touch(now);
  }

  private touch(now: Date): void {
    this.props.version = this.loadedVersion + 1;
    this.props.updatedAt = now;
  }
}

function reorder<T extends { id: string }>(items: T[], order: string[], kind: ItemKind): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const id of order) if (!byId.has(id)) throw ProfileErrors.itemNotFound(kind, id);
  if (order.length !== items.length || new Set(order).size !== order.length) {
    throw ProfileErrors.validation([
      { path: `order.${kind}`, message: 'must list every item id exactly once' },
    ]);
  }
  return order.map((id) => byId.get(id) as T);
}
