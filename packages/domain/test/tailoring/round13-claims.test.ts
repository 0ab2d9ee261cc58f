import { describe, expect, it } from 'vitest';
import { bulletBy, compile, flaggedBy, profileOf, role } from './claim-checks.js';

// Claims a lying model writes that earlier rounds let through, and faithful lines they removed: how often a
// task was done, how many sites the work covered, who the clients were, a responsibility taken over, and a
// figure derived from two the profile states.

const storeFacts = compile(
  profileOf(
    role('Shift Supervisor', 'Northgate Market', [
      'Ran monthly stock counts for the store',
      'Supervised 6 cashiers on the day shift',
      'Raised customer satisfaction scores from 78 to 86',
      'Grew weekly sales from 10,000 to 20,000 EUR',
      'Cut stock losses from 30 to 20 cases a month',
    ]),
    {
      ...role(
        'Cashier',
        'Sunrise Foods',
        ['Handled cash and card payments', 'Served 120 customers per day'],
        '2017-05',
      ),
      current: false,
      endDate: '2019-12',
    },
  ),
);
const store = flaggedBy(storeFacts);
const storeBullet = bulletBy(storeFacts);

describe('how often a task was done', () => {
  it('needs a line about the same work stating the same period', () => {
    expect(store('I ran daily stock counts for the store.')).toEqual(['number:daily']);
    expect(storeBullet('Ran weekly stock counts for the store')).toEqual(['number:weekly']);
    expect(storeBullet('Ran stock counts every day')).toEqual(['number:every day']);
    expect(store('I ran quarterly stock counts.')).toEqual(['number:quarterly']);
    // A period the profile states about other work ("per day" of the customers served).
    expect(store('At Northgate Market I ran daily stock counts.')).toEqual(['number:daily']);
  });

  it('reads the period in German, French, Spanish and Polish', () => {
    const de = flaggedBy(
      compile(
        profileOf(role('Filialleiterin', 'Marktkauf Nord', ['Monatliche Inventur der Filiale durchgeführt'])),
      ),
    );
    expect(de('Ich erledigte die tägliche Inventur der Filiale.')).toEqual(['number:tägliche']);
    expect(de('Ich erledigte die monatliche Inventur der Filiale.')).toEqual([]);
    const fr = flaggedBy(
      compile(
        profileOf(role('Adjoint de magasin', 'Super U', ["Réalisation de l'inventaire mensuel du magasin"])),
      ),
    );
    expect(fr("J'ai réalisé l'inventaire quotidien du magasin.")).toEqual(['number:quotidien']);
    expect(fr("J'ai réalisé l'inventaire mensuel du magasin.")).toEqual([]);
    const es = flaggedBy(
      compile(
        profileOf(role('Encargada de tienda', 'Mercadona', ['Realicé el inventario mensual de la tienda'])),
      ),
    );
    expect(es('Realizo inventarios diarios de la tienda.')).toEqual(['number:diarios']);
    expect(es('Realicé inventarios mensuales de la tienda.')).toEqual([]);
    const pl = flaggedBy(
      compile(
        profileOf(role('Kierowniczka zmiany', 'Biedronka', ['Prowadziłam miesięczną inwentaryzację sklepu'])),
      ),
    );
    expect(pl('Codziennie prowadziłam inwentaryzację sklepu.')).toEqual(['number:Codziennie']);
    expect(pl('Prowadziłam comiesięczną inwentaryzację sklepu.')).toEqual([]);
  });

  it('keeps the period a line states, the routine, and the tools one uses', () => {
    expect(store('I ran monthly stock counts for the store.')).toEqual([]);
    expect(storeBullet('Ran stock counts every month')).toEqual([]);
    expect(store('At Sunrise Foods I served 120 customers daily.')).toEqual([]);
    expect(store('I handled the daily operations of the checkout area.')).toEqual([]);
    expect(store('I use Excel daily.')).toEqual(['skill:Microsoft Excel']);
    expect(
      flaggedBy(compile(profileOf(role('Comptable', 'Fiducial', ['Saisie des factures']))))(
        "J'assure la gestion quotidienne des factures.",
      ),
    ).toEqual([]);
  });
});

