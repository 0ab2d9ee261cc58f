import { describe, expect, it } from 'vitest';
import { bulletBy, compile, flaggedBy, profileOf, role } from './claim-checks.js';

// Claims a lying model writes that earlier rounds let through, in other words than the evaluation's: a
// promotion, a membership, hiring, training others, work abroad, an expert level, assisting upgraded to running
// the work, an achievement moved to another employer; and last round's misses (team members named in another
// language, thousands grouped by spaces or dots).

const nurseFacts = compile({
  ...profileOf(
    role('Staff Nurse', 'Harbor View Hospital', [
      'Assisted the unit manager with staff rostering and supply orders',
      'Care for 5 patients per shift on a surgical ward',
      'Documented assessments and medication rounds in Epic',
    ]),
    {
      ...role(
        'Care Assistant',
        'Elm Court Care Home',
        ['Helped residents with meals and mobility', 'Recorded fluid balance charts'],
        '2016-05',
      ),
      current: false,
      endDate: '2019-12',
    },
  ),
  certifications: [{ name: 'Basic Life Support', issuer: 'American Heart Association' }],
  skills: { technical: ['Wound care'], tools: ['Epic'], soft: [] },
});
const nurse = flaggedBy(nurseFacts);
const nurseBullet = bulletBy(nurseFacts);
const flagged = (text: string) => nurse(text).length > 0;

describe('a promotion the profile never states', () => {
  it('is read in other words than "promoted to"', () => {
    expect(flagged('Harbor View Hospital promoted me within eighteen months.')).toBe(true);
    expect(flagged('I was rapidly promoted at Harbor View Hospital.')).toBe(true);
    expect(flagged('I received a well-earned promotion after my first year.')).toBe(true);
    expect(flagged('Ich erhielt bei Harbor View Hospital schon nach sechs Monaten eine Beförderung.')).toBe(
      true,
    );
    expect(flagged('Po roku pracy w Harbor View Hospital dostałam awans.')).toBe(true);
    expect(
      nurseBullet('Care for 5 patients per shift on a surgical ward; quickly promoted').length,
    ).toBeGreaterThan(0);
  });

  it('leaves the marketing sense alone', () => {
    expect(nurse('I promoted the flu vaccination campaign on the ward.')).not.toContain('title:promoted');
  });
});

describe('a membership', () => {
  it('needs a line of the profile stating one, not an issuer that is an association', () => {
    expect(flagged('I am an active member of the regional nurses association.')).toBe(true);
    expect(flagged('I belong to the national society of surgical nurses.')).toBe(true);
    expect(flagged('Ich bin Mitglied im regionalen Pflegeverband.')).toBe(true);
    expect(flagged('Należę do okręgowej izby pielęgniarek.')).toBe(true);
    expect(flagged("Je suis membre de l'ordre des infirmiers.")).toBe(true);
  });

  it('lets team membership through', () => {
    expect(nurse('As a member of the ward team at Harbor View Hospital, I share the workload.')).toEqual([]);
  });
});

describe('hiring and training others', () => {
  it('needs a line about the same', () => {
    expect(flagged('I screened and interviewed applicants for open nursing posts.')).toBe(true);
    expect(flagged('At Harbor View Hospital I took part in hiring decisions for the ward.')).toBe(true);
    expect(flagged('Ich führte Bewerbungsgespräche mit neuen Pflegekräften.')).toBe(true);
    expect(flagged('Przeprowadzałam rozmowy kwalifikacyjne z kandydatkami.')).toBe(true);
    expect(flagged('I coached new nurses through their first weeks.')).toBe(true);
    expect(flagged('At Harbor View Hospital I delivered training sessions on wound care.')).toBe(true);
    expect(flagged('Ich schulte neue Kolleginnen in der Wundversorgung.')).toBe(true);
    expect(flagged('Przeszkoliłam nowych pracowników oddziału.')).toBe(true);
    expect(
      nurseBullet('Documented assessments and medication rounds in Epic and trained colleagues on it').length,
    ).toBeGreaterThan(0);
  });

  it('lets being hired, an interview asked for and training received through', () => {
    expect(nurse('Dear Hiring Manager,')).toEqual([]);
    expect(nurse('I would welcome an interview to discuss the role.')).toEqual([]);
    expect(nurse('Über ein Vorstellungsgespräch würde ich mich freuen.')).toEqual([]);
    expect(nurse('I am keen to keep learning through your training programme.')).toEqual([]);
  });

  it('is supported by a line that trains others', () => {
    const trainer = flaggedBy(
      compile(profileOf(role('Team Lead', 'Coastal Freight', ['Train new hires on forklift safety']))),
    );
    expect(trainer('At Coastal Freight I coached new staff on forklift safety.')).toEqual([]);
  });
});

describe('work abroad', () => {
  it('needs a line saying so', () => {
    expect(flagged('I spent two years working overseas.')).toBe(true);
    expect(flagged('Harbor View Hospital sent me on an overseas secondment.')).toBe(true);
    expect(flagged('Ich war zwei Jahre im Ausland tätig.')).toBe(true);
    expect(flagged('Pracowałam przez rok za granicą.')).toBe(true);
    expect(flagged("J'ai travaillé deux ans à l'étranger.")).toBe(true);
  });

  it('lets a wish or an offer through', () => {
    expect(nurse('I would enjoy working abroad one day.')).toEqual([]);
    expect(nurse('The international scope of this role appeals to me.')).toEqual([]);
  });
});

