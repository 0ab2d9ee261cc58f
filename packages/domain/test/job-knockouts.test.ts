import { describe, expect, it } from 'vitest';
import { Job } from '../src/jobs/job.js';
import {
  parseJobPosting,
  POSTING_LAYOUT_VERSION,
  storedPostingLayout,
  type StoredPostingLayout,
} from '../src/jobs/parse-job-posting.js';
import { readJobText } from '../src/jobs/job-text.js';
import { KNOCKOUTS_VERSION, storedKnockouts } from '../src/tailoring/job-knockouts.js';
import { compileJob } from '../src/tailoring/match-report.js';

/** The knock-outs of a pasted posting, as a saved job's match report reads them: "kind: sentence". */
function knockouts(posting: string): string[] {
  const p = parseJobPosting(posting);
  const job = {
    title: p.title ?? '',
    description: p.description,
    responsibilities: p.responsibilities,
    requirements: p.requirements,
    niceToHave: p.niceToHave,
    keywords: { required: [], preferred: [] },
  };
  return compileJob(job).knockouts.map((k) => `${k.kind}: ${k.text}`);
}

describe('knock-outs come from what a posting asks, not from what it offers', () => {
  it.each([
    [
      'en',
      'Care Assistant\nMeadowbank Care Home\nLeeds\n\nAbout us\nMeadowbank is a family-run care home. Our team works day and night shifts.\n\nYour role\n- Support residents with personal care and meals\n- Work a rota of days, nights and weekends\n\nRequirements\n- You must be 18 or over\n- Enhanced DBS check required\n\nWhat we offer\n- Overtime paid at time and a half\n- We fund the Care Certificate\n- Visa sponsorship available\n\nHow to apply\nApply online with your CV.\n',
      [
        'shifts: Work a rota of days, nights and weekends',
        'minimum_age: You must be 18 or over',
        'security_clearance: Enhanced DBS check required',
      ],
      ['Overtime paid', 'Care Certificate', 'Visa sponsorship', 'Our team works'],
    ],
    [
      'de',
      'Lagermitarbeiter (m/w/d)\nLogistik Nord GmbH\nHamburg\n\nIhre Aufgaben\n- Kommissionierung und Verpackung von Waren\n- Arbeit im Dreischichtsystem\n\nIhr Profil\n- Staplerschein erforderlich\n- Gute Deutschkenntnisse\n\nWir bieten\n- Schichtzulagen und bezahlte Überstunden\n- Wir finanzieren Ihren Führerschein Klasse C\n- 30 Tage Urlaub\n',
      [
        'shifts: Arbeit im Dreischichtsystem',
        'licence_or_certification: Staplerschein erforderlich',
        'language: Gute Deutschkenntnisse',
      ],
      ['Schichtzulagen', 'Führerschein Klasse C'],
    ],
    [
      'fr',
      "Serveur / Serveuse H/F\nBrasserie du Port\nMarseille\n\nVos missions\n- Accueil et service des clients\n\nProfil recherché\n- 2 ans d'expérience en restauration\n- Disponible le week-end\n\nNous offrons\n- Travail de nuit majoré à 25 %\n- Permis d'exploitation financé par l'entreprise\n",
      ["experience_years: 2 ans d'expérience en restauration", 'shifts: Disponible le week-end'],
      ['Travail de nuit', "Permis d'exploitation"],
    ],
    [
      'es',
      'Dependiente/a\nModa Sol S.L.\nSevilla\n\nRequisitos\n- Experiencia mínima de 1 año en tienda\n- Disponibilidad para trabajar fines de semana\n\nOfrecemos\n- Contrato indefinido\n- Turnos fijos de mañana\n- Carnet de manipulador de alimentos a cargo de la empresa\n',
      [
        'experience_years: Experiencia mínima de 1 año en tienda',
        'shifts: Disponibilidad para trabajar fines de semana',
      ],
      ['Turnos fijos', 'Carnet de manipulador'],
    ],
    [
      'pl',
      'Magazynier\nTrans-Bud Sp. z o.o.\nŁódź\n\nWymagania\n- uprawnienia UDT na wózki widłowe\n- gotowość do pracy w systemie zmianowym\n\nOferujemy\n- dodatek za pracę w nocy i w weekendy\n- sfinansowanie kursu na prawo jazdy kat. C\n',
      [
        'licence_or_certification: uprawnienia UDT na wózki widłowe',
        'shifts: gotowość do pracy w systemie zmianowym',
      ],
      ['dodatek za pracę', 'prawo jazdy'],
    ],
  ])('%s', (_lang, posting, asked, offered) => {
    const found = knockouts(posting);
    for (const k of asked) expect(found).toContain(k);
    for (const o of offered) expect(found.filter((k) => k.includes(o))).toEqual([]);
  });

  it('reads a posting without headings whole', () => {
    expect(
      knockouts(
        'Night shift warehouse operative needed in Leeds. You must hold a valid forklift licence and be available at weekends. £12.50 per hour.',
      ),
    ).toEqual([
      'shifts: Night shift warehouse operative needed in Leeds.',
      'licence_or_certification: You must hold a valid forklift licence and be available at weekends.',
      'shifts: You must hold a valid forklift licence and be available at weekends.',
    ]);
  });

  it('reads no knock-out in a sentence that states what the employer gives, headed or not', () => {
    expect(
      knockouts(
        'Backend Engineer | Finlytics | London | £85,000. You have 5+ years of backend experience. We offer 30 days holiday, private health insurance and visa sponsorship.',
      ),
    ).toEqual(['experience_years: You have 5+ years of backend experience.']);
    expect(
      knockouts(
        'Magazynier\nLogi Sp. z o.o.\n\n- uprawnienia UDT\n- Oferujemy pracę zmianową i umowę o pracę\n- Free DBS check\n- Overtime paid at time and a half\n- Night shift allowance of 15%\n- Schichtzulagen und Nachtzuschläge\n- Prime de nuit\n- Plus de nocturnidad\n- Dodatek za pracę w nocy\n- Wir finanzieren Ihren Führerschein\n- Nous prenons en charge le permis CACES\n- Ofrecemos turnos fijos\n',
      ),
    ).toEqual(['licence_or_certification: uprawnienia UDT']);
  });

  it('reads no knock-out in what a posting would only like', () => {
    expect(
      knockouts(
        "Staff Nurse\nCity Hospital\n\nRequirements\n- Active RN license\n- Bachelor's degree (MSN preferred)\n- 1 year of acute care experience preferred\n- BSN (Preferred)\n\nNice to have\n- ACLS certification\n\nIhr Profil\n- Führerschein Klasse B wünschenswert\n- Uprawnienia UDT mile widziane\n",
      ),
    ).toEqual(['licence_or_certification: Active RN license', "degree: Bachelor's degree (MSN preferred)"]);
  });

  it('reads from a duty only what it states as a must, and its shifts', () => {
    const found = knockouts(
      'Research Nurse\nCity Hospital\n\nResponsibilities\n- Collaborate with PhD students on clinical studies\n- Keep certification records of the unit up to date\n- Maintain an active RN licence\n- Work rotating shifts\n',
    );
    expect(found).toEqual([
      'licence_or_certification: Maintain an active RN licence',
      'shifts: Work rotating shifts',
    ]);
  });

  it('keeps the conditions stated among the legal lines, the hours beside the pay and the hiring sentence of "About us"', () => {
    const found = knockouts(
      'ICU Nurse\nMercy Ridge\n\nAbout us\nMercy Ridge is a regional hospital. We are looking for a nurse with 2 years of ICU experience.\n\nSchedule and pay\n- Three 12-hour shifts per week, rotating weekends\n- $58 - $72 per hour, overtime paid\n\nEqual opportunity\nWe are an equal opportunity employer. Applicants must be authorized to work in the U.S.\n',
    );
    expect(found).toEqual([
      'experience_years: We are looking for a nurse with 2 years of ICU experience.',
      'shifts: Three 12-hour shifts per week, rotating weekends',
      'work_authorisation: Applicants must be authorized to work in the U.S.',
    ]);
  });

  it('reads a check or the right to work stated as a condition among the benefits or About us', () => {
    expect(
      knockouts(
        'Staff Nurse\nHCA Healthcare\n\nRequirements\n- Active RN license\n\nBenefits\n- Visa sponsorship available\n- Free DBS check\n- All offers are contingent on a background check and drug screen.\n\nAbout us\nWe are a regional hospital. Candidates must have the right to work in the UK.\n',
      ),
    ).toEqual([
      'licence_or_certification: Active RN license',
      'security_clearance: All offers are contingent on a background check and drug screen.',
      'work_authorisation: Candidates must have the right to work in the UK.',
    ]);
  });

  it('reads the title once, with its gender marker too', () => {
    expect(
      knockouts(
        'Kommissionierer (m/w/d) - Nachtschicht\nDHL Supply Chain\nPforzheim\n\nDeine Aufgaben\n- Verladung\n',
      ),
    ).toEqual(['shifts: Kommissionierer - Nachtschicht']);
  });

  it('reads the title once, and no knock-out in a details row answered no', () => {
    expect(
      knockouts(
        'Registered Nurse - Nights - $5,000 Sign-On Bonus\nHCA Healthcare\nOverview\nSalary\n$38 - $52 per hour\nDrug test\nNo\nSecurity clearance\nNot required\nDuties\n- Patient care.\n',
      ),
    ).toEqual(['licence_or_certification: Registered Nurse - Nights', 'shifts: Registered Nurse - Nights']);
  });

  it('reads no knock-out in a phrase where its word means something else', () => {
    expect(
      knockouts(
        'Logistics Coordinator\nAcme Freight Ltd\n\nRequirements\n- Experience with customs clearance and import documentation\n- Knowledge of SSL certificate management\n- Experience building user registration flows\n- Understanding of software licensing models\n- Experience with shift-left testing practices\n- Supervise nursing assistants on the shift\n- Give medications to 24 patients per shift\n- Able to work the shift pattern\n- Experience with the Citizens Advice service\n- Licence en droit\n- Active SC security clearance\n- Valid forklift licence\n- Willing to work shifts\n',
      ),
    ).toEqual([
      'shifts: Able to work the shift pattern',
      'degree: Licence en droit',
      'security_clearance: Active SC security clearance',
      'licence_or_certification: Valid forklift licence',
      'shifts: Willing to work shifts',
    ]);
  });

  it('reads a requirement once when the parser split a preference off its sentence', () => {
    expect(
      knockouts(
        'Réceptionniste de nuit (H/F)\nHôtel Le Grand Large\n\nProfil recherché\n• Anglais courant, une deuxième langue serait un plus\n• Active Registered Nurse licence\n',
      ),
    ).toEqual(['language: Anglais courant', 'licence_or_certification: Active Registered Nurse licence']);
  });

  it('reads no licence or degree in a sentence where the employer describes itself', () => {
    expect(
      knockouts(
        'Groundworker\nKier Group\n\nWe are a certified B Corp. Nous sommes titulaires de la certification Qualiopi. We are looking for a groundworker with a valid CSCS card.\n',
      ),
    ).toEqual(['licence_or_certification: We are looking for a groundworker with a valid CSCS card.']);
  });

  it('reads no shift into a labelled pay row', () => {
    expect(
      knockouts(
        'Warehouse Associate\nKeystone Logistics\nAllentown, PA\nPay: $19.75/hr + $1.50 shift differential\n\nRequirements\n- Able to lift 50 lbs\n',
      ),
    ).toEqual([]);
  });

  it("reads a federal posting's clearance from its row", () => {
    const found = knockouts(
      'Supply Technician\nDepartment of the Army\nOverview\nSalary\n$47,006 - $61,105 per year\nPay scale & grade\nGS 7\nSecurity clearance\nSecret\nDuties\n- Maintain stock control records.\nBenefits\nA comprehensive benefits package, including overtime pay and certification training.\n',
    );
    expect(found).toEqual(['security_clearance: Security clearance: Secret']);
  });
});