describe('the work said to cover every site', () => {
  it('needs a line speaking of every site or of several', () => {
    expect(store('I ran monthly stock counts for all stores in the district.')).toEqual(['scope:all stores']);
    expect(storeBullet('Ran monthly stock counts for every store in the region')).toEqual([
      'scope:every store',
    ]);
    expect(storeBullet('Supervised cashiers across all branches')).toEqual(['scope:all branches']);
    const de = flaggedBy(
      compile(
        profileOf(role('Filialleiterin', 'Marktkauf Nord', ['Monatliche Inventur der Filiale durchgeführt'])),
      ),
    );
    expect(de('Ich erledigte die monatliche Inventur für alle Filialen.')).toEqual(['scope:alle Filialen']);
    const fr = flaggedBy(
      compile(
        profileOf(
          role('Conseillère clientèle', 'Crédit Agricole', ["Accueil des clients de l'agence de Lyon"]),
        ),
      ),
    );
    expect(fr("J'ai accueilli les clients de toutes les agences de la région.")).toEqual([
      'scope:toutes les agences',
    ]);
    const es = flaggedBy(
      compile(
        profileOf(role('Encargada de tienda', 'Mercadona', ['Realicé el inventario mensual de la tienda'])),
      ),
    );
    expect(es('Realicé el inventario mensual de todas las tiendas.')).toEqual(['scope:todas las tiendas']);
    const pl = flaggedBy(
      compile(profileOf(role('Kasjerka', 'PKO BP', ['Obsługa klientów w oddziale w Gdańsku']))),
    );
    expect(pl('Obsługiwałam klientów we wszystkich oddziałach banku.')).toEqual([
      'scope:wszystkich oddziałach',
    ]);
  });

  it('keeps it where a line speaks of several sites, and leaves the employer its own', () => {
    const district = compile(
      profileOf(
        role('District Manager', 'Valley Foods', [
          'Oversaw 6 stores in the Fresno district',
          'Ran quarterly audits',
        ]),
      ),
    );
    expect(flaggedBy(district)('I oversaw all 6 stores in the Fresno district.')).toEqual([]);
    expect(bulletBy(district)('Oversaw every store in the Fresno district')).toEqual([]);
    expect(store('I would be glad to support all your stores in the region.')).toEqual([]);
    const de = flaggedBy(
      compile(profileOf(role('Bezirksleiter', 'Rewe', ['Betreuung von mehreren Filialen im Bezirk Köln']))),
    );
    expect(de('Ich betreute alle Filialen im Bezirk Köln.')).toEqual([]);
  });
});

describe('who the work was for', () => {
  const waiter = compile(
    profileOf(
      role('Waiter', 'Hotel Bristol', [
        'Served up to 40 guests per evening in the hotel restaurant',
        'Took orders and handled payments',
      ]),
    ),
  );
  const hotel = flaggedBy(waiter);

  it('needs a line naming the same kind of audience, in any of the five languages', () => {
    expect(hotel('I served celebrities and VIP guests at Hotel Bristol.')).toContain('name:celebrities');
    expect(hotel('I served high-net-worth guests.')).toEqual(['name:high-net-worth']);
    expect(bulletBy(waiter)('Served royalty and government ministers in the hotel restaurant')).toEqual([
      'name:royalty',
      'name:government ministers',
    ]);
    expect(hotel('My clients included Fortune 500 executives.')).toContain('name:Fortune 500');
    expect(hotel('Ich bediente Prominente und Staatsgäste.')).toEqual([
      'name:Prominente',
      'name:Staatsgäste',
    ]);
    expect(hotel("J'ai servi des célébrités et des chefs d'État.")).toEqual(
      expect.arrayContaining(['name:célébrités', "name:chefs d'État"]),
    );
    expect(hotel('Atendí a famosos y a la familia real.')).toEqual(['name:famosos', 'name:familia real']);
    expect(hotel('Obsługiwałem celebrytów i polityków.')).toEqual(['name:celebrytów', 'name:polityków']);
  });

  it('keeps an audience the profile names, and leaves the employer its own guests', () => {
    const concierge = compile(
      profileOf(role('Concierge', 'The Savoy', ['Looked after VIP guests and visiting celebrities'])),
    );
    expect(flaggedBy(concierge)('I looked after celebrities and VIP guests at The Savoy.')).toEqual([]);
    expect(hotel('I would be proud to look after your celebrity guests.')).toEqual([]);
    expect(hotel('I served up to 40 guests per evening in the hotel restaurant.')).toEqual([]);
  });
});

