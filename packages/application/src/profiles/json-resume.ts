import {
  hasEmailShape,
  ProfileDate,
  ProfileErrors,
  normaliseProfileContent,
  type IIdGenerator,
  type ProfileContent,
  type ProfileContentInput,
  type ProfileLink,
  type Skills,
  UNMODELLED_SECTIONS_KEY,
} from '@tailor/domain';

/** A JSON Resume (v1) document: https://jsonresume.org/schema. Validated only as far as Tailor reads it. */
export type JsonResume = Record<string, unknown>;

/**
 * What Tailor keeps of a JSON Resume it does not model, under `customFields.jsonResume`, so export can give it
 * back: unmodelled top-level sections (awards, volunteer, publications, interests, references, meta, …) by
 * their own name; unmodelled `basics` keys (image, …) under `basics`; unmodelled keys of work, education and
 * project entries under `itemExtras[itemId]` (ids are stable, so the extras follow an item when it is
 * reordered); and the source form of sections Tailor flattens (`originals`: profiles/url, location, skills,
 * languages, certificates), exported as they were while the user has not changed what Tailor made of them.
 */
interface SideData {
  basics?: Record<string, unknown>;
  itemExtras?: Record<string, Record<string, unknown>>;
  originals?: {
    url?: unknown;
    profiles?: unknown;
    location?: unknown;
    skills?: unknown;
    languages?: unknown;
    certificates?: unknown;
  };
  [section: string]: unknown;
}

const SIDE_KEY = UNMODELLED_SECTIONS_KEY;
const MODELLED_SECTIONS = new Set([
  'basics',
  'work',
  'education',
  'projects',
  'skills',
  'languages',
  'certificates',
]);
const WEBSITE_LABEL = 'Website';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const obj = (value: unknown): Obj => (isObj(value) ? value : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] =>
  arr(value).filter((entry): entry is string => typeof entry === 'string');
const isEmpty = (value: Obj): boolean => Object.keys(value).length === 0;

/** Tailor's fields over the item's unmodelled ones; a field Tailor leaves empty does not hide an extra. */
const withExtras = (extras: Obj, modelled: Obj): Obj => ({ ...extras, ...compact(modelled) });

/** Drops null, undefined and empty arrays so exported documents carry only what is known. */
const compact = (value: Obj): Obj =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, entry]) => entry !== null && entry !== undefined && !(Array.isArray(entry) && entry.length === 0),
    ),
  );

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

const PRESENT = /^(present|current|now|today|ongoing)$/iu;

/**
 * Moves a value Tailor cannot hold (an invalid date, a non-http URL, …) into `extras` under its own key, so
 * the import succeeds and the export gives the value back unchanged.
 */
function accept(
  extras: Obj,
  key: string,
  value: unknown,
  valid: (value: unknown) => boolean,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (valid(value)) return value as string;
  extras[key] = value;
  return undefined;
}
const validDate = (value: unknown): boolean =>
  typeof value === 'string' && ProfileDate.normalise(value) !== null;

export function formatLocation(location: unknown): string | undefined {
  if (typeof location === 'string') return location;
  if (!isObj(location)) return undefined;
  const parts = [str(location.city), str(location.region), str(location.countryCode)]
    .map((part) => part?.trim())
    .filter((part): part is string => !!part);
  if (parts.length > 0) return parts.join(', ');
  return str(location.address)?.trim() || undefined;
}

const linksFrom = (url: unknown, profiles: unknown): Array<{ label: string; url: string }> => [
  ...(isHttpUrl(url) ? [{ label: WEBSITE_LABEL, url }] : []),
  ...arr(profiles)
    .map(obj)
    .filter((profile) => isHttpUrl(profile.url))
    .map((profile) => ({
      label: str(profile.network)?.trim() || str(profile.username)?.trim() || 'Profile',
      url: profile.url as string,
    })),
];

const SOFT = /\bsoft\b|interpersonal|communication|leadership|people/iu;
const TOOLS = /\btools?\b|software|platforms?|devops|cloud|infrastructure/iu;