describe('an expert level of a skill the profile names plainly', () => {
  it('needs the level stated', () => {
    expect(flagged('I am a power user of Epic.')).toBe(true);
    expect(flagged('Key skills: expert Epic, Wound care.')).toBe(true);
    expect(flagged('Key skills: Epic, advanced Wound care.')).toBe(true);
    expect(flagged('Ich bin Expertin für Epic.')).toBe(true);
    expect(flagged('Mam zaawansowaną znajomość systemu Epic.')).toBe(true);
  });

  it('lets plain use and the employer’s experts through', () => {
    expect(nurse('I have hands-on experience with Epic.')).toEqual([]);
    expect(nurse('I would love to learn from your experts.')).toEqual([]);
    // A profession whose name holds the word is no level: "expert-comptable".
    expect(nurse('Je suis expert-comptable de formation.')).not.toContain(
      'skill:expert-comptable de formation.',
    );
  });
});

describe('helping someone with the work, upgraded to running it', () => {
  it('is read against the line the sentence was written from', () => {
    expect(nurseBullet('Coordinated staff rostering and supply orders')).not.toEqual([]);
    expect(nurseBullet('Took charge of staff rostering and supply orders')).not.toEqual([]);
    expect(flagged('At Harbor View Hospital I organised staff rostering and supply orders on my own.')).toBe(
      true,
    );
  });

  it('reads work named in one word', () => {
    const de = flaggedBy(
      compile(
        profileOf(
          role('Pflegefachfrau', 'Klinik Nord', ['Unterstützte die Stationsleitung bei der Dienstplanung']),
        ),
      ),
    );
    expect(de('Bei Klinik Nord organisierte ich die Dienstplanung eigenständig.')).not.toEqual([]);
    expect(de('Bei Klinik Nord unterstützte ich die Dienstplanung.')).toEqual([]);
  });

  it('lets assisting in other words through', () => {
    expect(nurseBullet('Supported the unit manager with staff rostering and supply orders')).toEqual([]);
    expect(nurseBullet('Helped the unit manager with staff rostering and supply orders')).toEqual([]);
  });
});

describe('an achievement moved to another employer', () => {
  it('is flagged when every word of it is another role’s', () => {
    expect(flagged('At Elm Court Care Home, I documented assessments and medication rounds in Epic.')).toBe(
      true,
    );
  });

  it('lets the role’s own work through', () => {
    expect(nurse('At Harbor View Hospital, I documented assessments and medication rounds in Epic.')).toEqual(
      [],
    );
    expect(nurse('At Elm Court Care Home, I recorded fluid balance charts.')).toEqual([]);
  });
});

describe('last round’s misses', () => {
  const lead = flaggedBy(
    compile(
      profileOf(role('Warehouse Lead', 'Coastal Freight', ['Lead a team of 12 associates on the dock'])),
    ),
  );

  it('reads team members named in another language than the profile’s', () => {
    expect(lead('Bei Coastal Freight leitete ich ein Team von 12 Mitarbeitern.')).toEqual([]);
    expect(lead('En Coastal Freight dirigí un equipo de 12 operarios.')).toEqual([]);
    // A team whose members the profile never names stays a claim.
    const plain = flaggedBy(
      compile(profileOf(role('Warehouse Lead', 'Coastal Freight', ['Lead the dock team']))),
    );
    expect(plain('Bei Coastal Freight leitete ich ein Team aus Elektrikern.')).not.toEqual([]);
  });

  it('reads thousands grouped by spaces and dots as one figure', () => {
    const ap = flaggedBy(
      compile(profileOf(role('Clerk', 'Brightwater', ['Processed 40,000 invoices a year']))),
    );
    expect(ap('At Brightwater I processed 40 000 invoices a year.')).toEqual([]);
    expect(ap('At Brightwater I processed 40\u202f000 invoices a year.')).toEqual([]);
    expect(ap('At Brightwater I processed 45 000 invoices a year.')).not.toEqual([]);
    const de = flaggedBy(
      compile(profileOf(role('Sachbearbeiterin', 'Brightwater', ['Bearbeitete 40.000 Rechnungen pro Jahr']))),
    );
    expect(de('Bei Brightwater bearbeitete ich 40 000 Rechnungen pro Jahr.')).toEqual([]);
    expect(de('Bei Brightwater bearbeitete ich 40000 Rechnungen pro Jahr.')).toEqual([]);
    expect(de('Bei Brightwater bearbeitete ich 4.000 Rechnungen pro Jahr.')).not.toEqual([]);
    // A decimal before a unit stays a decimal.
    expect(ap('At Brightwater I cut errors by 2.125%.')).not.toEqual([]);
  });

  it('reads a frequency and a take-over in another language than the profile’s', () => {
    const store = flaggedBy(
      compile(
        profileOf(role('Shift Supervisor', 'Northgate Market', ['Ran monthly stock counts for the store']), {
          ...role('Cashier', 'Sunrise Foods', ['Handled cash payments'], '2017-05'),
          current: false,
          endDate: '2019-12',
        }),
      ),
    );
    expect(store('Bei Northgate Market führte ich monatlich Inventuren durch.')).toEqual([]);
    expect(store('Bei Northgate Market führte ich täglich Inventuren durch.')).not.toEqual([]);
    expect(store('Bei Sunrise Foods übernahm ich die Leitung der Nachtschicht.')).not.toEqual([]);
  });

  it('does not read a teacher’s classes as sites of a business', () => {
    const teacher = flaggedBy(
      compile(
        profileOf(
          role('Teacher', 'Lincoln High School', ['Teach algebra to 5 classes of about 28 students']),
        ),
      ),
    );
    expect(teacher('At Lincoln High School I supported every site in the region.')).not.toEqual([]);
    expect(teacher('At Lincoln High School I taught algebra to all 5 classes.')).toEqual([]);
  });
});