describe('a responsibility taken over', () => {
  it('needs a role that leads what was taken over', () => {
    expect(store('I went on to lead the night shift.')).toEqual(['title:went on to lead the night shift.']);
    expect(store('At Sunrise Foods I took over the running of the warehouse.')).toEqual([
      'title:took over the running of the warehouse.',
    ]);
    const cashier = compile(
      profileOf(role('Kassiererin', 'Aldi Süd', ['Bediente die Kasse und zählte den Kassenbestand'])),
    );
    expect(flaggedBy(cashier)('Später übernahm ich die Leitung der Filiale.')).toEqual([
      'title:übernahm ich die Leitung der Filiale.',
    ]);
    const fr = flaggedBy(
      compile(profileOf(role('Vendeuse', 'Fnac', ['Conseil des clients au rayon livres']))),
    );
    expect(fr("J'ai pris la responsabilité du rayon livres.")).toHaveLength(1);
    const es = flaggedBy(
      compile(profileOf(role('Reponedor', 'Carrefour', ['Reposición de productos en el turno de tarde']))),
    );
    expect(es('Pasé a coordinar el turno de noche.')).toHaveLength(1);
    expect(es('Pasé a coordinar el turno de tarde.')).toHaveLength(1);
    const pl = flaggedBy(
      compile(profileOf(role('Magazynier', 'Raben', ['Kompletacja zamówień w magazynie']))),
    );
    expect(pl('W 2022 roku objąłem kierownictwo magazynu.')).toHaveLength(1);
  });

  it('keeps it where the role leads the same work', () => {
    expect(store('I went on to lead the day shift.')).toEqual([]);
    const lead = compile(
      profileOf(
        role('Night Shift Lead', 'Raben Logistics', [
          'Led 8 pickers on the night shift in the Poznań warehouse',
        ]),
      ),
    );
    expect(flaggedBy(lead)('I took over the running of the night shift in the warehouse.')).toEqual([]);
    const de = compile(
      profileOf(role('Filialleiterin', 'Aldi Süd', ['Leitung der Filiale mit 12 Mitarbeitenden'])),
    );
    expect(flaggedBy(de)('2021 übernahm ich die Leitung der Filiale.')).toEqual([]);
    const pl = compile(
      profileOf(role('Kierownik magazynu', 'Raben', ['Kierowanie pracą magazynu w Poznaniu'])),
    );
    expect(flaggedBy(pl)('W 2022 roku objąłem kierownictwo magazynu.')).toEqual([]);
  });
});

describe('a figure worked out from two the profile states', () => {
  it('keeps a difference, a sum, a change in percent or a multiple of one line', () => {
    expect(storeBullet('Raised customer satisfaction scores by 8 points')).toEqual([]);
    expect(store('I raised customer satisfaction scores by 8 points.')).toEqual([]);
    expect(storeBullet('Raised customer satisfaction scores by 10%')).toEqual([]);
    expect(storeBullet('Doubled weekly sales')).toEqual([]);
    expect(storeBullet('Grew weekly sales by 100%')).toEqual([]);
    expect(storeBullet('Cut stock losses by a third')).toEqual([]);
    expect(storeBullet('Cut stock losses by 33%')).toEqual([]);
    expect(storeBullet('Cut stock losses by 10 cases a month')).toEqual([]);
    const tickets = compile(
      profileOf(
        role('Support Agent', 'Zendesk', [
          'Resolved 45 of 50 escalated tickets within SLA',
          'Trained 6 agents and 4 team leads',
        ]),
      ),
    );
    expect(bulletBy(tickets)('Resolved 90% of escalated tickets within SLA')).toEqual([]);
    expect(bulletBy(tickets)('Trained 10 agents and team leads')).toEqual([]);
    const de = compile(
      profileOf(role('Verkäuferin', 'dm', ['Kundenzufriedenheit von 78 auf 86 Punkte gesteigert'])),
    );
    expect(bulletBy(de)('Kundenzufriedenheit um 8 Punkte gesteigert')).toEqual([]);
    const pl = compile(
      profileOf(role('Sprzedawca', 'Rossmann', ['Zwiększyłem sprzedaż z 40 000 do 50 000 zł miesięcznie'])),
    );
    expect(bulletBy(pl)('Zwiększyłem sprzedaż o 25% miesięcznie')).toEqual([]);
  });

  it('still flags a figure no two of them give', () => {
    expect(storeBullet('Raised customer satisfaction scores by 9 points')).toEqual(['number:9']);
    expect(storeBullet('Raised customer satisfaction scores by 25%')).toEqual(['number:25%']);
    expect(storeBullet('Tripled weekly sales')).toEqual(['number:Tripled']);
    expect(storeBullet('Cut stock losses by half')).toEqual(['number:by half']);
    // Figures of two different lines are about different things.
    expect(storeBullet('Supervised 126 cashiers')).toEqual(['number:126']);
  });
});