describe('a saved job’s stored layout', () => {
  const posting =
    'Care Assistant\nMeadowbank Care Home\n\nRequirements\n- You must be 18 or over\n\nWhat we offer\n- Overtime paid at time and a half\n- Weekend work available for those who want it\n';
  const p = parseJobPosting(posting);
  const job = {
    title: p.title ?? '',
    description: p.description,
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    keywords: { required: [], preferred: [] },
  };
  const kinds = (layout?: StoredPostingLayout | null) =>
    compileJob({ ...job, layout }).knockouts.map((k) => `${k.kind}: ${k.text}`);

  it('is what the match report reads when this version stored it, and read anew otherwise', () => {
    const read = kinds(undefined);
    expect(read).toEqual(['minimum_age: You must be 18 or over']);
    expect(kinds(storedPostingLayout(job.description))).toEqual(read);
    // A layout that says the weekend line is a requirement: used as stored, since this version made it.
    const stored = storedPostingLayout(job.description);
    const asRequirements = {
      ...stored,
      sections: stored.sections.map((s) => ({ ...s, kind: 'requirements' as const })),
    };
    expect(kinds(asRequirements)).toContain('shifts: Weekend work available for those who want it');
    // The same layout from another version of the reading is read again from the description.
    expect(kinds({ ...asRequirements, version: POSTING_LAYOUT_VERSION + 1 })).toEqual(read);
  });

  it('is read when a job is created or its description changes', () => {
    const saved = Job.create({
      id: 'j1',
      ownerId: 'u1',
      source: 'parsed',
      details: { title: 'Care Assistant', description: posting },
      keywords: { required: [], preferred: [] },
      now: new Date('2026-12-07T00:00:00Z'),
    });
    expect(saved.toPrimitives().layout).toEqual(storedPostingLayout(posting));
    saved.update(
      { title: 'Care Assistant', description: 'Requirements\n- Valid driving licence' },
      { required: [], preferred: [] },
      new Date('2026-12-08T00:00:00Z'),
    );
    expect(saved.toPrimitives().layout?.sections).toEqual([
      { heading: 'Requirements', kind: 'requirements', items: ['Valid driving licence'] },
    ]);
  });
});

