import { describe, expect, it } from 'vitest';
import { accusativeEmployer, bei, dativeEmployer } from '../../../src/llm/local/german-employers.js';

describe('a German letter names an employer with its article', () => {
  it.each([
    ['Robert Bosch GmbH', 'bei der Robert Bosch GmbH', 'die Robert Bosch GmbH'],
    ['Dachser SE & Co. KG', 'bei der Dachser SE & Co. KG', 'die Dachser SE & Co. KG'],
    ['Klinikum Esslingen', 'beim Klinikum Esslingen', 'das Klinikum Esslingen'],
    [
      'Universitätsklinikum Freiburg',
      'beim Universitätsklinikum Freiburg',
      'das Universitätsklinikum Freiburg',
    ],
    ['Robert-Bosch-Krankenhaus', 'beim Robert-Bosch-Krankenhaus', 'das Robert-Bosch-Krankenhaus'],
    ['Stadtverwaltung Ulm', 'bei der Stadtverwaltung Ulm', 'die Stadtverwaltung Ulm'],
    ['Sparkasse Hannover', 'bei der Sparkasse Hannover', 'die Sparkasse Hannover'],
    ['Landkreis Göppingen', 'beim Landkreis Göppingen', 'den Landkreis Göppingen'],
    ['TSV Feuerbach e. V.', 'beim TSV Feuerbach e. V.', 'den TSV Feuerbach e. V.'],
  ])('%s: %s, %s', (name, dative, accusative) => {
    expect(bei(dativeEmployer(name))).toBe(dative);
    expect(accusativeEmployer(name)).toBe(accusative);
  });

  it.each(['Siemens', 'Lidl', 'Kaufland', 'Deutsche Bahn', 'Hausmann & Söhne', 'mymuesli'])(
    'and leaves a name whose head it does not know as it is: %s',
    (name) => {
      expect(bei(dativeEmployer(name))).toBe(`bei ${name}`);
      expect(accusativeEmployer(name)).toBe(name);
    },
  );
});