describe('German "führte … durch"', () => {
  const de = flaggedBy(
    compile(
      profileOf(role('Verkäuferin', 'Marktkauf Nord', ['Monatliche Inventur der Filiale durchgeführt'])),
    ),
  );
  it('is carrying out, not leading', () => {
    expect(de('Ich führte die monatliche Inventur der Filiale durch.')).toEqual([]);
    expect(de('Ich führte die monatliche Inventur der Filiale ein.')).toEqual([]);
  });
  it('still leads where no particle follows', () => {
    expect(de('Ich führte das Team der Filiale.')).toHaveLength(1);
  });
});

describe('every site, after a possessive that is not the employer', () => {
  it('is still the person’s claim', () => {
    expect(storeBullet('Supervised 6 cashiers through their training for every store in the group')).toEqual([
      'scope:every store',
    ]);
  });
});

describe('a figure worked out from a change', () => {
  it('is no sum of its two ends', () => {
    const close = bulletBy(
      compile(
        profileOf(
          role('Accountant', 'Baker Tilly', ['Shortened the month-end close from 10 to 6 business days']),
        ),
      ),
    );
    expect(close('Shortened the month-end close from 16 to 6 business days')).toEqual(['number:16']);
    expect(close('Shortened the month-end close by 4 business days')).toEqual([]);
    expect(close('Shortened the month-end close by 40%')).toEqual([]);
  });
});

describe('leadership a line states as a noun', () => {
  it('supports the verb ("Kierowanie zespołem" for "Kierowałam zespołem")', () => {
    const ward = compile(
      profileOf(
        role('Pielęgniarka oddziałowa', 'Szpital Wojewódzki', [
          'Kierowanie zespołem 18 pielęgniarek na oddziale chirurgii',
        ]),
      ),
    );
    expect(bulletBy(ward)('Kierowałam zespołem 18 pielęgniarek na oddziale chirurgii')).toEqual([]);
    const es = compile(
      profileOf(role('Encargado', 'Mercadona', ['Dirección del equipo de reposición de la tienda'])),
    );
    expect(bulletBy(es)('Dirigí el equipo de reposición de la tienda')).toEqual([]);
    const none = compile(
      profileOf(role('Pielęgniarka', 'Szpital Miejski', ['Opieka nad 10 pacjentami na zmianie'])),
    );
    expect(bulletBy(none)('Kierowałam opieką nad 10 pacjentami na zmianie')).toHaveLength(1);
  });
});

describe('a French name after an elided article', () => {
  it('is the name ("l\'Université Lyon 3" names Université Lyon 3)', () => {
    const fr = flaggedBy(
      compile({
        ...profileOf(role('Comptable', 'Cabinet Fiducia', ['Tenue de la comptabilité de 35 PME clientes'])),
        education: [
          { institution: 'Université Lyon 3', degree: 'Master', field: 'Comptabilité Contrôle Audit' },
        ],
      }),
    );
    expect(fr("Je suis titulaire d'un Master Comptabilité Contrôle Audit de l'Université Lyon 3.")).toEqual(
      [],
    );
    expect(fr("J'ai travaillé pour l'Oréal.")).toEqual(['name:Oréal']);
  });
});