describe('a saved job’s stored knock-outs', () => {
  const job = {
    title: 'Delivery Driver',
    description: 'Requirements\n- Full UK driving licence\n- Weekend shifts\n',
    responsibilities: ['Deliver parcels on a set route'],
    requirements: ['Must be 21 or over for insurance purposes'],
    niceToHave: [],
    keywords: { required: [], preferred: [] },
    layout: storedPostingLayout('Requirements\n- Full UK driving licence\n- Weekend shifts\n'),
  };
  const kinds = (j: Parameters<typeof compileJob>[0]) =>
    compileJob(j).knockouts.map((k) => `${k.kind}: ${k.text}`);

  it('are what the match report reads when this version stored them, and read anew otherwise', () => {
    const read = kinds(job);
    expect(read).toEqual([
      'minimum_age: Must be 21 or over for insurance purposes',
      'licence_or_certification: Full UK driving licence',
      'shifts: Weekend shifts',
    ]);
    const stored = storedKnockouts(job);
    expect(stored).toEqual({
      version: KNOCKOUTS_VERSION,
      layoutVersion: POSTING_LAYOUT_VERSION,
      items: expect.any(Array),
    });
    // Kept knock-outs are used as they are (the report reads nothing again) …
    const kept = { ...stored, items: [{ kind: 'language' as const, text: 'Fluent Welsh' }] };
    expect(kinds({ ...job, knockouts: kept })).toEqual(['language: Fluent Welsh']);
    // … unless another version of the knock-out reading or of the layout made them.
    expect(kinds({ ...job, knockouts: { ...kept, version: KNOCKOUTS_VERSION + 1 } })).toEqual(read);
    expect(kinds({ ...job, knockouts: { ...kept, layoutVersion: POSTING_LAYOUT_VERSION + 1 } })).toEqual(
      read,
    );
    expect(kinds({ ...job, knockouts: null })).toEqual(read);
  });

  it('are read when a job is created and again when its details change', () => {
    const saved = Job.create({
      id: 'j2',
      ownerId: 'u1',
      source: 'user_created',
      details: { title: 'Delivery Driver', description: job.description },
      keywords: { required: [], preferred: [] },
      now: new Date('2026-12-07T00:00:00Z'),
    });
    const items = () => saved.toPrimitives().knockouts?.items.map((k) => k.kind);
    expect(items()).toEqual(['licence_or_certification', 'shifts']);
    saved.update(
      { title: 'Delivery Driver', description: job.description, requirements: ['Must be 21 or over'] },
      { required: [], preferred: [] },
      new Date('2026-12-08T00:00:00Z'),
    );
    expect(items()).toEqual(['minimum_age', 'licence_or_certification', 'shifts']);
  });

  it('are read off the request’s thread as the job would read them, and kept as read', () => {
    // Untrimmed, as a client sends them: the reading sees what the job keeps.
    const details = {
      title: '  Delivery Driver ',
      description: '\n Requirements\n- Full UK driving licence\n- Weekend shifts\n\n',
      requirements: [' Must be 21 or over ', ''],
    };
    const create = (read: Partial<ReturnType<typeof readJobText>>) =>
      Job.create({
        id: 'j3',
        ownerId: 'u1',
        source: 'user_created',
        details,
        keywords: { required: [], preferred: [] },
        ...read,
        now: new Date('2026-12-07T00:00:00Z'),
      }).toPrimitives();
    const { layout, knockouts } = readJobText(details);
    expect(knockouts).toEqual(create({}).knockouts);
    expect(create({ layout, knockouts })).toEqual(create({}));
    // What was read is what is kept: the job does not read its text again.
    const given = { ...knockouts, items: [{ kind: 'language' as const, text: 'Fluent Welsh' }] };
    expect(create({ layout, knockouts: given }).knockouts).toBe(given);
  });
});