const skillsFrom = (groups: unknown) => {
  const skills = { technical: [] as string[], soft: [] as string[], tools: [] as string[] };
  for (const group of arr(groups).map(obj)) {
    const name = str(group.name) ?? '';
    const keywords = strings(group.keywords);
    const bucket = SOFT.test(name) ? skills.soft : TOOLS.test(name) ? skills.tools : skills.technical;
    bucket.push(...(keywords.length > 0 ? keywords : name ? [name] : []));
  }
  return skills;
};

const languagesFrom = (languages: unknown) =>
  arr(languages)
    .map(obj)
    .map((entry) => ({ language: str(entry.language), fluency: str(entry.fluency) ?? str(entry.level) }));

const certificationsFrom = (certificates: unknown) =>
  arr(certificates)
    .map(obj)
    .map((entry) => ({
      name: str(entry.name) ?? str(entry.title),
      issuer: str(entry.issuer),
      date: validDate(entry.date) ? str(entry.date) : undefined,
      url: isHttpUrl(entry.url) ? entry.url : undefined,
    }));

/** Deep equality of JSON values regardless of key order; an empty array counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(canonical);
    if (isObj(value)) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .filter((key) => value[key] !== undefined)
          .map((key) => [key, canonical(value[key])]),
      );
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** One section as the domain would store it, or `null` when it does not validate on its own. */
function normalised(section: Partial<ProfileContentInput>): ProfileContent | null {
  try {
    return normaliseProfileContent({ fullName: 'x', ...section }, { keep: () => true, next: () => 'x' });
  } catch {
    return null;
  }
}

// How Tailor writes the sections it flattens, when it has no source form to give back.
const exportLinks = (links: ProfileLink[]): Obj => {
  const website = links.find((link) => link.label === WEBSITE_LABEL);
  const others = links.filter((link) => link !== website);
  return compact({
    url: website?.url,
    profiles: others.map((link) => ({ network: link.label, url: link.url })),
  });
};
const exportLocation = (location: string): Obj => ({ city: location });
const exportSkills = (skills: Skills): Obj[] =>
  [
    { name: 'Technical', keywords: skills.technical },
    { name: 'Soft skills', keywords: skills.soft },
    { name: 'Tools', keywords: skills.tools },
  ].filter((group) => group.keywords.length > 0);
const exportLanguages = (languages: ProfileContent['languages']): Obj[] =>
  languages.map((entry) => compact({ ...entry }));
const exportCertificates = (certifications: ProfileContent['certifications']): Obj[] =>
  certifications.map((entry) => compact({ ...entry }));

/**
 * Whether `original` (a section as it came in) still maps to exactly what the profile holds, judged after the
 * domain's own normalisation; a section that no longer validates on its own never matches.
 */
function stillMatches(original: unknown, section: Partial<ProfileContentInput>, current: unknown): boolean {
  if (original === undefined) return false;
  const content = normalised(section) as unknown as Obj | null;
  const key = Object.keys(section)[0] as string;
  return content !== null && JSON.stringify(content[key]) === JSON.stringify(current);
}

/**
 * Maps a JSON Resume document to profile content. Item ids are drawn here (and kept by `Profile.create`)
 * so that unmodelled item fields can be keyed by them. Tailor-only fields written by `toJsonResume`
 * (`current`, work `keywords`, education `location`/`honors`, project `repoUrl`, `meta.tailor`) are read back.
 */
