/**
 * The hand-written posting corpus (first set): 50 postings across nine trades and five languages, in the shapes postings
 * arrive in. Text shapes are written out whole; page and board shapes are rendered from their fields by
 * scripts/build-posting-corpus.ts. `expect` is what a person reading the posting would write down.
 */
export type Shape = 'headed' | 'prose' | 'one-line' | 'jsonld' | 'page' | 'greenhouse' | 'lever' | 'ashby';
export interface Salary {
  min: number | null;
  max: number;
  currency: string;
  period: 'year' | 'month' | 'week' | 'day' | 'hour' | null;
}
export interface Spec {
  id: string;
  lang: 'en' | 'de' | 'pl' | 'fr' | 'es';
  shape: Shape;
  /** Text shapes: the whole posting. Structured shapes: the description, "## " headings and "- " items. */
  text: string;
  /** Structured shapes only: fields stated by the markup or board JSON. */
  fields?: { employmentType?: string; remote?: boolean; datePosted?: string; validThrough?: string };
  expect: {
    title: string;
    company: string;
    location: string;
    salary: Salary | null;
    keywords: string[];
    /** Words of names in the posting (people, places, organisations) that must never become keywords. */
    names: string[];
  };
}

export const SPECS: Spec[] = [
  // ------------------------------------------------------------------------------------------ healthcare
  {
    id: 'en-icu-nurse-headed',
    lang: 'en',
    shape: 'headed',
    text: `ICU Registered Nurse
Mercy Ridge Hospital - Spokane, WA (On-site)
$42 - $55 per hour, full-time, night shifts

About the role
Join a 24-bed medical-surgical ICU caring for critically ill adults.

Requirements
- Active Washington RN license
- BLS and ACLS certification required
- 2+ years of critical care experience
- Experience charting in Epic
- Ventilator management and IV therapy

Nice to have
- CCRN
- NIHSS certification

Questions? Contact our recruiter Dana Whitfield.`,
    expect: {
      title: 'ICU Registered Nurse',
      company: 'Mercy Ridge Hospital',
      location: 'Spokane, WA',
      salary: { min: 42, max: 55, currency: 'USD', period: 'hour' },
      keywords: [
        'Registered Nurse',
        'BLS',
        'ACLS',
        'Critical care',
        'Epic Systems',
        'Ventilator management',
        'IV therapy',
        'CCRN',
        'NIHSS',
        'Charting',
      ],
      names: ['Mercy', 'Ridge', 'Spokane', 'Dana', 'Whitfield'],
    },
  },
  {
    id: 'de-pflegefachkraft-headed',
    lang: 'de',
    shape: 'headed',
    text: `Pflegefachkraft (m/w/d) Intensivstation
Klinikum Hansestadt GmbH - Rostock, Deutschland (Vollzeit)

Ihre Aufgaben:
- Grundpflege und Behandlungspflege von Intensivpatienten
- Medikamentengabe und Wundversorgung
- Pflegedokumentation im KIS

Ihr Profil:
- Abgeschlossene Ausbildung als Pflegefachkraft
- Mindestens 2 Jahre Berufserfahrung in der Intensivpflege
- BLS-Kenntnisse, ACLS von Vorteil
- Bereitschaft zum Schichtdienst

Wir bieten:
- Vergütung nach TVöD, 3.900 - 4.600 € brutto monatlich
- 30 Tage Urlaub

Ansprechpartnerin: Frau Greta Lindholm`,
    expect: {
      title: 'Pflegefachkraft Intensivstation',
      company: 'Klinikum Hansestadt GmbH',
      location: 'Rostock, Deutschland',
      salary: { min: 3900, max: 4600, currency: 'EUR', period: 'month' },
      keywords: ['Patient care', 'Medication administration', 'Wound care', 'Charting', 'BLS', 'ACLS'],
      names: ['Hansestadt', 'Rostock', 'Greta', 'Lindholm'],
    },
  },
  {
    id: 'pl-pielegniarka-prose',
    lang: 'pl',
    shape: 'prose',
    text: `Jesteśmy Centrum Medyczne Zdrowie Plus w Poznaniu i poszukujemy osoby na stanowisko Pielęgniarka oddziałowa. Do Twoich zadań będzie należało podawanie leków, pobieranie krwi oraz opatrywanie ran. Wymagamy prawa wykonywania zawodu pielęgniarki, certyfikatu BLS i minimum 3 lata doświadczenia. Oferujemy umowę o pracę na pełny etat i wynagrodzenie 7 500 - 9 000 zł brutto miesięcznie.`,
    expect: {
      title: 'Pielęgniarka oddziałowa',
      company: 'Centrum Medyczne Zdrowie Plus',
      location: 'Poznań',
      salary: { min: 7500, max: 9000, currency: 'PLN', period: 'month' },
      keywords: ['Medication administration', 'Phlebotomy', 'Wound care', 'BLS'],
      names: ['Zdrowie', 'Poznań', 'Poznaniu'],
    },
  },
  {
    id: 'fr-aide-soignant-jsonld',
    lang: 'fr',
    shape: 'jsonld',
    fields: { employmentType: 'FULL_TIME', datePosted: '2026-11-20', validThrough: '2027-01-15' },
    text: `Au sein de notre EHPAD, vous accompagnez les résidents au quotidien.
## Vos missions
- Soins aux patients et aide à la toilette
- Prise de sang et administration des médicaments sur délégation
- Soins palliatifs en lien avec l'équipe mobile
## Profil recherché
- Diplôme d'État d'aide-soignant
- Expérience en gériatrie souhaitée
- Connaissance des normes d'hygiène`,
    expect: {
      title: 'Aide-soignant(e) de nuit',
      company: 'Résidence Les Tilleuls',
      location: 'Nantes, France',
      salary: { min: 2100, max: 2400, currency: 'EUR', period: 'month' },
      keywords: [
        'Patient care',
        'Phlebotomy',
        'Medication administration',
        'Palliative care',
        'Geriatric care',
      ],
      names: ['Tilleuls', 'Nantes'],
    },
  },
  {
    id: 'es-enfermera-page',
    lang: 'es',
    shape: 'page',
    text: `Clínica San Rafael - Valencia, España (Presencial)
## Funciones
- Atención al paciente en planta de traumatología
- Administración de medicamentos y curas
- Extracción de sangre
## Requisitos
- Grado en Enfermería y colegiación
- Certificación BLS vigente
- Experiencia con Cerner
## Ofrecemos
- Salario de 28.000 a 32.000 € brutos anuales`,
    expect: {
      title: 'Enfermera/o de planta',
      company: 'Clínica San Rafael',
      location: 'Valencia, España',
      salary: { min: 28000, max: 32000, currency: 'EUR', period: 'year' },
      keywords: ['Patient care', 'Medication administration', 'Wound care', 'Phlebotomy', 'BLS', 'Cerner'],
      names: ['Rafael', 'Valencia'],
    },
  },
  // ------------------------------------------------------------------------------------------ finance
  {
    id: 'en-staff-accountant-greenhouse',
    lang: 'en',
    shape: 'greenhouse',
    text: `Pinecrest Outfitters is growing and our finance team needs a hands-on accountant.
## What you'll do
- Own the month-end close and year-end close
- Prepare bank reconciliation and account reconciliations
- Manage accounts payable and accounts receivable
## Requirements
- 3+ years of accounting experience under US GAAP
- Advanced Excel including pivot tables
- Experience with NetSuite
## Preferred
- CPA license`,
    expect: {
      title: 'Staff Accountant',
      company: 'Pinecrest Outfitters',
      location: 'Boulder, CO',
      salary: null,
      keywords: [
        'Month-end close',
        'Year-end close',
        'Bank reconciliation',
        'Reconciliation',
        'Accounts payable',
        'Accounts receivable',
        'GAAP',
        'Microsoft Excel',
        'Pivot tables',
        'NetSuite',
        'CPA',
      ],
      names: ['Pinecrest', 'Boulder'],
    },
  },
  {
    id: 'de-buchhalter-one-line',
    lang: 'de',
    shape: 'one-line',
    text: `Wir sind die Brandt & Söhne Logistik GmbH aus Bremen und suchen einen Finanzbuchhalter (m/w/d), der Monatsabschlüsse und Jahresabschlüsse nach HGB erstellt, die Kreditorenbuchhaltung und Debitorenbuchhaltung betreut, sicher mit DATEV und SAP FI arbeitet und die Umsatzsteuervoranmeldung vorbereitet; Gehalt 52.000 - 60.000 EUR pro Jahr, Vollzeit, hybrides Arbeiten möglich.`,
    expect: {
      title: 'Finanzbuchhalter',
      company: 'Brandt & Söhne Logistik GmbH',
      location: 'Bremen',
      salary: { min: 52000, max: 60000, currency: 'EUR', period: 'year' },
      keywords: [
        'Month-end close',
        'Year-end close',
        'HGB',
        'Accounts payable',
        'Accounts receivable',
        'DATEV',
        'SAP FI',
        'VAT',
      ],
      names: ['Brandt', 'Söhne', 'Bremen'],
    },
  },
  {
    id: 'pl-ksiegowa-headed',
    lang: 'pl',
    shape: 'headed',
    text: `Samodzielna Księgowa
Biuro Rachunkowe Kowalczyk sp. z o.o. | Wrocław, Polska | Praca hybrydowa

Twoje zadania:
- Prowadzenie pełnej księgowości i zamknięcie miesiąca
- Rozrachunki z dostawcami i rozrachunki z odbiorcami
- Przygotowywanie deklaracji VAT
- Naliczanie wynagrodzeń

Nasze wymagania:
- Minimum 4 lata doświadczenia w księgowości
- Bardzo dobra znajomość Comarch ERP Optima i Excel
- Znajomość MSSF (IFRS) będzie atutem

Wynagrodzenie: 9 000 - 11 000 PLN brutto miesięcznie, umowa o pracę`,
    expect: {
      title: 'Samodzielna Księgowa',
      company: 'Biuro Rachunkowe Kowalczyk sp. z o.o.',
      location: 'Wrocław, Polska',
      salary: { min: 9000, max: 11000, currency: 'PLN', period: 'month' },
      keywords: [
        'Month-end close',
        'Accounts payable',
        'Accounts receivable',
        'VAT',
        'Payroll',
        'Comarch ERP Optima',
        'Microsoft Excel',
        'IFRS',
      ],
      names: ['Kowalczyk', 'Wrocław'],
    },
  },
  {
    id: 'fr-comptable-lever',
    lang: 'fr',
    shape: 'lever',
    text: `Rejoignez une équipe finance de six personnes.
## Vos missions
- Clôture mensuelle et clôture annuelle
- Rapprochement bancaire et comptabilité fournisseurs
- Déclarations de TVA
## Votre profil
- 3 ans d'expérience minimum en cabinet ou en entreprise
- Maîtrise de Sage et des tableaux croisés dynamiques
- Anglais courant`,
    expect: {
      title: 'Comptable général H/F',
      company: 'Atelier Vernet',
      location: 'Lyon, France',
      salary: { min: 38000, max: 44000, currency: 'EUR', period: 'year' },
      keywords: [
        'Month-end close',
        'Year-end close',
        'Bank reconciliation',
        'Accounts payable',
        'VAT',
        'Sage',
        'Pivot tables',
      ],
      names: ['Vernet', 'Lyon'],
    },
  },
  {
    id: 'es-contable-headed',
    lang: 'es',
    shape: 'headed',
    text: `Contable Senior
Empresa: Grupo Olivares S.L.
Ubicación: Sevilla, España (Híbrido)
Salario: 32.000 € - 36.000 € al año

Responsabilidades:
- Cierre mensual y cierre anual
- Conciliación bancaria y cuentas por pagar
- Liquidación de IVA y nóminas

Requisitos:
- 5 años de experiencia en contabilidad general
- Dominio de SAP FI y Excel avanzado (tablas dinámicas)
- Se valorará experiencia con consolidación`,
    expect: {
      title: 'Contable Senior',
      company: 'Grupo Olivares S.L.',
      location: 'Sevilla, España',
      salary: { min: 32000, max: 36000, currency: 'EUR', period: 'year' },
      keywords: [
        'Month-end close',
        'Year-end close',
        'Bank reconciliation',
        'Accounts payable',
        'VAT',
        'Payroll',
        'General ledger',
        'SAP FI',
        'Microsoft Excel',
        'Pivot tables',
        'Consolidation',
      ],
      names: ['Olivares', 'Sevilla'],
    },
  },
  // ------------------------------------------------------------------------------------------ teaching
  {
    id: 'en-primary-teacher-prose',
    lang: 'en',
    shape: 'prose',
    text: `We are Hollybrook Primary School in Leeds and we need a Year 4 class teacher who knows how to plan engaging lessons and keep a calm classroom.

You will lead lesson planning, use differentiated instruction for mixed-ability groups, support pupils with special educational needs and keep parents informed through regular parent communication. Experience with Google Classroom and an interactive whiteboard is a plus.

You must hold QTS and an enhanced DBS check; safeguarding training is essential. Salary £31,650 - £43,607 per year on the MPS. Our head teacher, Mrs Aileen Cartwright, welcomes visits.`,
    expect: {
      title: 'Year 4 class teacher',
      company: 'Hollybrook Primary School',
      location: 'Leeds',
      salary: { min: 31650, max: 43607, currency: 'GBP', period: 'year' },
      keywords: [
        'Lesson planning',
        'Differentiated instruction',
        'Special educational needs',
        'Parent communication',
        'Google Classroom',
        'Interactive whiteboard',
        'QTS',
        'Safeguarding',
      ],
      names: ['Hollybrook', 'Leeds', 'Aileen', 'Cartwright'],
    },
  },
  {
    id: 'de-lehrkraft-jsonld',
    lang: 'de',
    shape: 'jsonld',
    fields: { employmentType: 'PART_TIME', datePosted: '2026-10-01' },
    text: `Für unsere Ganztagsschule suchen wir Verstärkung im Fach Mathematik.
## Ihre Aufgaben
- Unterrichtsplanung und Klassenführung in den Jahrgängen 5 bis 10
- Betreuung von Schülerinnen und Schülern mit Förderbedarf
- Arbeit mit Moodle und Smartboard
## Ihr Profil
- Zweites Staatsexamen für das Lehramt
- Sehr gute Deutschkenntnisse (C2)`,
    expect: {
      title: 'Lehrkraft Mathematik (Teilzeit)',
      company: 'Freie Schule Am Kanal gGmbH',
      location: 'Leipzig, DE',
      salary: { min: 3800, max: 4900, currency: 'EUR', period: 'month' },
      keywords: [
        'Lesson planning',
        'Classroom management',
        'Special educational needs',
        'Moodle',
        'Interactive whiteboard',
      ],
      names: ['Kanal', 'Leipzig'],
    },
  },
  {
    id: 'pl-nauczyciel-page',
    lang: 'pl',
    shape: 'page',
    text: `Szkoła Językowa Lingua Nova - Gdańsk (stacjonarnie)
## Zakres obowiązków
- Planowanie lekcji dla grup dorosłych i młodzieży
- Zarządzanie klasą i ocenianie postępów
- Praca z tablicą interaktywną
## Wymagania
- Certyfikat CELTA lub TEFL
- Minimum 2 lata doświadczenia w nauczaniu
- Biegła znajomość języka angielskiego (C2)
## Oferujemy
- Stawka 80 - 110 zł za godzinę`,
    expect: {
      title: 'Lektor języka angielskiego',
      company: 'Szkoła Językowa Lingua Nova',
      location: 'Gdańsk',
      salary: { min: 80, max: 110, currency: 'PLN', period: 'hour' },
      keywords: ['Lesson planning', 'Classroom management', 'Interactive whiteboard', 'CELTA', 'TEFL'],
      names: ['Lingua', 'Nova', 'Gdańsk'],
    },
  },
  {
    id: 'fr-professeur-headed',
    lang: 'fr',
    shape: 'headed',
    text: `Professeur des écoles bilingue
École Internationale du Lac - Annecy, France (Sur site)

Vos missions :
- Préparation des cours et gestion de classe en CE2
- Suivi des élèves à besoins éducatifs particuliers
- Communication régulière avec les familles

Profil recherché :
- Master MEEF ou diplôme équivalent
- Expérience de la pédagogie Montessori appréciée
- Anglais et français courants

Rémunération : 2 600 € à 3 100 € brut par mois`,
    expect: {
      title: 'Professeur des écoles bilingue',
      company: 'École Internationale du Lac',
      location: 'Annecy, France',
      salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' },
      keywords: ['Lesson planning', 'Classroom management', 'Special educational needs', 'Montessori'],
      names: ['Lac', 'Annecy'],
    },
  },
  {
    id: 'es-profesor-one-line',
    lang: 'es',
    shape: 'one-line',
    text: `Somos Colegio Montesol en Zaragoza y buscamos un profesor de inglés para educación infantil que domine la programación didáctica, la gestión del aula y la pizarra digital, con título de Magisterio y certificado CELTA; ofrecemos jornada completa y un salario de 1.900 - 2.300 € al mes.`,
    expect: {
      title: 'Profesor de inglés',
      company: 'Colegio Montesol',
      location: 'Zaragoza',
      salary: { min: 1900, max: 2300, currency: 'EUR', period: 'month' },
      keywords: ['Early years', 'Lesson planning', 'Classroom management', 'Interactive whiteboard', 'CELTA'],
      names: ['Montesol', 'Zaragoza'],
    },
  },
  // ------------------------------------------------------------------------------------------ logistics
  {
    id: 'en-warehouse-associate-page',
    lang: 'en',
    shape: 'page',
    text: `Northgate Distribution · Reno, NV · Full-time
## What you'll do
- Order picking and packing with an RF scanner
- Shipping and receiving, cycle counts and inventory management
- Operate a forklift, reach truck and pallet jack safely
## Requirements
- Forklift certification (or willing to certify within 30 days)
- Able to lift 50 lbs and work rotating shifts including weekends
- Experience with a warehouse management system (Manhattan WMS)
## Pay
- $19.50 - $23.00 per hour`,
    expect: {
      title: 'Warehouse Associate - Second Shift',
      company: 'Northgate Distribution',
      location: 'Reno, NV',
      salary: { min: 19.5, max: 23, currency: 'USD', period: 'hour' },
      keywords: [
        'Order picking',
        'RF scanner',
        'Shipping and receiving',
        'Inventory management',
        'Forklift operation',
        'Reach truck',
        'Pallet jack',
        'Warehouse management system',
      ],
      names: ['Northgate', 'Reno'],
    },
  },
  {
    id: 'de-lagerist-headed',
    lang: 'de',
    shape: 'headed',
    text: `Fachkraft für Lagerlogistik (m/w/d)
Nordlicht Spedition GmbH - Hamburg, Deutschland (Vollzeit)
Gehalt: 17,50 € pro Stunde

Deine Aufgaben
- Wareneingang und Warenausgang inkl. Prüfung der Lieferpapiere
- Kommissionierung mit Handscanner
- Inventur und Bestandsführung im SAP EWM

Das bringst du mit
- Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik
- Gültiger Staplerschein
- Erfahrung mit Gefahrgut (ADR) von Vorteil
- Bereitschaft zur Schichtarbeit`,
    expect: {
      title: 'Fachkraft für Lagerlogistik',
      company: 'Nordlicht Spedition GmbH',
      location: 'Hamburg, Deutschland',
      salary: { min: 17.5, max: 17.5, currency: 'EUR', period: 'hour' },
      keywords: [
        'Shipping and receiving',
        'Order picking',
        'RF scanner',
        'Inventory management',
        'SAP EWM',
        'Forklift operation',
        'Dangerous goods',
      ],
      names: ['Nordlicht', 'Hamburg'],
    },
  },
  {
    id: 'pl-magazynier-one-line',
    lang: 'pl',
    shape: 'one-line',
    text: `Firma Trans-Bud Logistyka z Łodzi poszukuje kandydatów na stanowisko Magazynier z uprawnieniami UDT, który zajmie się kompletacją zamówień przy użyciu skanera, przyjęciem towaru i inwentaryzacją w systemie WMS; oferujemy 5 200 - 6 000 zł brutto miesięcznie, pracę zmianową i umowę o pracę.`,
    expect: {
      title: 'Magazynier',
      company: 'Trans-Bud Logistyka',
      location: 'Łódź',
      salary: { min: 5200, max: 6000, currency: 'PLN', period: 'month' },
      keywords: [
        'Forklift operation',
        'Order picking',
        'RF scanner',
        'Shipping and receiving',
        'Inventory management',
        'Warehouse management system',
      ],
      names: ['Trans', 'Bud', 'Łodzi'],
    },
  },
  {
    id: 'fr-cariste-ashby',
    lang: 'fr',
    shape: 'ashby',
    fields: { employmentType: 'FullTime', datePosted: '2026-11-28' },
    text: `Dans notre entrepôt de 30 000 m², vous assurez les flux entrants et sortants.
## Missions
- Réception des marchandises et préparation de commandes
- Conduite de chariot élévateur et rangement en hauteur
- Gestion des stocks sur terminal RF
## Profil
- CACES R489 catégories 1, 3 et 5 en cours de validité
- Expérience de 1 an minimum en logistique
- Travail en 2x8`,
    expect: {
      title: 'Cariste CACES 1-3-5',
      company: 'Entrepôts Garnier',
      location: 'Orléans, France',
      salary: { min: 2000, max: 2250, currency: 'EUR', period: 'month' },
      keywords: [
        'Shipping and receiving',
        'Order picking',
        'Forklift operation',
        'Inventory management',
        'RF scanner',
        'CACES',
        'Logistics',
      ],
      names: ['Garnier', 'Orléans'],
    },
  },
  {
    id: 'es-conductor-headed',
    lang: 'es',
    shape: 'headed',
    text: `Conductor de reparto con carnet C
Transportes Ribera S.A. - Murcia, España
Jornada completa | 1.800 € - 2.100 € al mes

Funciones:
- Reparto a clientes según la planificación de rutas
- Carga y descarga con transpaleta
- Control de albaranes

Requisitos:
- Carnet C y CAP en vigor
- Experiencia con mercancías peligrosas (ADR) valorable
- Disponibilidad para turnos rotativos`,
    expect: {
      title: 'Conductor de reparto con carnet C',
      company: 'Transportes Ribera S.A.',
      location: 'Murcia, España',
      salary: { min: 1800, max: 2100, currency: 'EUR', period: 'month' },
      keywords: ['Route planning', 'Pallet jack', 'Driving licence category C', 'Dangerous goods'],
      names: ['Ribera', 'Murcia'],
    },
  },
  // ------------------------------------------------------------------------------------------ skilled trades
  {
    id: 'en-electrician-headed',
    lang: 'en',
    shape: 'headed',
    text: `Journeyman Electrician
Brightline Electric LLC - Columbus, OH
Pay: $34 - $41/hr + overtime

Responsibilities
- Install and troubleshoot commercial electrical installations per the National Electrical Code
- Conduit bending (EMT, rigid) and motor controls
- Read blueprints and follow lockout/tagout procedures

Qualifications
- Valid Ohio journeyman electrician license
- OSHA 10 required, OSHA 30 preferred
- Experience with PLC troubleshooting is a plus
- Own hand and power tools; valid driver's license`,
    expect: {
      title: 'Journeyman Electrician',
      company: 'Brightline Electric LLC',
      location: 'Columbus, OH',
      salary: { min: 34, max: 41, currency: 'USD', period: 'hour' },
      keywords: [
        'Electrical installation',
        'Troubleshooting',
        'National Electrical Code',
        'Conduit bending',
        'Motor controls',
        'Blueprint reading',
        'Lockout/tagout',
        'Journeyman electrician license',
        'OSHA 10',
        'OSHA 30',
        'PLC programming',
        'Hand and power tools',
      ],
      names: ['Brightline', 'Columbus', 'Ohio'],
    },
  },
  {
    id: 'de-elektriker-greenhouse',
    lang: 'de',
    shape: 'greenhouse',
    text: `Für unsere Kunden in der Industrie suchen wir Unterstützung im Service.
## Deine Aufgaben
- Elektroinstallationen in Produktionsanlagen
- Fehlersuche und Programmierung an Siemens S7 im TIA Portal
- Prüfungen nach DIN VDE
## Dein Profil
- Ausbildung als Elektroniker, Elektrofachkraft
- Erfahrung mit SPS-Programmierung
- Führerschein Klasse B`,
    expect: {
      title: 'Elektroniker für Betriebstechnik (m/w/d)',
      company: 'Voss Automation GmbH',
      location: 'Stuttgart, Germany',
      salary: null,
      keywords: [
        'Electrical installation',
        'Siemens S7',
        'TIA Portal',
        'VDE',
        'Elektrofachkraft',
        'PLC programming',
      ],
      names: ['Voss', 'Stuttgart'],
    },
  },
  {
    id: 'pl-spawacz-headed',
    lang: 'pl',
    shape: 'headed',
    text: `Spawacz TIG/MAG
Stalmet Konstrukcje sp. z o.o. - Katowice, Polska

Obowiązki:
- Spawanie konstrukcji stalowych metodą MAG (135) i TIG (141)
- Czytanie rysunku technicznego
- Kontrola jakości spoin

Wymagania:
- Aktualne uprawnienia spawalnicze wg ISO 9606-1
- Minimum 2 lata doświadczenia
- Gotowość do pracy w systemie zmianowym

Oferujemy: 35 - 45 zł/h brutto, umowa o pracę`,
    expect: {
      title: 'Spawacz TIG/MAG',
      company: 'Stalmet Konstrukcje sp. z o.o.',
      location: 'Katowice, Polska',
      salary: { min: 35, max: 45, currency: 'PLN', period: 'hour' },
      keywords: [
        'Welding',
        'MIG/MAG welding',
        'TIG welding',
        'Technical drawings',
        'ISO 9606',
        'Metal fabrication',
      ],
      names: ['Stalmet', 'Katowice'],
    },
  },
  {
    id: 'fr-technicien-cvc-prose',
    lang: 'fr',
    shape: 'prose',
    text: `Nous sommes Climatek Services à Toulouse et nous recherchons un technicien de maintenance CVC pour nos clients tertiaires.

Au quotidien, vous assurez l'entretien et le dépannage des installations de climatisation et des pompes à chaleur, le brasage des circuits frigorifiques et la maintenance préventive.

L'attestation de capacité fluides frigorigènes (F-Gas) et l'habilitation électrique sont indispensables. Permis B obligatoire. Salaire : 2 300 € - 2 800 € brut par mois, CDI.`,
    expect: {
      title: 'Technicien de maintenance CVC',
      company: 'Climatek Services',
      location: 'Toulouse',
      salary: { min: 2300, max: 2800, currency: 'EUR', period: 'month' },
      keywords: [
        'Air conditioning',
        'Heat pumps',
        'Brazing',
        'Preventive maintenance',
        'F-Gas certificate',
        'Habilitation électrique',
      ],
      names: ['Climatek', 'Toulouse'],
    },
  },
  {
    id: 'es-soldador-lever',
    lang: 'es',
    shape: 'lever',
    text: `Únete a nuestro taller de calderería en el puerto.
## Funciones
- Soldadura TIG y MIG de acero inoxidable
- Interpretación de planos
- Montaje de estructuras metálicas
## Requisitos
- Homologación según ISO 9606
- 3 años de experiencia como soldador
- Valorable experiencia en soldadura de tuberías`,
    expect: {
      title: 'Soldador TIG/MIG',
      company: 'Astilleros Cantábrico',
      location: 'Santander, España',
      salary: { min: 24000, max: 29000, currency: 'EUR', period: 'year' },
      keywords: ['TIG welding', 'MIG/MAG welding', 'Technical drawings', 'ISO 9606', 'Welding'],
      names: ['Cantábrico', 'Santander'],
    },
  },
  {
    id: 'en-hvac-tech-one-line',
    lang: 'en',
    shape: 'one-line',
    text: `Comfort Air Systems in Tulsa, OK is hiring an HVAC Service Technician to diagnose and repair residential heat pumps, air conditioning and refrigeration units, perform preventive maintenance and brazing on line sets; EPA 608 certification required, NATE a plus, pay $28 - $36 per hour plus company van.`,
    expect: {
      title: 'HVAC Service Technician',
      company: 'Comfort Air Systems',
      location: 'Tulsa, OK',
      salary: { min: 28, max: 36, currency: 'USD', period: 'hour' },
      keywords: [
        'HVAC',
        'Heat pumps',
        'Air conditioning',
        'Refrigeration',
        'Preventive maintenance',
        'Brazing',
        'EPA 608',
      ],
      names: ['Comfort', 'Tulsa'],
    },
  },
  // ------------------------------------------------------------------------------------------ marketing
  {
    id: 'en-marketing-manager-ashby',
    lang: 'en',
    shape: 'ashby',
    fields: { employmentType: 'FullTime', remote: true, datePosted: '2026-11-30' },
    text: `Lumen Loop builds budgeting apps used by two million households.
## What you'll do
- Own SEO and content marketing for our blog and app store pages
- Run paid campaigns on Google Ads, Meta Ads and LinkedIn Ads
- Build email marketing journeys in HubSpot
## What you bring
- 5+ years in growth marketing or performance marketing
- Strong Google Analytics and Looker Studio reporting
- A/B testing mindset`,
    expect: {
      title: 'Senior Growth Marketing Manager',
      company: 'Lumen Loop',
      location: 'Remote (US)',
      salary: { min: 130000, max: 155000, currency: 'USD', period: 'year' },
      keywords: [
        'Search engine optimization',
        'Content marketing',
        'Google Ads',
        'Meta Ads',
        'LinkedIn Ads',
        'Email marketing',
        'HubSpot',
        'Growth marketing',
        'Performance marketing',
        'Google Analytics',
        'Looker Studio',
        'A/B testing',
      ],
      names: ['Lumen', 'Loop'],
    },
  },
  {
    id: 'de-online-marketing-page',
    lang: 'de',
    shape: 'page',
    text: `Sonnenhof Naturkosmetik GmbH - München (Hybrid)
## Deine Aufgaben
- Suchmaschinenoptimierung und Content-Marketing für unseren Onlineshop
- Steuerung von Google Ads und Meta Ads Kampagnen
- E-Mail-Marketing mit Mailchimp
## Dein Profil
- Mindestens 3 Jahre Erfahrung im Online-Marketing
- Sicherer Umgang mit Google Analytics und Canva
- Sehr gute Deutschkenntnisse, gute Englischkenntnisse
## Wir bieten
- 50.000 - 58.000 € brutto jährlich`,
    expect: {
      title: 'Online Marketing Manager (m/w/d)',
      company: 'Sonnenhof Naturkosmetik GmbH',
      location: 'München',
      salary: { min: 50000, max: 58000, currency: 'EUR', period: 'year' },
      keywords: [
        'Search engine optimization',
        'Content marketing',
        'Google Ads',
        'Meta Ads',
        'Email marketing',
        'Mailchimp',
        'Google Analytics',
        'Canva',
      ],
      names: ['Sonnenhof', 'München'],
    },
  },
  {
    id: 'pl-specjalista-marketingu-jsonld',
    lang: 'pl',
    shape: 'jsonld',
    fields: { employmentType: 'FULL_TIME', datePosted: '2026-11-05', validThrough: '2026-12-31' },
    text: `Szukamy osoby, która rozwinie naszą obecność w sieci.
## Twoje zadania
- Prowadzenie kampanii Google Ads i Meta Ads
- Pozycjonowanie i content marketing
- Analiza wyników w Google Analytics
## Wymagania
- Min. 2 lata doświadczenia w marketingu internetowym
- Znajomość HubSpot lub Mailchimp
- Mile widziane: Semrush`,
    expect: {
      title: 'Specjalista ds. marketingu internetowego',
      company: 'Meblowo S.A.',
      location: 'Kraków, Polska',
      salary: { min: 8000, max: 10500, currency: 'PLN', period: 'month' },
      keywords: [
        'Google Ads',
        'Meta Ads',
        'Search engine optimization',
        'Content marketing',
        'Google Analytics',
        'HubSpot',
        'Mailchimp',
        'Semrush',
      ],
      names: ['Meblowo', 'Kraków'],
    },
  },
  {
    id: 'fr-chef-de-projet-marketing-headed',
    lang: 'fr',
    shape: 'headed',
    text: `Chef de projet marketing digital
Maison Dufresne SAS - Bordeaux, France (Hybride)
45 000 € - 52 000 € par an

Missions :
- Pilotage des campagnes emailing et réseaux sociaux
- Référencement naturel et suivi dans Google Analytics
- Gestion du CRM Salesforce

Profil :
- 4 ans d'expérience en marketing digital
- Maîtrise de Canva et de la suite Adobe Creative Cloud
- Un plus : connaissance de Hootsuite`,
    expect: {
      title: 'Chef de projet marketing digital',
      company: 'Maison Dufresne SAS',
      location: 'Bordeaux, France',
      salary: { min: 45000, max: 52000, currency: 'EUR', period: 'year' },
      keywords: [
        'Email marketing',
        'Social media marketing',
        'Search engine optimization',
        'Google Analytics',
        'Salesforce',
        'Digital marketing',
        'Canva',
        'Adobe Creative Suite',
        'Hootsuite',
      ],
      names: ['Dufresne', 'Bordeaux'],
    },
  },
  {
    id: 'es-community-manager-prose',
    lang: 'es',
    shape: 'prose',
    text: `Somos Agencia Brava en Bilbao y buscamos un community manager con ganas de crecer.

Gestionarás las redes sociales de nuestros clientes, crearás contenido con Canva, lanzarás campañas en Meta Ads y medirás los resultados con Google Analytics. Se valorará experiencia con Hootsuite y conocimientos de posicionamiento SEO.

Ofrecemos contrato indefinido, modelo híbrido y un salario de 24.000 - 27.000 € brutos anuales.`,
    expect: {
      title: 'Community manager',
      company: 'Agencia Brava',
      location: 'Bilbao',
      salary: { min: 24000, max: 27000, currency: 'EUR', period: 'year' },
      keywords: [
        'Social media marketing',
        'Canva',
        'Meta Ads',
        'Google Analytics',
        'Hootsuite',
        'Search engine optimization',
      ],
      names: ['Brava', 'Bilbao'],
    },
  },
  // ------------------------------------------------------------------------------------------ manufacturing & quality
  {
    id: 'en-quality-engineer-jsonld',
    lang: 'en',
    shape: 'jsonld',
    fields: { employmentType: 'FULL_TIME', datePosted: '2026-11-12', validThrough: '2027-02-12' },
    text: `Support our stamping and welding lines supplying Tier 1 automotive customers.
## Responsibilities
- Lead 8D problem solving and root cause analysis (5 Whys, Ishikawa) for customer complaints
- Maintain PFMEA and control plans; prepare PPAP submissions under APQP
- Run internal audits against IATF 16949 and ISO 9001
- Drive SPC and MSA studies
## Qualifications
- Bachelor's degree in engineering
- 3+ years in automotive quality
- Six Sigma Green Belt preferred`,
    expect: {
      title: 'Supplier Quality Engineer',
      company: 'Keystone Stamping Inc.',
      location: 'Dayton, OH, US',
      salary: { min: 78000, max: 95000, currency: 'USD', period: 'year' },
      keywords: [
        '8D',
        'Root cause analysis',
        '5 Whys',
        'Ishikawa diagram',
        'FMEA',
        'Control plan',
        'PPAP',
        'APQP',
        'Internal audits',
        'IATF 16949',
        'ISO 9001',
        'Statistical process control',
        'Measurement system analysis',
        'Six Sigma Green Belt',
      ],
      names: ['Keystone', 'Dayton'],
    },
  },
  {
    id: 'de-qualitaetsingenieur-headed',
    lang: 'de',
    shape: 'headed',
    text: `Qualitätsingenieur Automotive (m/w/d)
Wendt Präzisionsteile GmbH & Co. KG – Chemnitz, Deutschland (Hybrid)

Ihre Aufgaben:
- Bearbeitung von Kundenreklamationen mit 8D-Reports
- Erstellung von FMEA und Produktionslenkungsplan
- PPAP-Freigaben und Lieferantenaudits nach VDA 6.3
- Messsystemanalysen (MSA) und SPC

Ihr Profil:
- Studium Maschinenbau oder vergleichbar
- Mindestens 3 Jahre Erfahrung nach IATF 16949
- Kenntnisse der ISO 9001 und CAQ
- Gute Englischkenntnisse

Gehalt: 62.000 - 72.000 € p.a.`,
    expect: {
      title: 'Qualitätsingenieur Automotive',
      company: 'Wendt Präzisionsteile GmbH & Co. KG',
      location: 'Chemnitz, Deutschland',
      salary: { min: 62000, max: 72000, currency: 'EUR', period: 'year' },
      keywords: [
        '8D',
        'FMEA',
        'Control plan',
        'PPAP',
        'Supplier quality',
        'VDA 6.3',
        'Measurement system analysis',
        'Statistical process control',
        'IATF 16949',
        'ISO 9001',
      ],
      names: ['Wendt', 'Chemnitz'],
    },
  },
  {
    id: 'pl-inzynier-jakosci-lever',
    lang: 'pl',
    shape: 'lever',
    text: `Dołącz do zespołu jakości w zakładzie produkcji komponentów.
## Obowiązki
- Prowadzenie raportów 8D i analiza przyczyn źródłowych
- Aktualizacja PFMEA i planów kontroli
- Przygotowanie dokumentacji PPAP
- Audyty wewnętrzne zgodnie z IATF 16949
## Wymagania
- Wykształcenie wyższe techniczne
- Znajomość ISO 9001, SPC i MSA
- Język angielski na poziomie B2`,
    expect: {
      title: 'Inżynier Jakości',
      company: 'Autoplast Polska',
      location: 'Tychy, Polska',
      salary: { min: 10000, max: 13000, currency: 'PLN', period: 'month' },
      keywords: [
        '8D',
        'Root cause analysis',
        'FMEA',
        'Control plan',
        'PPAP',
        'Internal audits',
        'IATF 16949',
        'ISO 9001',
        'Statistical process control',
        'Measurement system analysis',
      ],
      names: ['Autoplast', 'Tychy'],
    },
  },
  {
    id: 'fr-technicien-qualite-one-line',
    lang: 'fr',
    shape: 'one-line',
    text: `Nous sommes Usinage Morel à Grenoble et nous recrutons un technicien qualité qui maîtrise la méthode 8D, l'AMDEC, le contrôle sur machine MMT et les normes ISO 9001 et ISO 13485, avec une première expérience en usinage CNC ; salaire 30 000 € - 35 000 € par an, CDI, poste sur site.`,
    expect: {
      title: 'Technicien qualité',
      company: 'Usinage Morel',
      location: 'Grenoble',
      salary: { min: 30000, max: 35000, currency: 'EUR', period: 'year' },
      keywords: ['8D', 'FMEA', 'Coordinate measuring machine', 'ISO 9001', 'ISO 13485', 'CNC machining'],
      names: ['Morel', 'Grenoble'],
    },
  },
  {
    id: 'es-operario-produccion-page',
    lang: 'es',
    shape: 'page',
    text: `Componentes Levante S.L. - Castellón, España (Presencial)
## Funciones
- Manejo de centro de mecanizado CNC
- Control de calidad con calibres y registro de SPC
- Participación en grupos Kaizen y 5S
## Requisitos
- FP de grado medio en mecanizado
- Interpretación de planos
- Disponibilidad para turnos rotativos
## Ofrecemos
- 22.000 - 25.000 € brutos anuales`,
    expect: {
      title: 'Operario/a de producción CNC',
      company: 'Componentes Levante S.L.',
      location: 'Castellón, España',
      salary: { min: 22000, max: 25000, currency: 'EUR', period: 'year' },
      keywords: [
        'CNC machining',
        'Quality control',
        'Statistical process control',
        'Kaizen',
        '5S',
        'Technical drawings',
      ],
      names: ['Levante', 'Castellón'],
    },
  },
  // ------------------------------------------------------------------------------------------ hospitality
  {
    id: 'en-line-cook-headed',
    lang: 'en',
    shape: 'headed',
    text: `Line Cook
The Copper Kettle | Asheville, NC | Part-time
$17 - $20 an hour plus tips

What you'll do:
- Food preparation and mise en place for a 90-seat dining room
- Follow HACCP and allergen management procedures
- Keep the line clean and stocked

What we're looking for:
- 1+ year of kitchen experience and solid knife skills
- ServSafe Food Handler card
- Weekend and evening availability`,
    expect: {
      title: 'Line Cook',
      company: 'The Copper Kettle',
      location: 'Asheville, NC',
      salary: { min: 17, max: 20, currency: 'USD', period: 'hour' },
      keywords: ['Food preparation', 'HACCP', 'Allergen management', 'Knife skills', 'ServSafe'],
      names: ['Copper', 'Kettle', 'Asheville'],
    },
  },
  {
    id: 'de-rezeptionist-ashby',
    lang: 'de',
    shape: 'ashby',
    fields: { employmentType: 'FullTime', datePosted: '2026-11-18' },
    text: `Unser Boutique-Hotel mit 64 Zimmern sucht Verstärkung an der Rezeption.
## Deine Aufgaben
- Gästebetreuung beim Check-in und Check-out
- Reservierungen in Oracle Opera und protel
- Kassenführung und Upselling
## Dein Profil
- Abgeschlossene Ausbildung im Hotelfach
- Sehr gute Deutsch- und Englischkenntnisse
- Bereitschaft zu Früh- und Spätdienst`,
    expect: {
      title: 'Rezeptionist (m/w/d)',
      company: 'Hotel Alpenblick',
      location: 'Garmisch-Partenkirchen, Germany',
      salary: { min: 2700, max: 3100, currency: 'EUR', period: 'month' },
      keywords: [
        'Guest service',
        'Reservations',
        'Oracle Opera',
        'Protel',
        'Cash handling',
        'Upselling',
        'Front desk operations',
      ],
      names: ['Alpenblick', 'Garmisch', 'Partenkirchen'],
    },
  },
  {
    id: 'pl-barista-prose',
    lang: 'pl',
    shape: 'prose',
    text: `Jesteśmy Kawiarnia Ziarno w Warszawie i szukamy osoby na stanowisko Barista. Przygotowujesz kawę na ekspresie kolbowym, robisz latte art, dbasz o obsługę gości i obsługę kasy. Wymagamy książeczki sanepidowskiej i znajomości zasad HACCP. Stawka 28 - 32 zł za godzinę, część etatu.`,
    expect: {
      title: 'Barista',
      company: 'Kawiarnia Ziarno',
      location: 'Warszawa',
      salary: { min: 28, max: 32, currency: 'PLN', period: 'hour' },
      keywords: [
        'Espresso',
        'Latte art',
        'Guest service',
        'Cash handling',
        'Food hygiene certificate',
        'HACCP',
      ],
      names: ['Ziarno', 'Warszawie'],
    },
  },
  {
    id: 'fr-chef-de-rang-greenhouse',
    lang: 'fr',
    shape: 'greenhouse',
    text: `Brasserie de 120 couverts au cœur du Vieux-Port.
## Vos missions
- Accueil client et service en salle
- Conseil sur les vins et cocktails
- Tenue de caisse sur TPV
## Profil recherché
- 2 ans d'expérience en restauration
- Connaissance des allergènes
- Anglais courant`,
    expect: {
      title: 'Chef de rang',
      company: 'Brasserie du Port',
      location: 'Marseille, France',
      salary: null,
      keywords: ['Guest service', 'Mixology', 'Cash handling', 'POS systems', 'Allergen management'],
      names: ['Marseille', 'Vieux'],
    },
  },
  {
    id: 'es-camarero-headed',
    lang: 'es',
    shape: 'headed',
    text: `Camarero/a de sala
Hotel Mirador del Mar - Málaga, España (Presencial)
Salario: 1.450 € al mes, media jornada

Funciones:
- Atención al cliente en sala y terraza
- Servicio de banquetes
- Manejo de caja y TPV

Requisitos:
- Carnet de manipulador de alimentos
- Experiencia mínima de 1 año
- Inglés nivel B1`,
    expect: {
      title: 'Camarero/a de sala',
      company: 'Hotel Mirador del Mar',
      location: 'Málaga, España',
      salary: { min: 1450, max: 1450, currency: 'EUR', period: 'month' },
      keywords: ['Guest service', 'Banquets', 'Cash handling', 'POS systems', 'Food hygiene certificate'],
      names: ['Mirador', 'Málaga'],
    },
  },
  // ------------------------------------------------------------------------------------------ software
  {
    id: 'en-backend-engineer-lever',
    lang: 'en',
    shape: 'lever',
    fields: { remote: false },
    text: `Tidewater Labs builds routing software for port terminals.
## What you'll do
- Design REST APIs in Go and Python
- Run services on Kubernetes in AWS with Terraform
- Own PostgreSQL schemas and Kafka pipelines
## Requirements
- 4+ years building backend services
- Strong SQL and Docker skills
## Nice to have
- gRPC
- Grafana and Prometheus`,
    expect: {
      title: 'Backend Engineer',
      company: 'Tidewater Labs',
      location: 'Rotterdam, Netherlands',
      salary: { min: 70000, max: 88000, currency: 'EUR', period: 'year' },
      keywords: [
        'REST APIs',
        'Go',
        'Python',
        'Kubernetes',
        'Amazon Web Services',
        'Terraform',
        'PostgreSQL',
        'Apache Kafka',
        'SQL',
        'Docker',
        'Grafana',
        'Prometheus',
      ],
      names: ['Tidewater', 'Rotterdam'],
    },
  },
  {
    id: 'de-softwareentwickler-one-line',
    lang: 'de',
    shape: 'one-line',
    text: `Die Fjordsoft AG in Köln sucht einen Java-Entwickler (m/w/d) mit Erfahrung in Spring Boot, PostgreSQL, Docker und Kubernetes, der REST-Schnittstellen entwickelt und mit Git und Jenkins arbeitet; 65.000 - 78.000 € pro Jahr, 100% remote möglich.`,
    expect: {
      title: 'Java-Entwickler',
      company: 'Fjordsoft AG',
      location: 'Köln',
      salary: { min: 65000, max: 78000, currency: 'EUR', period: 'year' },
      keywords: ['Java', 'Spring Boot', 'PostgreSQL', 'Docker', 'Kubernetes', 'REST APIs', 'Git', 'Jenkins'],
      names: ['Fjordsoft', 'Köln'],
    },
  },
  {
    id: 'pl-programista-headed',
    lang: 'pl',
    shape: 'headed',
    text: `Programista Python
Firma: Softwarehouse Wisła sp. z o.o.
Lokalizacja: Kraków (praca zdalna)
Wynagrodzenie: 18 000 - 24 000 PLN netto miesięcznie (B2B)

Twoje zadania:
- Rozwój API w Django i FastAPI
- Praca z PostgreSQL i Redis
- Wdrożenia na AWS z użyciem Docker

Wymagania:
- Minimum 3 lata doświadczenia z Pythonem
- Znajomość Git i CI/CD
- Mile widziane: Kubernetes, Terraform`,
    expect: {
      title: 'Programista Python',
      company: 'Softwarehouse Wisła sp. z o.o.',
      location: 'Kraków',
      salary: { min: 18000, max: 24000, currency: 'PLN', period: 'month' },
      keywords: [
        'Python',
        'Django',
        'FastAPI',
        'PostgreSQL',
        'Redis',
        'Amazon Web Services',
        'Docker',
        'Git',
        'CI/CD',
        'Kubernetes',
        'Terraform',
      ],
      names: ['Wisła', 'Kraków'],
    },
  },
  {
    id: 'fr-developpeur-page',
    lang: 'fr',
    shape: 'page',
    text: `Océane Numérique - Rennes, France (Hybride)
## Vos missions
- Développer des interfaces en React et TypeScript
- Écrire des tests avec Jest et Cypress
- Participer aux revues de code
## Profil recherché
- 3 ans d'expérience en développement front-end
- Maîtrise de Git et des principes d'accessibilité
- Un plus : Next.js et GraphQL
## Rémunération
- 42 000 - 50 000 € par an`,
    expect: {
      title: 'Développeur front-end React (H/F)',
      company: 'Océane Numérique',
      location: 'Rennes, France',
      salary: { min: 42000, max: 50000, currency: 'EUR', period: 'year' },
      keywords: [
        'React',
        'TypeScript',
        'Jest',
        'Cypress',
        'Code review',
        'Git',
        'Accessibility',
        'Next.js',
        'GraphQL',
      ],
      names: ['Océane', 'Rennes'],
    },
  },
  {
    id: 'es-desarrollador-jsonld',
    lang: 'es',
    shape: 'jsonld',
    fields: { employmentType: 'FULL_TIME', remote: true, datePosted: '2026-11-25' },
    text: `Buscamos un desarrollador para nuestro equipo de plataforma.
## Responsabilidades
- Desarrollar microservicios en Node.js y TypeScript
- Mantener bases de datos MongoDB y PostgreSQL
- Automatizar despliegues con GitHub Actions y Docker
## Requisitos
- 3 años de experiencia en backend
- Experiencia con AWS
- Se valorará experiencia con GraphQL`,
    expect: {
      title: 'Desarrollador/a Backend Node.js',
      company: 'Pagos Atlántico S.L.',
      location: 'Madrid, ES',
      salary: { min: 40000, max: 48000, currency: 'EUR', period: 'year' },
      keywords: [
        'Microservices',
        'Node.js',
        'TypeScript',
        'MongoDB',
        'PostgreSQL',
        'GitHub',
        'Docker',
        'Amazon Web Services',
        'GraphQL',
      ],
      names: ['Atlántico', 'Madrid'],
    },
  },
  // ------------------------------------------------------------------------------------------ more shapes
  {
    id: 'en-dental-hygienist-prose',
    lang: 'en',
    shape: 'prose',
    text: `Bright Smiles Dental in Portland is looking for a Dental Hygienist to join our friendly team.

You'll provide dental hygiene care, take X-rays, follow sterilization protocols and chart in Dentrix. We're looking for someone with an active Oregon dental hygiene license, current BLS certification and at least 1 year of clinical experience.

Pay is $48 - $56 per hour, Monday to Thursday. Dr. Helen Okafor leads the practice.`,
    expect: {
      title: 'Dental Hygienist',
      company: 'Bright Smiles Dental',
      location: 'Portland',
      salary: { min: 48, max: 56, currency: 'USD', period: 'hour' },
      keywords: ['Dental hygiene', 'Radiography', 'Sterilization', 'Dentrix', 'BLS'],
      names: ['Bright', 'Smiles', 'Portland', 'Helen', 'Okafor'],
    },
  },
  {
    id: 'en-logistics-coordinator-greenhouse',
    lang: 'en',
    shape: 'greenhouse',
    text: `Harbor & Rail Freight moves containers between the port and inland terminals.
## Responsibilities
- Route planning for a fleet of 40 trucks
- Coordinate shipping and receiving with terminals
- Prepare customs paperwork under Incoterms
## Requirements
- 2+ years in freight logistics
- Advanced Excel and SAP MM
- Knowledge of dangerous goods regulations`,
    expect: {
      title: 'Logistics Coordinator',
      company: 'Harbor & Rail Freight',
      location: 'Savannah, GA',
      salary: null,
      keywords: [
        'Route planning',
        'Shipping and receiving',
        'Incoterms',
        'Logistics',
        'Microsoft Excel',
        'SAP MM',
        'Dangerous goods',
      ],
      names: ['Harbor', 'Rail', 'Savannah'],
    },
  },
  {
    id: 'en-cnc-machinist-jsonld-array',
    lang: 'en',
    shape: 'jsonld',
    fields: { employmentType: 'FULL_TIME', datePosted: '2026-12-01' },
    text: `Machine precision aerospace parts on 5-axis mills.
## Responsibilities
- Set up and run CNC machining centers
- Inspect parts with a CMM and read GD&T on blueprints
- Support 5S and Kaizen events
## Requirements
- 3+ years of CNC experience
- Ability to read blueprints
- ISO 9001 shop experience`,
    expect: {
      title: 'CNC Machinist - 2nd Shift',
      company: 'Summit Aero Components',
      location: 'Wichita, KS, US',
      salary: { min: 26, max: 34, currency: 'USD', period: 'hour' },
      keywords: [
        'CNC machining',
        'Coordinate measuring machine',
        'GD&T',
        'Blueprint reading',
        '5S',
        'Kaizen',
        'ISO 9001',
      ],
      names: ['Summit', 'Wichita'],
    },
  },
  {
    id: 'en-bartender-page',
    lang: 'en',
    shape: 'page',
    text: `Saltwater Social - Charleston, SC (On-site)
## About the job
- Craft cocktails and serve wine with confidence
- Handle cash and our Toast POS system
- Upselling specials and keeping guests happy
## Requirements
- 2 years of bartending experience
- Mixology knowledge and wine service
- Must be 21+ and available weekends
## Pay
- $12 per hour plus tips`,
    expect: {
      title: 'Bartender',
      company: 'Saltwater Social',
      location: 'Charleston, SC',
      salary: { min: 12, max: 12, currency: 'USD', period: 'hour' },
      keywords: ['Mixology', 'Wine service', 'Cash handling', 'POS systems', 'Upselling'],
      names: ['Saltwater', 'Charleston'],
    },
  },
];