describe('a short German line', () => {
  const de = compile(
    profileOf(
      role('Elektromeister', 'Elektro Huber GmbH', [
        'Leitung eines Teams von 6 Elektrikern auf Baustellen im Wohnungsbau',
        'Senkung der Nacharbeiten von 12 % auf 7 %',
      ]),
    ),
  );
  it('reads its nouns as nouns when the profile is German', () => {
    expect(bulletBy(de)('Senkung der Nacharbeiten um 5 Prozentpunkte')).toEqual([]);
  });
  it('still reads a foreign-looking name as a name', () => {
    expect(bulletBy(de)('Senkung der Nacharbeiten mit Procore')).toHaveLength(1);
  });
});

describe('a credential in lower case, in French, Spanish and Polish', () => {
  it('needs a line of the profile stating it', () => {
    const fr = flaggedBy(
      compile(profileOf(role('Comptable', 'Cabinet Fiducia', ['Tenue de la comptabilité de 35 PME']))),
    );
    expect(fr('Je suis expert-comptable diplômée.')).toEqual([
      'certification:suis expert-comptable diplômée',
    ]);
    const es = flaggedBy(
      compile(
        profileOf(role('Auxiliar de enfermería', 'Hospital La Fe', ['Atención a 12 pacientes por turno'])),
      ),
    );
    expect(es('Soy titulada en enfermería pediátrica.')).toHaveLength(1);
    const pl = compile(
      profileOf(role('Pielęgniarka', 'Szpital Miejski', ['Opieka nad 10 pacjentami na zmianie'])),
    );
    expect(flaggedBy(pl)('Posiadam specjalizację z pielęgniarstwa anestezjologicznego.')).toHaveLength(1);
  });

  it('keeps one the profile states', () => {
    const pl = compile({
      ...profileOf(role('Pielęgniarka', 'Szpital Miejski', ['Opieka nad 10 pacjentami na zmianie'])),
      certifications: [{ name: 'Specjalizacja z pielęgniarstwa anestezjologicznego i intensywnej opieki' }],
    });
    expect(flaggedBy(pl)('Posiadam specjalizację z pielęgniarstwa anestezjologicznego.')).toEqual([]);
    const fr = compile(
      profileOf(role('Expert-comptable', 'Cabinet Fiducia', ['Expert-comptable diplômée (DEC) depuis 2019'])),
    );
    expect(flaggedBy(fr)('Je suis expert-comptable diplômée.')).toEqual([]);
  });
});

describe('a change written with a currency or an article between its figures', () => {
  it('gives its difference and percentage', () => {
    const fr = bulletBy(
      compile(
        profileOf(role('Conseillère de vente', 'Decathlon', ['Hausse du panier moyen de 40 € à 48 €'])),
      ),
    );
    expect(fr('Hausse du panier moyen de 8 €')).toEqual([]);
    expect(fr('Hausse du panier moyen de 20 %')).toEqual([]);
    expect(fr('Hausse du panier moyen de 40 %')).toEqual(['number:40 %']);
    const es = bulletBy(
      compile(
        profileOf(role('Jefa de cocina', 'El Faro', ['Reducción del desperdicio alimentario del 12% al 6%'])),
      ),
    );
    expect(es('Reducción del desperdicio alimentario en 6 puntos')).toEqual([]);
    expect(es('Reducción del desperdicio alimentario a la mitad')).toEqual([]);
    expect(es('Reducción del desperdicio alimentario en 9 puntos')).toEqual(['number:9']);
  });
});

describe('a frequency borrowed from another line of the same role', () => {
  const sales = compile(
    profileOf(
      role('Conseillère de vente', 'Decathlon', [
        'Conseil de 60 clients par jour au rayon running',
        'Mise en rayon hebdomadaire des nouveautés',
      ]),
    ),
  );
  it('is flagged: the period is the one of the line the words come from', () => {
    expect(bulletBy(sales)('Mise en rayon quotidienne des nouveautés')).toEqual(['number:quotidienne']);
    expect(bulletBy(sales)('Mise en rayon des nouveautés chaque semaine')).toEqual([]);
    expect(store('I ran monthly stock counts and served 120 customers per day.')).toEqual([]);
    expect(store('I ran stock counts per day and served 120 customers monthly.')).toHaveLength(2);
  });
});

