import { describe, expect, it } from 'vitest';
import {
  cleanCompany,
  cleanJobTitle,
  frameLetter,
  hiringTeamSalutation,
  signOff,
} from '../../src/generations/letter-framing.js';

describe('clean job facts for a letter', () => {
  it('reads the role without Markdown, asides, qualifiers or placeholders', () => {
    expect(cleanJobTitle('## Backend Engineer (Platform)')).toBe('Backend Engineer');
    expect(cleanJobTitle('**Senior Accountant**')).toBe('Senior Accountant');
    expect(cleanJobTitle('Registered Nurse - Telemetry (Nights)')).toBe('Registered Nurse');
    expect(cleanJobTitle('Qualitätsingenieur (m/w/d) Automotive')).toBe('Qualitätsingenieur Automotive');
    expect(cleanJobTitle('Job title: Data Analyst')).toBe('Data Analyst');
    expect(cleanJobTitle('Untitled posting')).toBeNull();
    expect(cleanJobTitle('We are looking for a great engineer. Apply now')).toBeNull();
    expect(cleanJobTitle('')).toBeNull();
    // An abbreviation's full stop does not make a title a sentence.
    expect(cleanJobTitle('Sr. Software Engineer')).toBe('Sr. Software Engineer');
    expect(cleanJobTitle('Specjalista ds. płac')).toBe('Specjalista ds. płac');
  });

  it('reads the employer without a place glued on, and its short name without the legal form', () => {
    expect(cleanCompany('Ledgerline Ltd.', 'New York, NY')).toEqual({
      name: 'Ledgerline Ltd.',
      short: 'Ledgerline',
    });
    expect(cleanCompany('Nimbus Analytics Ltd., London')).toEqual({
      name: 'Nimbus Analytics Ltd.',
      short: 'Nimbus Analytics',
    });
    expect(cleanCompany('Bridgeway Builders LLC - Beaverton', 'OR')?.name).toBe('Bridgeway Builders LLC');
    expect(cleanCompany('Acme Corp, Berlin', 'Berlin, Germany')?.name).toBe('Acme Corp');
    expect(cleanCompany('Prime Parcel Logistics, Inc.', 'Irving, TX')?.short).toBe('Prime Parcel Logistics');
    expect(cleanCompany('Volvo Group Polska sp. z o.o.')?.short).toBe('Volvo Group Polska');
    expect(cleanCompany('ZF Friedrichshafen AG')?.short).toBe('ZF Friedrichshafen');
    // A dash inside a name stays when nothing says the rest is a place.
    expect(cleanCompany('Charité – Universitätsmedizin Berlin')?.name).toBe(
      'Charité – Universitätsmedizin Berlin',
    );
    // "Seattle, WA" split into company and location is no company.
    expect(cleanCompany('Seattle', 'WA')).toBeNull();
    expect(cleanCompany('Untitled')).toBeNull();
    expect(cleanCompany(null)).toBeNull();
  });

  it('greets the hiring team by the company’s short name, or the hiring team when it is unknown', () => {
    expect(hiringTeamSalutation('Ledgerline Ltd.')).toBe('Dear Ledgerline hiring team,');
    expect(hiringTeamSalutation(null)).toBe('Dear Hiring Team,');
    expect(hiringTeamSalutation('Confidential')).toBe('Dear Hiring Team,');
  });
});

describe('framing a letter', () => {
  it('keeps the sign-off alone: the name is printed once, by the document', () => {
    expect(signOff('Sincerely,\nMaria Okafor', 'Maria Okafor')).toBe('Sincerely,');
    expect(signOff('Best regards, Maria Okafor', 'Maria Okafor')).toBe('Best regards,');
    expect(signOff('Kind regards\nMaria Okafor\nMaria Okafor', 'Maria Okafor')).toBe('Kind regards,');
    expect(signOff('Maria Okafor', 'Maria Okafor')).toBe('Sincerely,');
  });

  it('drops a salutation, sign-off or signature the writer put in the body', () => {
    const framed = frameLetter(
      {
        salutation: 'Dear Rush Team, Chicago',
        paragraphs: [
          'Dear Rush University Medical Center,',
          'I am applying for the role at Ledgerline Ltd..',
          'Kind regards,\nMaria Okafor',
          'Maria Okafor',
        ],
        closing: 'Kind regards,\nMaria Okafor',
      },
      'Maria Okafor',
      'Rush University Medical Center',
    );
    expect(framed).toEqual({
      salutation: 'Dear Rush University Medical Center hiring team,',
      paragraphs: ['I am applying for the role at Ledgerline Ltd.'],
      closing: 'Kind regards,',
    });
  });

  it.each([
    [
      'hiermit bewerbe ich mich um die Stelle bei der Nordwind GmbH und bringe Erfahrung mit SAP mit.',
      'Sehr geehrte Damen und Herren,',
      'Mit freundlichen Grüßen',
      'Mit freundlichen Grüßen',
    ],
    [
      'Je vous adresse ma candidature au poste de comptable chez Nordwind.',
      'Madame, Monsieur,',
      'Cordialement',
      'Cordialement,',
    ],
    [
      'Le escribo para presentar mi candidatura al puesto de contable en Nordwind.',
      'Estimado equipo de selección:',
      'Atentamente',
      'Atentamente,',
    ],
    [
      'w odpowiedzi na ogłoszenie przesyłam swoją kandydaturę na stanowisko w firmie Nordwind.',
      'Szanowni Państwo,',
      'Z poważaniem',
      'Z poważaniem',
    ],
  ])('greets and signs off a letter in its own language: "%s"', (paragraph, salutation, closing, signed) => {
    const framed = frameLetter(
      { salutation: 'Dear Hiring Team,', paragraphs: [paragraph], closing },
      'Maria Okafor',
      'Nordwind GmbH',
    );
    expect([framed.salutation, framed.closing]).toEqual([salutation, signed]);
  });
});