export function fromJsonResume(document: unknown, ids: IIdGenerator): ProfileContentInput {
  if (!isObj(document)) {
    throw ProfileErrors.validation([{ path: 'data', message: 'must be a JSON Resume object' }]);
  }
  const side: SideData = {};
  const originals: NonNullable<SideData['originals']> = {};
  const itemExtras: Record<string, Obj> = {};
  let tailorCustomFields: Obj = {};

  for (const [key, value] of Object.entries(document)) {
    if (MODELLED_SECTIONS.has(key)) continue;
    if (key === 'meta' && isObj(value) && isObj(value.tailor)) {
      const { tailor, ...meta } = value;
      tailorCustomFields = obj(obj(tailor).customFields);
      if (!isEmpty(meta)) side.meta = meta;
      continue;
    }
    side[key] = value;
  }

  const { name, label, email, phone, url, summary, location, profiles, ...basicsRest } = obj(document.basics);
  const basicsExtras: Obj = { ...basicsRest };
  // Source forms are kept only where Tailor's own export of the flattened data would not give them back.
  const links = linksFrom(url, profiles);
  const storedLinks = normalised({ links })?.links;
  if (!storedLinks || !sameJson(exportLinks(storedLinks), compact({ url, profiles }))) {
    if (url !== undefined) originals.url = url;
    if (profiles !== undefined) originals.profiles = profiles;
  }
  const place = formatLocation(location);
  if (isObj(location) && (place === undefined || !sameJson(exportLocation(place.trim()), location))) {
    originals.location = location;
  }

  const withId = (extras: Obj) => {
    const id = ids.next();
    if (!isEmpty(extras)) itemExtras[id] = extras;
    return id;
  };

  const experiences = arr(document.work).map((raw) => {
    const {
      name: company,
      company: legacyCompany,
      position,
      location: place,
      startDate,
      endDate,
      current,
      highlights,
      keywords,
      ...rest
    } = obj(raw);
    const extras: Obj = { ...rest };
    if (company !== undefined && legacyCompany !== undefined) extras.company = legacyCompany;
    const start = accept(extras, 'startDate', startDate, validDate);
    const presentEnd = typeof endDate === 'string' && PRESENT.test(endDate.trim());
    const end = presentEnd ? undefined : accept(extras, 'endDate', endDate, validDate);
    return {
      id: withId(extras),
      title: str(position),
      company: str(company) ?? str(legacyCompany),
      location: str(place),
      startDate: start,
      endDate: end,
      current:
        typeof current === 'boolean'
          ? current
          : presentEnd || (end === undefined && start !== undefined && extras.endDate === undefined),
      bullets: strings(highlights),
      technologies: strings(keywords),
    };
  });

  const education = arr(document.education).map((raw) => {
    const {
      institution,
      studyType,
      area,
      location: place,
      startDate,
      endDate,
      score,
      gpa,
      honors,
      courses,
      ...rest
    } = obj(raw);
    const extras: Obj = { ...rest };
    if (score !== undefined && gpa !== undefined) extras.gpa = gpa;
    const start = accept(extras, 'startDate', startDate, validDate);
    const end = accept(extras, 'endDate', endDate, validDate);
    return {
      id: withId(extras),
      institution: str(institution),
      degree: str(studyType),
      field: str(area),
      location: str(place),
      startDate: start,
      endDate: end,
      gpa: str(score) ?? str(gpa),
      honors: str(honors),
      coursework: strings(courses),
    };
  });

  const projects = arr(document.projects).map((raw) => {
    const {
      name: projectName,
      description,
      highlights,
      keywords,
      url: projectUrl,
      repoUrl,
      startDate,
      endDate,
      ...rest
    } = obj(raw);
    const extras: Obj = { ...rest };
    return {
      name: str(projectName),
      description: str(description),
      bullets: strings(highlights),
      technologies: strings(keywords),
      url: accept(extras, 'url', projectUrl, isHttpUrl),
      repoUrl: accept(extras, 'repoUrl', repoUrl, isHttpUrl),
      startDate: accept(extras, 'startDate', startDate, validDate),
      endDate: accept(extras, 'endDate', endDate, validDate),
      id: withId(extras),
    };
  });

  const skills = skillsFrom(document.skills);
  const languages = languagesFrom(document.languages);
  const certifications = certificationsFrom(document.certificates);
  const stored = normalised({ skills, languages, certifications });
  if (!stored || !sameJson(exportSkills(stored.skills), document.skills)) originals.skills = document.skills;
  if (!stored || !sameJson(exportLanguages(stored.languages), document.languages)) {
    originals.languages = document.languages;
  }
  if (!stored || !sameJson(exportCertificates(stored.certifications), document.certificates)) {
    originals.certificates = document.certificates;
  }
  for (const key of ['skills', 'languages', 'certificates'] as const) {
    if (originals[key] === undefined) delete originals[key];
  }

  const contactEmail = accept(
    basicsExtras,
    'email',
    email,
    (value) => typeof value === 'string' && hasEmailShape(value.trim()),
  );
  if (!isEmpty(basicsExtras)) side.basics = basicsExtras;
  if (!isEmpty(itemExtras)) side.itemExtras = itemExtras;
  if (!isEmpty(originals)) side.originals = originals;

  return {
    fullName: str(name),
    headline: str(label),
    email: contactEmail,
    phone: str(phone),
    location: place,
    links,
    summary: str(summary),
    experiences,
    education,
    projects,
    skills,
    languages,
    certifications,
    customFields: isEmpty(side) ? tailorCustomFields : { ...tailorCustomFields, [SIDE_KEY]: side },
  };
}