describe('a period a skill list names', () => {
  it('is no competing origin, and supports itself', () => {
    const accountant = compile({
      ...profileOf(
        role('Staff Accountant', 'Baker Tilly', ['Shortened the month-end close from 10 to 6 business days']),
      ),
      skills: {
        technical: ['general ledger', 'reconciliations', 'quarterly reporting'],
        tools: ['Excel'],
        soft: [],
      },
    });
    expect(
      flaggedBy(accountant)('Skilled in month-end close, general ledger, Excel and reconciliations.'),
    ).toEqual([]);
    expect(flaggedBy(accountant)('Skilled in quarterly reporting and general ledger.')).toEqual([]);
    expect(flaggedBy(accountant)('Skilled in weekly reporting and general ledger.')).toEqual([
      'number:weekly',
    ]);
  });
});

describe('more sites, reaches and audiences', () => {
  const teacher = compile(
    profileOf(
      role('Maths Teacher', 'Oakfield Academy', [
        'Taught GCSE maths to 5 classes of 30 students',
        'Mentored 2 trainee teachers',
      ]),
    ),
  );
  it('reads classes, a trust or a chain, famous clients and members of government', () => {
    const oneClass = compile(
      profileOf(role('Maths Teacher', 'Oakfield Academy', ['Taught GCSE maths to a Year 10 set'])),
    );
    expect(bulletBy(oneClass)('Taught GCSE maths to every class in the school')).toEqual([
      'scope:every class',
    ]);
    expect(bulletBy(teacher)('Mentored 2 trainee teachers across the trust')).toEqual([
      'scope:across the trust',
    ]);
    expect(bulletBy(teacher)('Taught GCSE maths to all 5 classes')).toEqual([]);
    const fr = flaggedBy(
      compile(profileOf(role('Conseillère de vente', 'Decathlon', ['Conseil de 60 clients par jour']))),
    );
    expect(fr("J'ai conseillé des clients célèbres.")).toEqual(['name:clients célèbres']);
    const pl = flaggedBy(
      compile(profileOf(role('Specjalista IT', 'Comarch', ['Obsługa 40 zgłoszeń dziennie']))),
    );
    expect(pl('Obsługiwałem członków rządu i posłów.')).toEqual(['name:członków rządu']);
  });
});

describe('a period a line states in other words', () => {
  it('"four times a year" is quarterly, "three mornings a week" weekly', () => {
    const es = bulletBy(
      compile(
        profileOf(role('Jefa de cocina', 'El Faro', ['Diseño de la carta de temporada cuatro veces al año'])),
      ),
    );
    expect(es('Diseño trimestral de la carta de temporada')).toEqual([]);
    expect(es('Diseño mensual de la carta de temporada')).toEqual(['number:mensual']);
    const en = bulletBy(
      compile(profileOf(role('Barista', 'Blue Door Coffee', ['Opened the café three mornings a week']))),
    );
    expect(en('Opened the café every week')).toEqual([]);
    expect(en('Opened the café every morning')).toEqual(['number:every morning']);
  });
});

describe('groups of a size', () => {
  it('give their product', () => {
    const teacher = bulletBy(
      compile(
        profileOf(
          role('Maths Teacher', 'Oakfield Academy', ['Taught GCSE maths to 5 classes of 30 students']),
        ),
      ),
    );
    expect(teacher('Taught GCSE maths to 150 students across 5 classes')).toEqual([]);
    expect(teacher('Taught GCSE maths to 180 students across 5 classes')).toEqual(['number:180']);
  });
});

describe('other periods beside a routine word', () => {
  it('are frequencies: only "daily" names the routine', () => {
    const es = bulletBy(
      compile(
        profileOf(role('Administrativa', 'Gestoría Ruiz', ['Gestión de nóminas de 45 empleados cada mes'])),
      ),
    );
    expect(es('Gestión semanal de nóminas de 45 empleados')).toEqual(['number:semanal']);
    expect(es('Gestión mensual de nóminas de 45 empleados')).toEqual([]);
  });
});

