import { describe, expect, it } from 'vitest';
import { checkTruthfulness } from '../../src/tailoring/truthfulness.js';
import { bulletBy, compile, flaggedBy, profileOf, role } from './claim-checks.js';

// Lies a model writes when told to tailor a resume to a posting and not to invent, in trades the earlier rounds
// did not try (a delivery driver, a store's assistant manager, a data analyst, a sous chef, a dental assistant, a
// Spanish site labourer, a French kitchen hand, a Polish bookkeeper), each beside the faithful line it imitates.

const past = (r: ReturnType<typeof role>, endDate: string) => ({ ...r, current: false, endDate });

const retailFacts = compile({
  ...profileOf(
    role(
      'Assistant Store Manager',
      'Northgate Outfitters',
      [
        'Supervised 12 sales associates across two shifts',
        'Increased store sales by 8% year over year',
        'Managed weekly inventory counts and stock replenishment',
      ],
      '2021-01',
    ),
    past(
      role('Sales Associate', 'Northgate Outfitters', ['Set up seasonal floor displays'], '2018-05'),
      '2020-12',
    ),
  ),
  skills: { technical: ['Visual merchandising'], tools: ['Square POS', 'Microsoft Excel'], soft: [] },
});
const retail = flaggedBy(retailFacts, ['Store Manager', 'Fieldstone Retail', 'Denver, CO']);
const retailBullet = bulletBy(retailFacts);

const chefFacts = compile(
  profileOf(
    role(
      'Sous Chef',
      'The Copper Pot',
      ['Designed a seasonal brunch menu', 'Ordered produce and dry goods from 5 suppliers'],
      '2021-05',
    ),
  ),
);
const chef = flaggedBy(chefFacts, ['Head Chef', 'Maison Lumière']);
const chefBullet = bulletBy(chefFacts);

const analystFacts = compile({
  ...profileOf(
    role(
      'Data Analyst',
      'Meridian Health Partners',
      [
        'Built weekly Tableau dashboards for the operations team',
        'Wrote SQL queries to track patient wait times',
      ],
      '2021-02',
    ),
  ),
  skills: { technical: ['SQL'], tools: ['Tableau', 'Excel'], soft: [] },
});
const analyst = flaggedBy(analystFacts, ['Senior Data Analyst', 'Orbital Fintech']);
const analystBullet = bulletBy(analystFacts);

const driverFacts = compile({
  ...profileOf(
    role(
      'Delivery Driver',
      'Parkside Freight',
      [
        'Drove a 26-foot box truck on regional routes across 3 states',
        'Performed pre-trip vehicle inspections',
      ],
      '2020-06',
    ),
  ),
  certifications: [{ name: 'CDL Class B', issuer: 'Ohio BMV' }],
});
const driver = flaggedBy(driverFacts, ['Regional CDL Driver', 'Summit Logistics']);
const driverBullet = bulletBy(driverFacts);

