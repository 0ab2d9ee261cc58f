import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';
import { findKnockouts } from '../src/tailoring/knockouts.js';

const keywords = (text: string): string[] => {
  const k = extractJobKeywords(parseJobPosting(text));
  return [...k.required, ...k.preferred].map((x) => x.name);
};
const kinds = (text: string): string[] => findKnockouts([text]).map((k) => k.kind);

describe('apprenticeships and training places', () => {
  it.each([
    ['Apprentice Electrician\nSparks & Co Ltd\nLeeds\n\nLearn installation and testing on site.'],
    ['Ausbildung zum Bäcker (m/w/d) 2027\nBäckerei Huber GmbH\nMünchen\n\nDeine Aufgaben\n- Brot backen'],
    ['Apprenti boulanger H/F\nBoulangerie Martin\nLyon\n\nVous apprendrez le métier.'],
    ['Assistant comptable H/F\nCabinet Martin\nLille\n\nContrat de professionnalisation de 24 mois.'],
    ['Aprendiz de cocina\nRestaurante El Puerto\nValencia\n\nFormación en cocina mediterránea.'],
  ])('are read as a training place (internship): %s', (text) => {
    expect(parseJobPosting(text).employmentType).toBe('internship');
  });

  it('do not make a finished apprenticeship asked for in the profile a training place', () => {
    const text =
      'Elektroniker (m/w/d)\nVoss GmbH\nKassel\n\nIhr Profil\n- Abgeschlossene Ausbildung als Elektroniker';
    expect(parseJobPosting(text).employmentType).toBeNull();
  });
});

describe('the employer named in apposition to "we"', () => {
  it('is the company, and the bare place under the title is the place', () => {
    const p = parseJobPosting(
      'Verkäufer (m/w/d)\nMünchen\n\nWir, die Bäckerei Schmidt GmbH, suchen ab sofort Verstärkung.\n\nIhre Aufgaben\n- Beratung und Verkauf',
    );
    expect([p.company, p.location]).toEqual(['Bäckerei Schmidt GmbH', 'München']);
  });
});

describe('a Polish employment contract stated in the body', () => {
  it('is read although its last letter is no ASCII letter ("umowę o pracę,")', () => {
    const p = parseJobPosting(
      'Sprzedawca\nSklep Groszek\nLublin\n\nObowiązki\n- Obsługa kasy\n\nOferujemy\nUmowę o pracę, 5 000 zł brutto.',
    );
    expect(p.employmentType).toBe('full_time');
  });
});

describe('titles followed by their place and pay on the same line', () => {
  it('peels the pay and the place off the title', () => {
    const p = parseJobPosting(
      'HGV Technician - Doncaster - £38,000 to £44,000 a year\nRoadline Fleet Services is hiring an HGV Technician for our workshop in Doncaster.',
    );
    expect([p.title, p.location]).toEqual(['HGV Technician', 'Doncaster']);
  });

  it('reads a long one-line posting whose header parts are separated by dashes', () => {
    const p = parseJobPosting(
      "Plongeur / Commis de cuisine H/F - Restaurant Le Vieux Port - Marseille - 11,88 € brut de l'heure - Le Restaurant Le Vieux Port recrute un plongeur pour la saison : plonge et nettoyage de la vaisselle, entretien de la cuisine et des chambres froides, aide à la mise en place. Respect des règles d'hygiène HACCP. Travail le week-end.",
    );
    expect([p.title, p.company, p.location]).toEqual([
      'Plongeur / Commis de cuisine',
      'Restaurant Le Vieux Port',
      'Marseille',
    ]);
  });
});

