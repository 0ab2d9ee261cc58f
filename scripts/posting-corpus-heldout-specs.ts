/**
 * A second batch of hand-written postings, written after the parser to check that it generalises: layouts the
 * first batch does not use (job-board copy-paste with "Job details / Pay / Job type", LinkedIn's "About the job",
 * UK and Australian labelled ads, unbulleted "Salary:" / "Gehalt:" / "Wynagrodzenie:" / "Salaire :" /
 * "Salario:" lines, French "32 000 € … par an", Markdown, tech-stack lists, "Poste / Entreprise / Lieu" forms).
 * scripts/build-posting-corpus.ts writes them beside the first batch, marked `set: "heldout"`.
 */
import type { Spec } from './posting-corpus-specs.js';

export const HELDOUT_SPECS: Spec[] = [
  {
    id: 'en-home-health-aide-board-copy',
    lang: 'en',
    shape: 'headed',
    text: `Home Health Aide
BrightPath Home Care
3.9 out of 5 stars
Tacoma, WA 98402

Job details
Pay
$18.50 - $22.00 an hour
Job type
Full-time
Part-time

Full job description
BrightPath Home Care helps seniors stay safe in their own homes. We are hiring caregivers for day and weekend visits.

Responsibilities:
Assist clients with bathing, dressing and other personal care
Provide medication reminders and record vital signs
Light housekeeping and meal preparation

Qualifications:
Current HHA certification
CPR and First Aid certification
Valid driver's license and reliable transportation
Experience with dementia care preferred

Apply today or call Janet Okafor at 253-555-0142.`,
    expect: {
      title: 'Home Health Aide',
      company: 'BrightPath Home Care',
      location: 'Tacoma, WA',
      salary: { min: 18.5, max: 22, currency: 'USD', period: 'hour' },
      keywords: [
        'Personal care',
        'Vital signs',
        'HHA',
        'CPR',
        'First Aid',
        'Dementia care',
        "Driver's license",
      ],
      names: ['BrightPath', 'Tacoma', 'Janet', 'Okafor'],
    },
  },
  {
    id: 'en-payroll-specialist-about-the-job',
    lang: 'en',
    shape: 'headed',
    text: `Payroll Specialist
Northgate Logistics · Columbus, OH (Hybrid)
Full-time · Mid-Senior level

About the job
Northgate Logistics runs 14 cross-dock terminals across the Midwest. Our finance team is looking for a payroll specialist to own bi-weekly payroll for 1,200 hourly employees.

What you will do
• Process multi-state payroll in ADP Workforce Now
• Reconcile payroll to the general ledger every pay period
• Answer employee questions about deductions, garnishments and PTO
• Prepare quarterly payroll tax filings

What we are looking for
• 3+ years of payroll processing experience
• Working knowledge of FLSA and state wage laws
• Strong Excel skills (VLOOKUP, pivot tables)
• CPP certification is a plus

Pay: $55,000.00 - $65,000.00 per year`,
    expect: {
      title: 'Payroll Specialist',
      company: 'Northgate Logistics',
      location: 'Columbus, OH',
      salary: { min: 55000, max: 65000, currency: 'USD', period: 'year' },
      keywords: [
        'Payroll processing',
        'ADP Workforce Now',
        'General ledger',
        'FLSA',
        'Excel',
        'Pivot tables',
        'CPP',
      ],
      names: ['Northgate', 'Columbus', 'Midwest'],
    },
  },
  {
    id: 'en-uk-reach-truck-labelled',
    lang: 'en',
    shape: 'headed',
    text: `Job Title: Reach Truck Driver
Company: Midlands Freight Ltd
Location: Daventry, Northamptonshire
Salary: £12.50 per hour
Contract: Permanent, 4 on 4 off nights

Midlands Freight Ltd is a third-party logistics provider serving retailers across the UK. We are recruiting reach truck drivers for our distribution centre at Daventry.

Duties
- Put away and replenish stock at height using a reach truck
- Load and unload trailers with a counterbalance forklift
- Scan pallets with RF scanners and update the WMS
- Carry out pre-use checks and report defects

Requirements
- Valid RTITB or ITSSAR reach truck licence
- Counterbalance licence desirable
- At least 1 year of warehouse experience
- Right to work in the UK`,
    expect: {
      title: 'Reach Truck Driver',
      company: 'Midlands Freight Ltd',
      location: 'Daventry, Northamptonshire',
      salary: { min: 12.5, max: 12.5, currency: 'GBP', period: 'hour' },
      keywords: [
        'Reach truck',
        'Counterbalance forklift',
        'RF scanner',
        'WMS',
        'RTITB',
        'Loading and unloading',
      ],
      names: ['Midlands', 'Daventry', 'Northamptonshire'],
    },
  },
  {
    id: 'en-au-teacher-aide-one-line',
    lang: 'en',
    shape: 'one-line',
    text: `Teacher Aide – Sunnybank Hills State School – Brisbane QLD – $35.50 per hour: support students with additional needs in small-group literacy and numeracy sessions, help with behaviour management and classroom preparation; you hold a Certificate III in Education Support, a current Blue Card and First Aid certificate.`,
    expect: {
      title: 'Teacher Aide',
      company: 'Sunnybank Hills State School',
      location: 'Brisbane QLD',
      salary: { min: 35.5, max: 35.5, currency: 'AUD', period: 'hour' },
      keywords: [
        'Literacy',
        'Numeracy',
        'Behaviour management',
        'Blue Card',
        'First Aid',
        'Certificate III in Education Support',
      ],
      names: ['Sunnybank', 'Hills', 'Brisbane'],
    },
  },
  {
    id: 'en-data-engineer-markdown',
    lang: 'en',
    shape: 'headed',
    text: `# Senior Data Engineer
**Fjordline Analytics** | Oslo, Norway (Remote within EU) | €80,000 – €95,000 a year

## Who we are
Fjordline Analytics builds forecasting tools for shipping companies.

## The role
* Design batch and streaming pipelines with Apache Airflow and Kafka
* Model data in dbt on Snowflake
* Run our infrastructure on AWS with Terraform

## You have
* 5+ years of Python and SQL
* Experience with data warehouse design
* Fluent English

## Bonus points
* Experience with Kubernetes`,
    expect: {
      title: 'Senior Data Engineer',
      company: 'Fjordline Analytics',
      location: 'Oslo, Norway',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year' },
      keywords: [
        'Apache Airflow',
        'Apache Kafka',
        'dbt',
        'Snowflake',
        'AWS',
        'Terraform',
        'Python',
        'SQL',
        'Kubernetes',
      ],
      names: ['Fjordline', 'Oslo', 'Norway'],
    },
  },
  {
    id: 'de-anlagenmechaniker-gehalt-line',
    lang: 'de',
    shape: 'headed',
    text: `Anlagenmechaniker SHK (m/w/d)
Haustechnik Berger GmbH & Co. KG
Einsatzort: Leipzig
Gehalt: 3.200 – 3.800 € brutto pro Monat
Arbeitszeit: Vollzeit, 39 Stunden

Das erwartet dich
• Installation und Wartung von Heizungsanlagen und Wärmepumpen
• Montage von Sanitäranlagen im Neubau und Bestand
• Fehlersuche und Störungsbehebung beim Kunden

Das bringst du mit
• Abgeschlossene Ausbildung als Anlagenmechaniker SHK
• Führerschein Klasse B
• Kenntnisse in der Kältetechnik von Vorteil

Ansprechpartner: Herr Jonas Reuter`,
    expect: {
      title: 'Anlagenmechaniker SHK',
      company: 'Haustechnik Berger GmbH & Co. KG',
      location: 'Leipzig',
      salary: { min: 3200, max: 3800, currency: 'EUR', period: 'month' },
      keywords: [
        'Heating systems',
        'Heat pumps',
        'Plumbing',
        'Troubleshooting',
        "Driver's license",
        'Refrigeration',
      ],
      names: ['Berger', 'Leipzig', 'Jonas', 'Reuter'],
    },
  },
  {
    id: 'de-controller-du-form',
    lang: 'de',
    shape: 'prose',
    text: `Controller (m/w/d) Konzernreporting
Kessler Maschinenbau AG, Stuttgart

Die Kessler Maschinenbau AG entwickelt Werkzeugmaschinen für die Automobilindustrie. Für unser Finanzteam in Stuttgart suchen wir ab sofort einen Controller. Du verantwortest die Monatsabschlüsse und das Konzernreporting nach IFRS, erstellst Budget und Forecast und analysierst Abweichungen. Du bringst ein abgeschlossenes Studium der Betriebswirtschaftslehre, mindestens 3 Jahre Berufserfahrung im Controlling, sehr gute Kenntnisse in SAP S/4HANA und Excel sowie verhandlungssichere Englischkenntnisse mit.

Gehalt: 65.000 - 75.000 EUR jährlich`,
    expect: {
      title: 'Controller Konzernreporting',
      company: 'Kessler Maschinenbau AG',
      location: 'Stuttgart',
      salary: { min: 65000, max: 75000, currency: 'EUR', period: 'year' },
      keywords: [
        'Month-end close',
        'IFRS',
        'Budgeting',
        'Forecasting',
        'Variance analysis',
        'SAP S/4HANA',
        'Excel',
      ],
      names: ['Kessler', 'Stuttgart'],
    },
  },
  {
    id: 'pl-kierowca-wynagrodzenie-line',
    lang: 'pl',
    shape: 'headed',
    text: `Kierowca kat. C+E – transport międzynarodowy
TransLog Sp. z o.o.
Miejsce pracy: Wrocław
Wynagrodzenie: 9000–11000 zł netto / mies.

Zakres obowiązków:
- przewóz towarów na trasach UE
- dbanie o powierzony pojazd i dokumentację przewozową
- obsługa tachografu cyfrowego

Wymagania:
- prawo jazdy kat. C+E
- aktualna karta kierowcy i świadectwo kwalifikacji
- uprawnienia ADR będą dodatkowym atutem

Oferujemy:
- umowę o pracę
- nowoczesną flotę`,
    expect: {
      title: 'Kierowca kat. C+E – transport międzynarodowy',
      company: 'TransLog Sp. z o.o.',
      location: 'Wrocław',
      salary: { min: 9000, max: 11000, currency: 'PLN', period: 'month' },
      keywords: ['CE license', 'Tachograph', 'ADR', 'Driver qualification card'],
      names: ['TransLog', 'Wrocław'],
    },
  },
  {
    id: 'pl-analityk-danych-stack',
    lang: 'pl',
    shape: 'headed',
    text: `Analityk danych (Mid)
DataNova S.A.
Lokalizacja: Kraków (praca hybrydowa)
Widełki: 14 000 - 18 000 PLN brutto / mies. (UoP)

Tech stack: SQL, Power BI, Python, Excel

Twoje zadania:
- budowa raportów i dashboardów w Power BI
- przygotowanie procesów ETL
- analiza danych sprzedażowych dla działu handlowego

Nasze wymagania:
- min. 2 lata doświadczenia w analizie danych
- bardzo dobra znajomość SQL
- znajomość języka angielskiego na poziomie B2

Mile widziane:
- Python (pandas)`,
    expect: {
      title: 'Analityk danych (Mid)',
      company: 'DataNova S.A.',
      location: 'Kraków',
      salary: { min: 14000, max: 18000, currency: 'PLN', period: 'month' },
      keywords: ['SQL', 'Power BI', 'Python', 'Excel', 'ETL', 'Dashboards', 'pandas'],
      names: ['DataNova', 'Kraków'],
    },
  },
  {
    id: 'fr-infirmier-salaire-par-an',
    lang: 'fr',
    shape: 'headed',
    text: `Infirmier diplômé d'État (H/F)
Hôpital privé du Parc — Lyon (69)
CDI · Temps plein
Salaire : 32 000 € brut par an

Vos missions :
- Réaliser les soins techniques et la surveillance des patients en chirurgie
- Assurer l'administration des médicaments et la traçabilité dans le dossier de soins
- Participer à la prise en charge de la douleur

Votre profil :
- Diplôme d'État d'infirmier
- Une première expérience en chirurgie est appréciée
- Maîtrise des règles d'hygiène

Contact : Mme Hélène Marchand, DRH`,
    expect: {
      title: "Infirmier diplômé d'État",
      company: 'Hôpital privé du Parc',
      location: 'Lyon',
      salary: { min: 32000, max: 32000, currency: 'EUR', period: 'year' },
      keywords: [
        'Patient monitoring',
        'Medication administration',
        'Charting',
        'Pain management',
        'Hygiene standards',
      ],
      names: ['Parc', 'Lyon', 'Hélène', 'Marchand'],
    },
  },
  {
    id: 'fr-controleur-gestion-form',
    lang: 'fr',
    shape: 'headed',
    text: `Poste : Contrôleur de gestion (H/F)
Entreprise : Groupe Vernier
Lieu : Bordeaux
Rémunération : 45 000 à 55 000 € brut annuel
Type de contrat : CDI

Le Groupe Vernier, distributeur de matériaux de construction, renforce sa direction financière.

Missions
- Piloter le processus budgétaire et les reprévisions
- Produire le reporting mensuel et analyser les écarts
- Participer à la clôture mensuelle
- Améliorer les outils de contrôle de gestion sous SAP

Profil
- Bac+5 en finance ou école de commerce
- 3 ans d'expérience minimum en contrôle de gestion
- Excellente maîtrise d'Excel`,
    expect: {
      title: 'Contrôleur de gestion',
      company: 'Groupe Vernier',
      location: 'Bordeaux',
      salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
      keywords: ['Budgeting', 'Variance analysis', 'Month-end close', 'SAP', 'Excel', 'Management reporting'],
      names: ['Vernier', 'Bordeaux'],
    },
  },
  {
    id: 'es-electricista-salario-line',
    lang: 'es',
    shape: 'headed',
    text: `Oferta de empleo: Electricista industrial
Empresa: Montajes Eléctricos Duero S.L.
Ubicación: Valladolid
Salario: 24.000 - 27.000 € brutos/año
Jornada completa, turno de mañana

Funciones:
• Montaje y mantenimiento de cuadros eléctricos
• Instalaciones de baja tensión en naves industriales
• Diagnóstico de averías en autómatas programables (PLC)

Requisitos:
• FP de Grado Medio o Superior en Electricidad
• Carné de instalador electricista
• Curso de PRL de 20 horas
• Carné de conducir B

Se valorará experiencia con Siemens S7.`,
    expect: {
      title: 'Electricista industrial',
      company: 'Montajes Eléctricos Duero S.L.',
      location: 'Valladolid',
      salary: { min: 24000, max: 27000, currency: 'EUR', period: 'year' },
      keywords: [
        'Electrical panels',
        'Low voltage',
        'PLC',
        'Troubleshooting',
        'Occupational safety',
        "Driver's license",
        'Siemens S7',
      ],
      names: ['Duero', 'Valladolid'],
    },
  },
  {
    id: 'es-recepcionista-prose',
    lang: 'es',
    shape: 'prose',
    text: `En Hotel Mirador del Puerto, un hotel de cuatro estrellas en Málaga, buscamos un/a Recepcionista para el turno de tarde. Te encargarás del check-in y check-out de los huéspedes, la gestión de reservas en Opera PMS y la atención al cliente en español e inglés. Valoramos experiencia previa en recepción de hotel y conocimientos de alemán. Ofrecemos contrato indefinido y un salario de 1.450 € brutos mensuales.`,
    expect: {
      title: 'Recepcionista',
      company: 'Hotel Mirador del Puerto',
      location: 'Málaga',
      salary: { min: 1450, max: 1450, currency: 'EUR', period: 'month' },
      keywords: ['Check-in', 'Reservations', 'Opera PMS', 'Guest service'],
      names: ['Mirador', 'Puerto', 'Málaga'],
    },
  },
  {
    id: 'en-pharmacy-technician-page',
    lang: 'en',
    shape: 'page',
    text: `Lakeshore Community Pharmacy - Madison, WI (On-site)
Pay: $19 - $23 per hour
## What you'll do
- Fill and label prescriptions accurately
- Process insurance claims and prior authorizations
- Maintain inventory and controlled substance logs
## What you need
- Active Wisconsin pharmacy technician license
- PTCB certification (CPhT)
- Experience with a pharmacy management system such as PioneerRx`,
    expect: {
      title: 'Pharmacy Technician',
      company: 'Lakeshore Community Pharmacy',
      location: 'Madison, WI',
      salary: { min: 19, max: 23, currency: 'USD', period: 'hour' },
      keywords: [
        'Prescriptions',
        'Insurance claims',
        'Prior authorization',
        'Inventory management',
        'PTCB',
        'CPhT',
      ],
      names: ['Lakeshore', 'Madison', 'Wisconsin'],
    },
  },
  {
    id: 'de-pflegehelfer-jsonld',
    lang: 'de',
    shape: 'jsonld',
    fields: { employmentType: 'PART_TIME', datePosted: '2026-11-28' },
    text: `Für unser Seniorenzentrum am Stadtpark suchen wir Verstärkung in Teilzeit.
## Deine Aufgaben
- Unterstützung bei der Grundpflege
- Begleitung der Bewohnerinnen und Bewohner im Alltag
- Dokumentation in Vivendi
## Dein Profil
- Pflegehelferausbildung oder Erfahrung in der Altenpflege
- Führerschein Klasse B wünschenswert`,
    expect: {
      title: 'Pflegehelfer (m/w/d) in Teilzeit',
      company: 'Seniorenzentrum am Stadtpark gGmbH',
      location: 'Kassel, Deutschland',
      salary: { min: 16.5, max: 18, currency: 'EUR', period: 'hour' },
      keywords: ['Patient care', 'Geriatric care', 'Vivendi', "Driver's license"],
      names: ['Stadtpark', 'Kassel'],
    },
  },
];