describe('the title a summary opens with', () => {
  it('is a title held, not the posting’s, and an assistant’s title keeps "Assistant"', () => {
    expect(retail('Experienced Store Manager with a record of growing sales.')).toContain(
      'title:Store Manager',
    );
    expect(retail('Results-driven Store Manager with 5 years in retail.')).toContain('title:Store Manager');
    expect(analyst('Senior Data Analyst with strong SQL and Tableau skills.')).toContain(
      'title:Senior Data Analyst',
    );
    expect(chef('Creative Head Chef who designs seasonal menus.')).toContain('title:Head Chef');
    expect(driver('Dependable Regional CDL Driver with a clean record.')).toContain(
      'title:Regional CDL Driver',
    );
    expect(chef('I am a seasoned head chef.')).toContain('title:head chef');
  });

  it('lets the title held through, with what the person is like before it', () => {
    expect(retail('Experienced Assistant Store Manager with a record of growing sales.')).toEqual([]);
    expect(retail('I am an experienced Assistant Store Manager.')).toEqual([]);
    expect(chef('Creative Sous Chef who designs seasonal menus.')).toEqual([]);
    expect(driver('Dependable delivery driver with six years on regional routes.')).toEqual([]);
    expect(analyst('Detail-oriented Data Analyst, skilled in SQL and Tableau.')).toEqual([]);
    // A kind of person, a greeting, a bullet's verb: no title.
    expect(retail('I am a hard worker and a natural leader.')).toEqual([]);
    expect(retail('Dear Hiring Manager,')).toEqual([]);
    expect(chef('As Sous Chef at The Copper Pot I designed a seasonal brunch menu.')).toEqual([]);
  });

  it('is read in German and Polish', () => {
    const nurse = flaggedBy(
      compile(
        profileOf(role('Gesundheits- und Krankenpflegerin', 'Klinikum Nord', ['Versorgung von 8 Patienten'])),
      ),
      ['Stellvertretende Stationsleitung'],
    );
    expect(nurse('Erfahrene Stellvertretende Stationsleitung mit viel Sorgfalt.')).not.toEqual([]);
    expect(nurse('Erfahrene Gesundheits- und Krankenpflegerin mit viel Sorgfalt.')).toEqual([]);
    expect(nurse('Erfahrene Gesundheits- und Krankenpflegerin, die ihre Arbeit mit Sorgfalt macht.')).toEqual(
      [],
    );
    const lager = flaggedBy(
      compile(profileOf(role('Logistikkoordinator', 'Hansa Spedition GmbH', ['Koordiniere Sendungen']))),
      ['Disponent'],
    );
    expect(lager('Erfahrener Disponent mit Schwerpunkt Tourenplanung.')).toContain('title:Disponent');
    expect(lager('Erfahrener Logistikkoordinator, der Sendungen koordiniert.')).toEqual([]);
    const pl = flaggedBy(
      compile(profileOf(role('Samodzielny Księgowy', 'Biuro Plus', ['Prowadzę księgi']))),
      ['Główny Księgowy'],
    );
    expect(pl('Doświadczony Główny Księgowy z pasją do pracy.')).not.toEqual([]);
    expect(pl('Doświadczony Samodzielny Księgowy z pasją do pracy.')).toEqual([]);
  });

  it('is held to a deputy’s rank on the resume too', () => {
    expect(retail('At Northgate Outfitters I worked as Store Manager.')).toContain('title:Store Manager');
    const e = retailFacts.profile.experiences[0];
    if (!e) throw new Error('no role');
    const titled = (title: string) =>
      checkTruthfulness(retailFacts, {
        kind: 'resume',
        content: {
          summary: null,
          skills: [],
          projects: [],
          education: [],
          experiences: [
            {
              itemId: e.id,
              title,
              company: e.company,
              startDate: e.startDate,
              endDate: null,
              current: true,
              bullets: [],
            },
          ],
        },
      }).claims.filter((c) => c.verdict === 'unsupported' && c.type === 'title');
    expect(titled('Store Manager')).toHaveLength(1);
    expect(titled('Assistant Store Manager')).toEqual([]);
    expect(titled('Assistant Manager')).toEqual([]);
  });
});

describe('years said as more than a figure', () => {
  it('must be more than that figure, with no slack above it', () => {
    // Six and a half years of driving, to the test's today.
    expect(driver('Over 7 years of professional driving experience.')).toEqual(['number:7 years']);
    expect(driver('Ich bringe mehr als 7 Jahre Erfahrung mit.')).not.toEqual([]);
    expect(driver('Over 6 years of professional driving experience.')).toEqual([]);
    expect(driver('7 years of professional driving experience.')).toEqual([]);
  });
});

