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
  // ---- written after the fixes above, measured before any further change (see README: "blind")
  {
    id: 'en-dental-assistant-classified',
    lang: 'en',
    shape: 'headed',
    text: `Dental Assistant - Part Time (Fresno)
compensation: $25/hr
employment type: part-time

Sunrise Family Dental is looking for a friendly dental assistant three days a week.

You will:
- chairside assisting for fillings, crowns and extractions
- take digital x-rays and sterilize instruments
- update patient charts in Dentrix

You have:
- RDA license (California)
- current CPR certification
- 1 year of chairside experience`,
    expect: {
      title: 'Dental Assistant - Part Time',
      company: 'Sunrise Family Dental',
      location: 'Fresno',
      salary: { min: 25, max: 25, currency: 'USD', period: 'hour' },
      keywords: ['Chairside assisting', 'Radiography', 'Sterilization', 'Dentrix', 'RDA', 'CPR'],
      names: ['Sunrise', 'Fresno'],
    },
  },
  {
    id: 'en-correctional-officer-government',
    lang: 'en',
    shape: 'headed',
    text: `Position Title: Correctional Officer I
Agency: Missouri Department of Corrections
Location: Jefferson City, MO
Salary Range: $38,000.00 - $44,000.00 Annually
Job Type: Full-time, rotating shifts

Job Summary
Maintains custody and supervision of offenders in a maximum-security facility.

Minimum Qualifications
- High school diploma or GED
- Must be at least 18 years of age
- Valid driver's license
- Ability to pass a background check and drug screening

Preferred
- Experience in crisis intervention or security`,
    expect: {
      title: 'Correctional Officer I',
      company: 'Missouri Department of Corrections',
      location: 'Jefferson City, MO',
      salary: { min: 38000, max: 44000, currency: 'USD', period: 'year' },
      keywords: ['High school diploma', 'GED', "Driver's license", 'Background check', 'Crisis intervention'],
      names: ['Missouri', 'Jefferson'],
    },
  },
  {
    id: 'de-industriemechaniker-xing',
    lang: 'de',
    shape: 'prose',
    text: `Industriemechaniker (m/w/d) Instandhaltung
Bergmann Präzisionsteile GmbH · Ulm · Vollzeit

Wir sind ein familiengeführter Zulieferer für die Medizintechnik und suchen Sie zur Verstärkung unserer Instandhaltung. Sie übernehmen die vorbeugende Wartung unserer CNC-Maschinen, beheben Störungen an Hydraulik und Pneumatik und dokumentieren Ihre Arbeit im SAP PM. Sie haben eine abgeschlossene Ausbildung als Industriemechaniker und Erfahrung mit Siemens-Steuerungen; Schichtbereitschaft setzen wir voraus.

Vergütung: 48.000 € – 55.000 € brutto im Jahr`,
    expect: {
      title: 'Industriemechaniker Instandhaltung',
      company: 'Bergmann Präzisionsteile GmbH',
      location: 'Ulm',
      salary: { min: 48000, max: 55000, currency: 'EUR', period: 'year' },
      keywords: ['Preventive maintenance', 'CNC', 'Hydraulics', 'Pneumatics', 'SAP PM'],
      names: ['Bergmann', 'Ulm'],
    },
  },
  {
    id: 'pl-magazynier-pracuj',
    lang: 'pl',
    shape: 'headed',
    text: `Magazynier / Magazynierka
AMR Logistics Sp. z o.o.
Gądki, Kórnik (pow. poznański), wielkopolskie
28–32 zł brutto / godz.
umowa o pracę · pełny etat · praca stacjonarna

Twój zakres obowiązków
- kompletacja zamówień przy użyciu skanera
- przyjęcie i wydanie towaru
- obsługa wózka widłowego

Nasze wymagania
- uprawnienia UDT na wózki widłowe
- gotowość do pracy w systemie trzyzmianowym
- mile widziane doświadczenie z systemem WMS`,
    expect: {
      title: 'Magazynier / Magazynierka',
      company: 'AMR Logistics Sp. z o.o.',
      location: 'Gądki',
      salary: { min: 28, max: 32, currency: 'PLN', period: 'hour' },
      keywords: ['Order picking', 'Forklift operation', 'UDT', 'WMS'],
      names: ['AMR', 'Gądki', 'Kórnik'],
    },
  },
  {
    id: 'fr-serveur-indeed',
    lang: 'fr',
    shape: 'headed',
    text: `Serveur / Serveuse H/F
Brasserie du Vieux Port
13002 Marseille
1 800 € - 2 000 € par mois
Temps plein, CDI

Description du poste :
Nous recherchons un serveur ou une serveuse pour notre brasserie de 120 couverts.
- Accueil et placement des clients
- Prise de commande et service en salle
- Encaissement

Profil recherché :
- Première expérience en restauration
- Anglais apprécié`,
    expect: {
      title: 'Serveur / Serveuse',
      company: 'Brasserie du Vieux Port',
      location: 'Marseille',
      salary: { min: 1800, max: 2000, currency: 'EUR', period: 'month' },
      keywords: ['Table service', 'Cash handling', 'Guest service'],
      names: ['Vieux', 'Port', 'Marseille'],
    },
  },
  {
    id: 'es-mozo-almacen-infojobs',
    lang: 'es',
    shape: 'headed',
    text: `Mozo/a de almacén
Logística Levante S.A.
Ribarroja del Turia (Valencia)
Salario: 18.000€ - 20.000€ bruto/año
Experiencia mínima: 1 año

Descripción
Buscamos mozo/a de almacén para nuestro centro logístico.
- Preparación de pedidos con radiofrecuencia
- Carga y descarga de camiones
- Manejo de carretilla elevadora y transpaleta eléctrica

Requisitos mínimos
- Carné de carretillero en vigor
- Disponibilidad para turnos rotativos`,
    expect: {
      title: 'Mozo/a de almacén',
      company: 'Logística Levante S.A.',
      location: 'Ribarroja del Turia',
      salary: { min: 18000, max: 20000, currency: 'EUR', period: 'year' },
      keywords: [
        'Order picking',
        'RF scanner',
        'Loading and unloading',
        'Forklift operation',
        'Forklift license',
      ],
      names: ['Levante', 'Ribarroja', 'Turia', 'Valencia'],
    },
  },
  {
    id: 'en-frontend-engineer-labelled',
    lang: 'en',
    shape: 'headed',
    text: `Job: Senior Frontend Engineer (React)
Company: Lumen Health
Location: Chicago, IL (Remote within US)
Compensation: $140k–$170k + equity

Lumen Health builds scheduling software for physical therapy clinics.

What you'll work on
- Our patient app in React and TypeScript
- Design system components with Storybook
- Accessibility (WCAG 2.1 AA) across the product

What we need
- 5+ years building web apps with React
- Strong TypeScript and testing with Jest or Playwright
- Experience with GraphQL is a plus`,
    expect: {
      title: 'Senior Frontend Engineer (React)',
      company: 'Lumen Health',
      location: 'Chicago, IL',
      salary: { min: 140000, max: 170000, currency: 'USD', period: null },
      keywords: ['React', 'TypeScript', 'Storybook', 'WCAG', 'Jest', 'Playwright', 'GraphQL'],
      names: ['Lumen', 'Chicago'],
    },
  },
  {
    id: 'en-nhs-staff-nurse',
    lang: 'en',
    shape: 'headed',
    text: `Band 5 Staff Nurse - Acute Medical Unit
Royal Devon University Healthcare NHS Foundation Trust
Exeter
£29,970 - £36,483 a year
Permanent, Full time

Job overview
We are looking for registered nurses to join our 28-bed Acute Medical Unit.

Main duties of the job
- Assess, plan and deliver care for acutely unwell adults
- Administer medicines and IV therapy
- Recognise deterioration using NEWS2

Person specification
- NMC registration
- Evidence of continuing professional development
- Immediate Life Support (ILS) desirable`,
    expect: {
      title: 'Band 5 Staff Nurse - Acute Medical Unit',
      company: 'Royal Devon University Healthcare NHS Foundation Trust',
      location: 'Exeter',
      salary: { min: 29970, max: 36483, currency: 'GBP', period: 'year' },
      keywords: ['Medication administration', 'IV therapy', 'NEWS2', 'NMC registration', 'ILS'],
      names: ['Devon', 'Exeter'],
    },
  },
  // ---- a second blind batch, measured as it came (README: "second blind batch")
  {
    id: 'en-warehouse-supervisor-linkedin',
    lang: 'en',
    shape: 'headed',
    text: `Warehouse Supervisor
FreshWay Foods · Columbus, OH · 3 days ago · Over 100 applicants
$52K/yr - $60K/yr · Full-time

About the job
FreshWay Foods distributes fresh produce to 400 grocery stores.

Responsibilities
- Lead a team of 25 associates on the night shift
- Oversee receiving, putaway and cycle counts
- Enforce OSHA safety standards

Qualifications
- 3+ years of warehouse leadership
- Experience with Manhattan WMS
- Forklift certification`,
    expect: {
      title: 'Warehouse Supervisor',
      company: 'FreshWay Foods',
      location: 'Columbus, OH',
      salary: { min: 52000, max: 60000, currency: 'USD', period: 'year' },
      keywords: ['Cycle counting', 'OSHA', 'WMS', 'Forklift license'],
      names: ['FreshWay', 'Columbus'],
    },
  },
  {
    id: 'de-sachbearbeiter-stepstone',
    lang: 'de',
    shape: 'headed',
    text: `Sachbearbeiter Buchhaltung (m/w/d)
Müller & Söhne KG
Dortmund
Feste Anstellung
Teilzeit, Vollzeit
Homeoffice möglich

Ihre Aufgaben
- Kreditorenbuchhaltung und Debitorenbuchhaltung
- Mitwirkung beim Monatsabschluss
- Zahlungsverkehr und Mahnwesen

Ihr Profil
- Kaufmännische Ausbildung, gerne Bilanzbuchhalter
- Sicherer Umgang mit DATEV und MS Excel`,
    expect: {
      title: 'Sachbearbeiter Buchhaltung',
      company: 'Müller & Söhne KG',
      location: 'Dortmund',
      salary: null,
      keywords: ['Accounts payable', 'Accounts receivable', 'Month-end close', 'DATEV', 'Excel'],
      names: ['Müller', 'Söhne', 'Dortmund'],
    },
  },
  {
    id: 'fr-charge-recrutement-apec',
    lang: 'fr',
    shape: 'headed',
    text: `Chargé de recrutement H/F
CABINET ALPHA RH
CDI
Paris 08 - 75
38 - 42 k€ brut annuel

Vos missions
- Rédaction et diffusion des annonces
- Sourcing sur LinkedIn Recruiter
- Conduite des entretiens et suivi des candidats dans l'ATS

Votre profil
- Bac+5 en ressources humaines
- Première expérience en cabinet de recrutement`,
    expect: {
      title: 'Chargé de recrutement',
      company: 'CABINET ALPHA RH',
      location: 'Paris',
      salary: { min: 38000, max: 42000, currency: 'EUR', period: 'year' },
      keywords: ['Sourcing', 'LinkedIn Recruiter', 'Interviewing', 'Applicant tracking system'],
      names: ['ALPHA', 'Paris'],
    },
  },
  {
    id: 'es-cocinero-one-line',
    lang: 'es',
    shape: 'one-line',
    text: `Se busca cocinero/a con experiencia para restaurante en Sevilla. Empresa: Taberna El Arenal. Salario 1.600 € netos/mes. Requisitos: carné de manipulador de alimentos, experiencia en cocina andaluza y en elaboración de menús.`,
    expect: {
      title: 'Cocinero/a',
      company: 'Taberna El Arenal',
      location: 'Sevilla',
      salary: { min: 1600, max: 1600, currency: 'EUR', period: 'month' },
      keywords: ['Food handler certificate', 'Menu planning'],
      names: ['Arenal', 'Sevilla'],
    },
  },
  {
    id: 'pl-java-developer-justjoin',
    lang: 'pl',
    shape: 'headed',
    text: `Senior Java Developer
Softwarehouse Kraków · Kraków · Fully remote
20 000 - 26 000 PLN/month (B2B)

Must have
- Java 17
- Spring Boot
- Apache Kafka
- AWS

Nice to have
- Kubernetes
- Terraform

Opis stanowiska
Rozwój systemów płatności dla klientów z branży fintech.`,
    expect: {
      title: 'Senior Java Developer',
      company: 'Softwarehouse Kraków',
      location: 'Kraków',
      salary: { min: 20000, max: 26000, currency: 'PLN', period: 'month' },
      keywords: ['Java', 'Spring Boot', 'Apache Kafka', 'AWS', 'Kubernetes', 'Terraform'],
      names: ['Softwarehouse'],
    },
  },
];