describe('words the posting gives another meaning', () => {
  it('reads Polish "hydraulik" as the plumber, German "Hydraulik" as hydraulics', () => {
    const pl =
      'Hydraulik\nInstal-Serwis Sp. z o.o.\nWrocław\n\nObowiązki:\n- montaż instalacji wodno-kanalizacyjnych\nWymagania:\n- doświadczenie jako hydraulik w firmie';
    const de =
      'Industriemechaniker (m/w/d)\nHuber GmbH\nAugsburg\n\nIhr Profil:\n- Kenntnisse in Hydraulik und Pneumatik für die Wartung der Anlagen';
    expect(keywords(pl)).not.toContain('Hydraulics');
    expect(keywords(pl)).toContain('Plumbing');
    expect(keywords(de)).toContain('Hydraulics');
  });

  it('reads "colegiación" as a nurse\'s registration only in a nursing posting', () => {
    const pharmacist =
      'Farmacéutico/a\nFarmacia Plaza\nZaragoza\n\nRequisitos\n- Grado en Farmacia y colegiación\n- Experiencia en oficina de farmacia';
    const nurse = 'Enfermero/a\nClínica Sur\nSevilla\n\nRequisitos\n- Grado en Enfermería y colegiación';
    expect(keywords(pharmacist)).not.toContain('Nursing registration');
    expect(keywords(nurse)).toContain('Nursing registration');
  });

  it('reads a phone call being handled as no on-call duty', () => {
    const text =
      'Call Centre Agent\nConnectCo\nGlasgow\n\nResponsibilities\n- Inbound call handling for utility clients\n- Follow up on call handling quality';
    expect(keywords(text)).not.toContain('On-call duty');
    expect(kinds('Follow up on call handling quality with the team leader.')).not.toContain('shifts');
    expect(kinds('You will be on call one weekend in four.')).toContain('shifts');
    expect(
      keywords('Engineer\nAcme\nLeeds\n\nRequirements\n- Willing to be on call for emergencies'),
    ).toContain('On-call duty');
  });

  it('reads passengers with accessibility needs as no accessible design', () => {
    const text =
      'Bus Driver\nNorthway Buses Ltd\nSheffield\n\nWhat you will do\n- Help passengers with accessibility needs';
    expect(keywords(text)).not.toContain('Accessibility');
  });

  it('reads "regression tests" as regression testing, not regression analysis', () => {
    const text =
      'Software Tester\nKestrel\nBelfast\n\nRequirements\n- Automate regression tests with Selenium';
    expect(keywords(text)).toContain('Regression testing');
    expect(keywords(text)).not.toContain('Regression analysis');
  });
});

describe('the employer named in its own text without its legal form', () => {
  it('makes no keyword ("Apex Access Ltd" writes "Apex Access erects …")', () => {
    const text =
      'CISRS Scaffolder\nApex Access Ltd\nSalford\n\nApex Access erects scaffolding across Greater Manchester.\n\nRequirements\n- CISRS Scaffolder card';
    expect(keywords(text)).not.toContain('Apex');
  });
});

describe('trades the vocabulary lacked', () => {
  it('reads gardening work in German and Spanish', () => {
    expect(
      keywords(
        'Gärtner (m/w/d)\nGrünwerk GmbH\nStuttgart\n\nIhre Aufgaben\n- Rasenpflege und Gehölzschnitt\n- Pflasterarbeiten',
      ),
    ).toEqual(expect.arrayContaining(['Lawn care', 'Tree pruning', 'Paving']));
    expect(
      keywords(
        'Jardinero/a\nViveros Levante\nAlicante\n\nTareas\n- Poda de árboles, siega de césped e instalación de riego por goteo',
      ),
    ).toEqual(expect.arrayContaining(['Tree pruning', 'Lawn care', 'Irrigation systems']));
  });

  it('reads no tree pruning into data pruning', () => {
    expect(keywords('Data Engineer\nAcme\nLeeds\n\nTasks\n- Data collection and data pruning')).not.toContain(
      'Tree pruning',
    );
  });
});

describe('knock-outs stated in words the rules lacked', () => {
  it.each([
    ['shifts', 'Bereitschaft zur Arbeit an Samstagen.'],
    ['licence_or_certification', "Inscription à l'Ordre des masseurs-kinésithérapeutes."],
    ['licence_or_certification', 'Aktuelles Gesundheitszeugnis nach dem Infektionsschutzgesetz.'],
    ['licence_or_certification', 'Aktualne orzeczenie do celów sanitarno-epidemiologicznych.'],
  ])('%s: %s', (kind, sentence) => {
    expect(kinds(sentence)).toContain(kind);
  });
});