describe('the standing of an employer', () => {
  it('needs a line of the profile that says it', () => {
    expect(
      retail('At Northgate Outfitters, a Fortune 500 retailer, I supervised 12 associates.'),
    ).not.toEqual([]);
    expect(
      analyst('I work at a leading healthcare provider, building weekly Tableau dashboards.').some((c) =>
        c.startsWith('employer:'),
      ),
    ).toBe(true);
    expect(
      analyst('At Meridian Health Partners, one of the largest providers in the region, I build dashboards.'),
    ).not.toEqual([]);
    expect(retail('I managed inventory for a global retail brand.')).not.toEqual([]);
    expect(chef('I cook in a Michelin-starred kitchen.')).not.toEqual([]);
    expect(
      flaggedBy(
        compile(profileOf(role('Logistikkoordinator', 'Hansa Spedition GmbH', ['Koordiniere Sendungen']))),
      )('Bei Hansa Spedition, einem der größten Logistikunternehmen, koordiniere ich Sendungen.'),
    ).not.toEqual([]);
    expect(
      flaggedBy(
        compile(profileOf(role('Księgowa', 'Biuro Rachunkowe Kowalski', ['Prowadzę księgi klientów']))),
      )('Pracuję w jednym z największych biur rachunkowych w Krakowie.'),
    ).not.toEqual([]);
  });

  it('leaves the employer applied to, and a plain description', () => {
    expect(retail('Fieldstone Retail is one of the largest retailers in the region.')).toEqual([]);
    expect(retail('I admire how your leading brand treats its customers.')).toEqual([]);
    expect(
      analyst('At Meridian Health Partners, a healthcare provider, I build weekly Tableau dashboards.'),
    ).toEqual([]);
  });
});

describe('work at several places', () => {
  it('needs a line speaking of several', () => {
    expect(retail('I oversaw operations at multiple store locations.')).not.toEqual([]);
    expect(retail('I supervised associates across several stores.')).not.toEqual([]);
    // Several departments are no places of business.
    expect(retail('I worked with several departments on stock replenishment.')).toEqual([]);
  });
});

describe('an effect without a figure', () => {
  it('needs a line about the same work that states a change of the same outcome', () => {
    expect(chefBullet('Designed a seasonal brunch menu, increasing weekend revenue')).not.toEqual([]);
    expect(chefBullet('Designed a seasonal brunch menu that boosted revenue significantly')).not.toEqual([]);
    expect(
      analystBullet('Wrote SQL queries to track patient wait times, significantly reducing them'),
    ).not.toEqual([]);
    expect(analyst('At Meridian Health Partners my dashboards improved team productivity.')).not.toEqual([]);
  });

  it('lets a change the profile states through, and a result hoped for', () => {
    expect(retailBullet('Grew store sales by 8% year over year')).toEqual([]);
    expect(retailBullet('Drove store sales growth year over year')).toEqual([]);
    expect(retail('I would love to help grow sales at Fieldstone Retail.')).toEqual([]);
    expect(chefBullet('Designed a seasonal brunch menu')).toEqual([]);
  });
});

describe('a licence’s class and endorsements', () => {
  it('must be the class and endorsements the profile’s licence has', () => {
    expect(driver('I hold a Class A commercial driver’s license.')).toContain('certification:Class A');
    // (The vocabulary knows "Hazmat endorsement" as a skill too, which the profile does not list either.)
    expect(driver('I hold a CDL Class B with hazmat and tanker endorsements.')).toContainEqual(
      expect.stringMatching(/^certification:.*endorsements$/u),
    );
    expect(driver('I hold a Class B commercial driver’s license.')).toEqual([]);
    expect(driver('I hold a CDL Class B.')).toEqual([]);
  });

  it('reads a capitalised licence, even one named as the posting is', () => {
    const electrician = flaggedBy(
      compile({
        ...profileOf(role('Electrician', 'Volt Electric', ['Installed residential wiring'])),
        certifications: [{ name: 'Journeyman Electrician Licence', issuer: 'State of Ohio' }],
      }),
      ['Master Electrician', 'Gas Fitter'],
    );
    expect(electrician('I hold a Master Electrician Licence.')).toContain('certification:Master Electrician');
    expect(electrician('I hold a Gas Fitter Licence.')).not.toEqual([]);
    expect(electrician('I am a licensed gas fitter.')).not.toEqual([]);
    expect(electrician('I hold a Journeyman Electrician Licence.')).toEqual([]);
    expect(electrician('I am applying for the Master Electrician role.')).toEqual([]);
  });
});