/** The profile as a JSON Resume document that validates against the v1 schema. */
export function toJsonResume(profile: ProfileContent): JsonResume {
  const { [SIDE_KEY]: rawSide, ...ownCustomFields } = profile.customFields;
  const side = obj(rawSide) as SideData;
  const { basics: basicsExtras, itemExtras = {}, originals = {}, ...sections } = side;
  const extrasOf = (id: string): Obj => obj(itemExtras[id]);

  const basics: Obj = { ...obj(basicsExtras) };
  Object.assign(
    basics,
    compact({ name: profile.fullName, label: profile.headline, email: profile.email, phone: profile.phone }),
  );
  if (
    stillMatches(
      originals.url ?? null,
      { links: linksFrom(originals.url, originals.profiles) },
      profile.links,
    )
  ) {
    if (originals.url !== undefined) basics.url = originals.url;
    if (originals.profiles !== undefined) basics.profiles = originals.profiles;
  } else {
    const website = profile.links.find((link) => link.label === WEBSITE_LABEL);
    if (website) basics.url = website.url;
    const others = profile.links.filter((link) => link !== website);
    if (others.length > 0) basics.profiles = others.map((link) => ({ network: link.label, url: link.url }));
  }
  if (profile.summary !== null) basics.summary = profile.summary;
  if (profile.location !== null) {
    basics.location =
      originals.location !== undefined && formatLocation(originals.location) === profile.location
        ? originals.location
        : exportLocation(profile.location);
  }

  const work = profile.experiences.map((item) => {
    const inferredCurrent = item.endDate === null && item.startDate !== null;
    return withExtras(extrasOf(item.id), {
      name: item.company,
      position: item.title,
      location: item.location,
      startDate: item.startDate,
      endDate: item.endDate,
      // JSON Resume has no "current": absence of an end date says it. Written only when that reading is wrong.
      current: item.current === inferredCurrent ? undefined : item.current,
      highlights: item.bullets,
      keywords: item.technologies,
    });
  });

  const education = profile.education.map((item) =>
    withExtras(extrasOf(item.id), {
      institution: item.institution,
      studyType: item.degree,
      area: item.field,
      location: item.location,
      startDate: item.startDate,
      endDate: item.endDate,
      score: item.gpa,
      honors: item.honors,
      courses: item.coursework,
    }),
  );

  const projects = profile.projects.map((item) =>
    withExtras(extrasOf(item.id), {
      name: item.name,
      description: item.description,
      highlights: item.bullets,
      keywords: item.technologies,
      url: item.url,
      repoUrl: item.repoUrl,
      startDate: item.startDate,
      endDate: item.endDate,
    }),
  );

  const skills = stillMatches(originals.skills, { skills: skillsFrom(originals.skills) }, profile.skills)
    ? originals.skills
    : exportSkills(profile.skills);

  const languages = stillMatches(
    originals.languages,
    { languages: languagesFrom(originals.languages) },
    profile.languages,
  )
    ? originals.languages
    : exportLanguages(profile.languages);

  const certificates = stillMatches(
    originals.certificates,
    { certifications: certificationsFrom(originals.certificates) },
    profile.certifications,
  )
    ? originals.certificates
    : exportCertificates(profile.certifications);

  const document: JsonResume = {
    ...sections,
    basics,
    ...compact({ work, education, projects }),
  };
  if (Array.isArray(skills) ? skills.length > 0 : skills !== undefined) document.skills = skills;
  if (Array.isArray(languages) ? languages.length > 0 : languages !== undefined)
    document.languages = languages;
  if (Array.isArray(certificates) ? certificates.length > 0 : certificates !== undefined) {
    document.certificates = certificates;
  }
  if (!isEmpty(ownCustomFields)) {
    document.meta = { ...obj(sections.meta), tailor: { customFields: ownCustomFields } };
  }
  return document;
}
