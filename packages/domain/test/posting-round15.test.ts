import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';
import { salaryInLine } from '../src/jobs/posting-salary.js';

// Fifteenth round: postings from Italy, Portugal, Brazil and India, board debris, trucking and security work.
const names = (text: string) => {
  const k = extractJobKeywords(parseJobPosting(text));
  return [...k.required, ...k.preferred].map((x) => x.name);
};

describe('pay written the way other countries write it', () => {
  it.each([
    ['Salário: R$ 2.650,00 por mês', { min: 2650, max: 2650, currency: 'BRL', period: 'month' }],
    ['$52,000 - $60,000 CAD a year', { min: 52000, max: 60000, currency: 'CAD', period: 'year' }],
    ['CTC: 12-18 LPA', { min: 1_200_000, max: 1_800_000, currency: 'INR', period: 'year' }],
    ['CTC: 8.5 LPA', { min: 850_000, max: 850_000, currency: 'INR', period: 'year' }],
    ['RAL 24.000 - 27.000 € più buoni pasto', { min: 24000, max: 27000, currency: 'EUR', period: 'year' }],
  ])('%s', (line, expected) => {
    expect(salaryInLine(line, '')).toEqual(expected);
  });
});

const ITALIAN = `Magazziniere carrellista
Logistica Padana S.r.l.

Mansioni
- Carico e scarico merci con carrello elevatore
- Preparazione ordini con terminale a radiofrequenza

Requisiti
- Esperienza di almeno 1 anno
- Disponibilità a lavorare su turni

Offriamo
- Contratto a tempo indeterminato, CCNL Logistica
- RAL 24.000 - 27.000 €

Sede di lavoro: Piacenza`;

const PORTUGUESE = `Operador de Empilhadeira
Transvale Logística Ltda.

Atividades
- Carga e descarga de caminhões com empilhadeira
- Separação de pedidos com coletor de dados

Requisitos
- Experiência de 6 meses na função

Benefícios
- Salário: R$ 2.650,00 por mês
- Contratação CLT, tempo integral`;

describe('Italian and Portuguese postings', () => {
  it('reads an Italian posting: sections, employer, place, contract and pay', () => {
    const p = parseJobPosting(ITALIAN);
    expect(p.title).toBe('Magazziniere carrellista');
    expect(p.company).toBe('Logistica Padana S.r.l.');
    expect(p.location).toBe('Piacenza');
    expect(p.employmentType).toBe('full_time');
    expect(p.salaryRange).toEqual({ min: 24000, max: 27000, currency: 'EUR', period: 'year' });
    expect(p.responsibilities).toHaveLength(2);
    expect(p.requirements).toHaveLength(2);
    expect(p.sections.map((s) => s.kind)).toContain('benefits');
  });

  it('reads a Brazilian posting: sections, contract and pay in reais', () => {
    const p = parseJobPosting(PORTUGUESE);
    expect(p.employmentType).toBe('full_time');
    expect(p.salaryRange).toEqual({ min: 2650, max: 2650, currency: 'BRL', period: 'month' });
    expect(p.responsibilities).toHaveLength(2);
    expect(p.requirements).toHaveLength(1);
  });

  it('reads a seasonal Italian contract as temporary and "meio período" as part-time', () => {
    expect(
      parseJobPosting('Cameriere di sala\nHotel Lago\n\nContratto stagionale a tempo determinato.')
        .employmentType,
    ).toBe('temporary');
    expect(
      parseJobPosting('Atendente de loja\nLoja Sol\n\nVaga de meio período, 4 horas por dia.').employmentType,
    ).toBe('part_time');
  });

  it('finds the everyday work in their words, and no keyword in a contract or a currency', () => {
    expect(names(ITALIAN)).toEqual(
      expect.arrayContaining([
        'Forklift operation',
        'Loading and unloading',
        'Order picking',
        'RF scanner',
        'Shift work',
      ]),
    );
    expect(names(ITALIAN)).not.toContain('CCNL');
    expect(names(ITALIAN)).not.toContain('RAL');
    expect(names(PORTUGUESE)).toEqual(
      expect.arrayContaining(['Forklift operation', 'Loading and unloading', 'Order picking', 'RF scanner']),
    );
    expect(names(PORTUGUESE)).not.toContain('R');
    expect(names(PORTUGUESE)).not.toContain('CLT');
    expect(
      names(
        'Enfermeiro\nHospital X\n\nFunções\n- Triagem de Manchester, sinais vitais e administração de medicação',
      ),
    ).toEqual(expect.arrayContaining(['Triage', 'Vital signs', 'Medication administration']));
  });
});