describe('helping someone with the work, upgraded to doing it', () => {
  const obra = flaggedBy(
    compile(
      profileOf(
        role('Ayudante de obra', 'Construcciones Levante S.L.', [
          'Ayudo al encargado en la planificación de las obras',
          'Preparo materiales y herramientas para la cuadrilla',
        ]),
      ),
    ),
  );
  const obraBullet = bulletBy(
    compile(
      profileOf(
        role('Ayudante de obra', 'Construcciones Levante S.L.', [
          'Ayudo al encargado en la planificación de las obras',
        ]),
      ),
    ),
  );
  const commis = flaggedBy(
    compile(
      profileOf(
        role('Commis de cuisine', 'Brasserie du Port', ['Aide le chef de partie à la mise en place']),
      ),
    ),
  );
  const lager = flaggedBy(
    compile(
      profileOf(
        role('Logistikkoordinator', 'Hansa Spedition GmbH', [
          'Unterstütze den Teamleiter bei der Tourenplanung',
        ]),
      ),
    ),
  );

  it('is read without a verb of running it, in the present tense, in Spanish, French and German', () => {
    expect(obra('Planifiqué las obras de la empresa.')).not.toEqual([]);
    expect(obra('Me encargué de la planificación de las obras.')).not.toEqual([]);
    expect(obraBullet('Planificación de las obras')).not.toEqual([]);
    expect(commis("J'organise la mise en place de la cuisine.")).not.toEqual([]);
    expect(lager('Ich verantworte die Tourenplanung.')).not.toEqual([]);
  });

  it('lets helping, said in other words, through', () => {
    expect(obra('Ayudo al encargado a planificar las obras.')).toEqual([]);
    expect(obra('Colaboro en la planificación de las obras.')).toEqual([]);
    expect(obra('Preparo los materiales para la cuadrilla.')).toEqual([]);
    expect(commis("J'aide le chef de partie à la mise en place.")).toEqual([]);
    expect(lager('Ich unterstütze den Teamleiter bei der Tourenplanung.')).toEqual([]);
  });
});

describe('faithful lines earlier rounds flagged', () => {
  it('lets "proficient in" a listed skill through', () => {
    expect(analyst('Proficient in SQL, Tableau and Excel.')).toEqual([]);
    expect(analyst('Proficient in Python and Power BI.')).not.toEqual([]);
  });

  it('lets a tool one wants to learn through, not one claimed as known', () => {
    expect(analyst('I am keen to learn Python, which your team uses daily.')).toEqual([]);
    expect(analyst('I would welcome the chance to learn Power BI.')).toEqual([]);
    expect(analyst('Familiar with Python and Power BI.')).not.toEqual([]);
    expect(analyst('I have exposure to Python scripting.')).not.toEqual([]);
  });

  it('reads a licencjat as a degree, not a licence', () => {
    const pl = flaggedBy(
      compile({
        ...profileOf(role('Księgowa', 'Biuro Rachunkowe Kowalski', ['Prowadzę księgi 20 klientów'])),
        education: [
          {
            institution: 'Uniwersytet Ekonomiczny w Krakowie',
            degree: 'Licencjat',
            field: 'Finanse i rachunkowość',
            startDate: '2018-10',
            endDate: '2021-06',
          },
        ],
      }),
    );
    expect(pl('Mam licencjat z finansów i rachunkowości.')).toEqual([]);
  });

  it('lets a bullet keep its source’s own verb about the same work', () => {
    expect(driverBullet('Drove a 26-foot box truck on regional routes in three states')).toEqual([]);
    expect(driverBullet('Drove a 26-foot box truck on routes nationwide')).not.toEqual([]);
  });
});