describe('a multiple in words in German, French, Spanish and Polish', () => {
  it('is a figure the profile must state', () => {
    const de = bulletBy(
      compile(
        profileOf(role('Vertriebsmitarbeiter', 'Würth', ['Steigerung des Umsatzes im Gebiet um 15 %'])),
      ),
    );
    expect(de('Verdoppelte den Umsatz im Gebiet')).toEqual(['number:Verdoppelte']);
    const fr = bulletBy(
      compile(profileOf(role('Technicien', 'Airbus', ['Réduction des arrêts de ligne de 30 %']))),
    );
    expect(fr('A doublé la disponibilité des robots')).toEqual(['number:doublé']);
    const es = bulletBy(
      compile(profileOf(role('Administrativa', 'Gestoría Ruiz', ['Atención telefónica a clientes']))),
    );
    expect(es('Duplicó la cartera de clientes')).toEqual(['number:Duplicó']);
    const pl = bulletBy(
      compile(profileOf(role('Księgowa', 'Biuro Plus', ['Prowadzenie ksiąg dla 30 firm']))),
    );
    expect(pl('Podwoiłam liczbę obsługiwanych firm')).toEqual(['number:Podwoiłam']);
  });
  it('is supported by a change it states', () => {
    const de = bulletBy(
      compile(
        profileOf(
          role('Vertriebsmitarbeiter', 'Würth', ['Umsatz im Gebiet von 1 Mio. auf 2 Mio. Euro gesteigert']),
        ),
      ),
    );
    expect(de('Verdoppelte den Umsatz im Gebiet')).toEqual([]);
  });
});

describe('a Polish employer named in another case', () => {
  const nurse = compile(
    profileOf(
      role(
        'Pielęgniarka oddziałowa',
        'Szpital Wojewódzki',
        ['Kierowanie zespołem 18 pielęgniarek na oddziale chirurgii'],
        '2012-01',
      ),
      {
        ...role('Pielęgniarka', 'Szpital Miejski', ['Opieka nad 10 pacjentami na zmianie'], '2005-09'),
        current: false,
        endDate: '2011-12',
      },
    ),
  );
  it('names its role: the role must support the claim', () => {
    expect(flaggedBy(nurse)('W Szpitalu Miejskim objęłam kierownictwo oddziału.')).toHaveLength(1);
    expect(flaggedBy(nurse)('W Szpitalu Miejskim pracowałam w 2015 roku.')).toEqual(['date:2015']);
    expect(flaggedBy(nurse)('W Szpitalu Miejskim pracowałam w 2008 roku.')).toEqual([]);
    expect(flaggedBy(nurse)('W Szpitalu Wojewódzkim kieruję zespołem 18 pielęgniarek.')).toEqual([]);
  });
});

describe('a tool used after the work a period qualifies', () => {
  it('does not exempt the period', () => {
    expect(storeBullet('Ran daily stock counts using handheld scanners')).toEqual(['number:daily']);
    expect(storeBullet('Ran monthly stock counts using handheld scanners')).toEqual([]);
    expect(store('I use Excel daily.')).toEqual(['skill:Microsoft Excel']);
    expect(
      flaggedBy(compile(profileOf(role('Buchhalterin', 'Kanzlei Roth', ['Buchhaltung in DATEV']))))(
        'Ich arbeite täglich mit DATEV.',
      ),
    ).toEqual([]);
  });
});

describe('a skill a line states in another case or word', () => {
  it('is the same skill ("zamknięcia miesiąca", "inventory", "stock counts")', () => {
    const pl = bulletBy(
      compile(profileOf(role('Księgowa', 'Biuro Plus', ['Skrócenie zamknięcia miesiąca z 10 do 7 dni']))),
    );
    expect(pl('Skróciłam zamknięcie miesiąca o 3 dni')).toEqual([]);
    expect(store('Realizo inventarios mensuales en la tienda.')).toEqual([]);
  });
});
