import { describe, expect, it } from 'vitest';
import { educationDetails } from '../../src/profiles/education-details.js';

describe('the lines under a degree', () => {
  it('give its grade, honours and coursework, copied as written', () => {
    expect(
      educationDetails([
        "GPA: 3.8/4.0, Dean's List",
        'Relevant Coursework: Algorithms, Databases, Operating Systems',
        'Graduated summa cum laude',
      ]),
    ).toEqual({
      gpa: '3.8/4.0',
      honors: "Dean's List; Graduated summa cum laude",
      coursework: ['Algorithms', 'Databases', 'Operating Systems'],
    });
    expect(educationDetails(['Abschluss: IHK-Prüfung, Note 1,8', 'Sindelfingen'])).toEqual({
      gpa: '1,8',
      honors: null,
      coursework: [],
    });
    expect(educationDetails(['Distinction', 'Średnia ocen: 4,6'])).toEqual({
      gpa: '4,6',
      honors: 'Distinction',
      coursework: [],
    });
  });

  it('leaves out what does not fit the profile’s limits whole', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Scholarship ${i} awarded by the foundation for merit`);
    const { honors } = educationDetails(many);
    expect(honors !== null && honors.length <= 500 && honors.endsWith('merit')).toBe(true);
    expect(educationDetails([`Coursework: ${'x'.repeat(250)}, Databases`]).coursework).toEqual(['Databases']);
  });
});