describe('work the vocabulary lacked', () => {
  it('names what a carrier checks beside a CDL, and information security work', () => {
    expect(
      names(
        'Truck Driver\nAcme Freight\n\nRequirements\n- Class A CDL\n- Current DOT medical card\n- Hazmat endorsement a plus\n- Comfortable with ELD logs and Hours of Service rules',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Class A CDL',
        'DOT medical card',
        'Hazmat endorsement',
        'Electronic logging device',
        'Hours of Service',
      ]),
    );
    expect(
      names(
        'IT Specialist (INFOSEC)\nAgency X\n\nDuties\n- Performs vulnerability scanning\n- Leads incident response\n- Supports the Risk Management Framework',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Information security',
        'Vulnerability scanning',
        'Incident response',
        'Risk Management Framework',
      ]),
    );
  });

  it('reads "turnos rotativos", "plonge" and "audit de nuit" as the work they are', () => {
    expect(
      names('Mozo de almacén\nAlmacenes X\n\nRequisitos\n- Disponibilidad para turnos rotativos'),
    ).toContain('Shift work');
    expect(
      names('Plongeur\nRestaurant X\n\nMissions\n- Plonge et lavage de la vaisselle\n- Audit de nuit'),
    ).toEqual(expect.arrayContaining(['Dishwashing', 'Night audit']));
  });
});

describe('LinkedIn debris', () => {
  it('passes over "Use AI to assess how you fit" and the lines around it', () => {
    const text = `Supply Chain Analyst\nHarborline Foods · Columbus, OH (Hybrid)\nEasy Apply\nUse AI to assess how you fit\nShow match details\nAbout the job\nWe plan inventory.\n\nWhat You'll Bring\n• Advanced Microsoft Excel\n\n… show more\nMeet the hiring team\nMessage`;
    expect(names(text)).not.toContain('Artificial intelligence');
    expect(names(text)).toContain('Microsoft Excel');
  });
});

describe('places written the way Canada and Brazil write them', () => {
  it('reads "Halifax, Nova Scotia" under the title as the place, not the employer', () => {
    const p = parseJobPosting(
      'Customer Support Specialist\nHalifax, Nova Scotia\nFull-time\n\nWe build scheduling software for marinas and answer every ticket within four hours.',
    );
    expect(p.location).toBe('Halifax, Nova Scotia');
    expect(p.company).toBeNull();
  });

  it('reads "Jundiaí - SP" as a city and its state', () => {
    const p = parseJobPosting(
      'Operador de Empilhadeira\nTransvale Logística Ltda.\nJundiaí - SP\n\nSobre a vaga\nA Transvale contrata.',
    );
    expect(p.company).toBe('Transvale Logística Ltda.');
    expect(p.location).toBe('Jundiaí - SP');
  });
});

describe('the work named by its verb or its tool', () => {
  it('reads "troubleshoot", automation frameworks, Eaglesoft and insurance verification', () => {
    expect(names('Technician\nAcme\n\nDuties\n- Troubleshoot and repair hydraulic faults')).toContain(
      'Troubleshooting',
    );
    expect(names('QA Engineer\nAcme\n\nDuties\n- Maintain UI automation frameworks')).toContain(
      'Test automation',
    );
    expect(
      names('Dental Receptionist\nAcme\n\nRequirements\n- Eaglesoft and dental insurance verification'),
    ).toEqual(expect.arrayContaining(['Eaglesoft', 'Insurance verification']));
  });
});

describe('the Spanish gender marker', () => {
  it('leaves "(H/M)" out of a title as the other markers are', () => {
    expect(
      parseJobPosting('Dependiente/a de tienda (H/M)\nModa Brisa\nBilbao\n\nFunciones\n- Atención al cliente')
        .title,
    ).toBe('Dependiente/a de tienda');
  });
});
