/**
 * A third blind batch: 12 postings written without reading the parser, the way they look when pasted from a
 * board page (Indeed, StepStone, Pracuj, Welcome to the Jungle, InfoJobs, Seek, Reed) with the page's noise:
 * "Apply now", "Posted 3 days ago", ratings, benefit lists, EEO statements, "Remote (US)",
 * "Hybrid · Kraków, małopolskie", "75001 Paris", "Múnich, Baviera, Alemania", salaries in many forms.
 * scripts/build-posting-corpus.ts writes them beside the others, marked `set: "blind3"`.
 */
import type { Spec } from './posting-corpus-specs.js';

export const BLIND3_SPECS: Spec[] = [
  {
    id: 'en-med-surg-rn-indeed',
    lang: 'en',
    shape: 'headed',
    text: `Registered Nurse - Med/Surg (Nights)
Mercy Ridge Medical Center
4.1 4.1 out of 5 stars
Springfield, MO 65804
$38 - $52 an hour - Full-time, Night shift
Apply now
Posted 3 days ago

Profile insights
Licenses
Registered Nurse (RN) (Required)
Certifications
BLS Certification (Required)

Benefits
Pulled from the full job description
401(k) matching
Dental insurance
Health insurance
Tuition reimbursement

Full job description
Mercy Ridge Medical Center is a 300-bed teaching hospital. Our Medical-Surgical unit is looking for a night-shift RN to join a supportive team.

Responsibilities
- Assess, plan and document patient care in Epic
- Administer medications and IV therapy
- Monitor vital signs and escalate changes in condition
- Educate patients and families at discharge

Requirements
- Active Missouri RN license
- BLS required; ACLS preferred
- 1+ year of acute care experience
- BSN preferred

Mercy Ridge is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`,
    expect: {
      title: 'Registered Nurse - Med/Surg (Nights)',
      company: 'Mercy Ridge Medical Center',
      location: 'Springfield, MO',
      salary: { min: 38, max: 52, currency: 'USD', period: 'hour' },
      keywords: ['Epic', 'BLS', 'ACLS', 'IV therapy', 'Vital signs', 'BSN', 'Acute care', 'Patient care'],
      names: ['Mercy', 'Ridge', 'Springfield'],
    },
  },
  {
    id: 'en-warehouse-associate-remote-board',
    lang: 'en',
    shape: 'headed',
    text: `Warehouse Associate - 2nd Shift
Company: Keystone Freight Solutions
Location: Allentown, PA 18109
Pay: $19.75/hr + $1.50 shift differential
Job Type: Full-time

Posted 30+ days ago · Easily apply

Keystone Freight Solutions is a third-party logistics provider serving retail and e-commerce brands.

What you'll do:
* Pick, pack and ship customer orders using RF scanners
* Load and unload trailers safely
* Operate a forklift and pallet jack (certification provided)
* Perform cycle counts and keep inventory accurate in our WMS

What you need:
* Able to lift up to 50 lbs
* High school diploma or GED
* Forklift experience a plus

Benefits:
* Weekly pay
* Medical, dental, vision from day one
* Paid time off

Keystone is proud to be an equal opportunity employer.
Apply now`,
    expect: {
      title: 'Warehouse Associate - 2nd Shift',
      company: 'Keystone Freight Solutions',
      location: 'Allentown, PA',
      salary: { min: 19.75, max: 19.75, currency: 'USD', period: 'hour' },
      keywords: ['RF scanner', 'Forklift', 'Pallet jack', 'Cycle counts', 'WMS', 'Picking', 'Packing'],
      names: ['Keystone', 'Allentown'],
    },
  },
  {
    id: 'en-software-engineer-remote-us',
    lang: 'en',
    shape: 'headed',
    text: `Senior Backend Engineer, Payments
Lumenfield
Remote (US)
$165,000 – $195,000 a year

About Lumenfield
Lumenfield builds billing software for independent clinics. We're a 60-person, fully distributed team.

The role
You'll design and run the services that move money for our customers: card payments, ACH transfers and reconciliation.

You have
- 5+ years building backend services in Go or Java
- Deep experience with PostgreSQL and Kafka
- Services running on AWS with Terraform and Kubernetes
- Understanding of PCI DSS

Nice to have
- Stripe or Adyen integrations

Perks
- Home-office stipend
- 401(k) with 4% match
- Unlimited PTO

Lumenfield is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.

Apply for this job`,
    expect: {
      title: 'Senior Backend Engineer, Payments',
      company: 'Lumenfield',
      location: 'Remote (US)',
      salary: { min: 165000, max: 195000, currency: 'USD', period: 'year' },
      keywords: ['Go', 'Java', 'PostgreSQL', 'Kafka', 'AWS', 'Terraform', 'Kubernetes', 'PCI DSS', 'Stripe'],
      names: ['Lumenfield'],
    },
  },
  {
    id: 'en-hvac-technician-seek',
    lang: 'en',
    shape: 'headed',
    text: `HVAC Service Technician
Coolbreeze Air Conditioning Pty Ltd
Parramatta, Sydney NSW
Electricians (Trades & Services)
Full time
$95,000 – $110,000 per year + vehicle + super

Listed 5 days ago

About the role
We are a family-owned commercial HVAC contractor looking for an experienced service tech to maintain and repair systems across Western Sydney.

Key responsibilities
• Preventive maintenance on split systems, VRF and chillers
• Fault-finding on controls and BMS
• Refrigerant recovery and leak testing
• Complete job sheets on our mobile app

About you
• ARCtick refrigerant handling licence (essential)
• Electrical licence (restricted or A-grade)
• Current driver's licence
• White Card

To apply, click Apply and attach your resume.`,
    expect: {
      title: 'HVAC Service Technician',
      company: 'Coolbreeze Air Conditioning Pty Ltd',
      location: 'Parramatta, Sydney NSW',
      salary: { min: 95000, max: 110000, currency: 'AUD', period: 'year' },
      keywords: [
        'HVAC',
        'Preventive maintenance',
        'VRF',
        'Chillers',
        'BMS',
        'Refrigerant',
        'ARCtick',
        'White Card',
      ],
      names: ['Coolbreeze', 'Parramatta', 'Sydney'],
    },
  },
  {
    id: 'en-management-accountant-reed',
    lang: 'en',
    shape: 'headed',
    text: `Management Accountant
£42,000 - £48,000 per annum, Benefits: hybrid working, 25 days holiday
Posted 2 days ago by Hallam & Pryce Recruitment
Leeds, West Yorkshire
Permanent, full-time

Apply now  Save

My client, a growing food manufacturer, is looking for a Management Accountant to join their finance team.

Duties:
- Prepare monthly management accounts and variance analysis
- Own the month-end close and balance sheet reconciliations
- Support budgeting and forecasting
- Maintain the fixed asset register in Sage 200

Requirements:
- ACCA or CIMA qualified or part-qualified
- Advanced Excel
- Manufacturing or standard costing experience

Hallam & Pryce Recruitment is acting as an Employment Agency in relation to this vacancy.`,
    expect: {
      title: 'Management Accountant',
      company: 'Hallam & Pryce Recruitment',
      location: 'Leeds, West Yorkshire',
      salary: { min: 42000, max: 48000, currency: 'GBP', period: 'year' },
      keywords: [
        'Management accounts',
        'Variance analysis',
        'Month-end close',
        'Balance sheet reconciliation',
        'Budgeting',
        'Forecasting',
        'Sage 200',
        'ACCA',
        'CIMA',
        'Excel',
      ],
      names: ['Hallam', 'Pryce', 'Leeds', 'Yorkshire'],
    },
  },
  {
    id: 'de-elektroniker-stepstone',
    lang: 'de',
    shape: 'headed',
    text: `Elektroniker für Energie- und Gebäudetechnik (m/w/d)
Hausmann Elektrotechnik GmbH
Augsburg
Feste Anstellung
Vollzeit
Gehalt: 3.400 € – 4.100 € / Monat
Erschienen: vor 1 Woche

Jetzt bewerben

Ihre Aufgaben:
- Installation von Elektroanlagen in Neubau und Bestand
- Prüfung nach DGUV V3 und Erstellung der Prüfprotokolle
- Inbetriebnahme von KNX-Systemen
- Fehlersuche und Störungsbeseitigung

Ihr Profil:
- Abgeschlossene Ausbildung als Elektroniker oder Elektroinstallateur
- Erfahrung mit KNX wünschenswert
- Führerschein Klasse B
- Gute Deutschkenntnisse

Wir bieten:
- 30 Tage Urlaub
- Firmenwagen
- Betriebliche Altersvorsorge

Wir freuen uns auf Ihre Bewerbung!`,
    expect: {
      title: 'Elektroniker für Energie- und Gebäudetechnik (m/w/d)',
      company: 'Hausmann Elektrotechnik GmbH',
      location: 'Augsburg',
      salary: { min: 3400, max: 4100, currency: 'EUR', period: 'month' },
      keywords: [
        'KNX',
        'DGUV V3',
        'Elektroinstallation',
        'Inbetriebnahme',
        'Fehlersuche',
        'Führerschein Klasse B',
      ],
      names: ['Hausmann', 'Augsburg'],
    },
  },
  {
    id: 'de-qualitaetsingenieur-xing-style',
    lang: 'de',
    shape: 'headed',
    text: `Qualitätsingenieur Automotive (w/m/d)
Brenner Präzisionsteile GmbH & Co. KG · 74072 Heilbronn
Vollzeit · Hybrid
65.000 € – 78.000 € jährlich
vor 4 Tagen veröffentlicht · 27 Bewerbungen

Über uns
Als Zulieferer für Fahrwerkskomponenten beliefern wir namhafte OEMs weltweit.

Das erwartet Sie
• Bearbeitung von Kundenreklamationen mit 8D-Reports
• Erstellung und Pflege von FMEA und Control Plans
• Durchführung von PPAP/PPF-Bemusterungen
• Begleitung von Audits nach IATF 16949

Das bringen Sie mit
• Studium Maschinenbau oder vergleichbar
• Mind. 3 Jahre Erfahrung im Qualitätsmanagement der Automobilindustrie
• Kenntnisse in SPC und MSA
• Sehr gute Englischkenntnisse

Bewerben`,
    expect: {
      title: 'Qualitätsingenieur Automotive (w/m/d)',
      company: 'Brenner Präzisionsteile GmbH & Co. KG',
      location: 'Heilbronn',
      salary: { min: 65000, max: 78000, currency: 'EUR', period: 'year' },
      keywords: ['8D', 'FMEA', 'Control Plan', 'PPAP', 'IATF 16949', 'SPC', 'MSA', 'Qualitätsmanagement'],
      names: ['Brenner', 'Heilbronn'],
    },
  },
  {
    id: 'pl-ksiegowa-pracuj',
    lang: 'pl',
    shape: 'headed',
    text: `Samodzielna Księgowa / Samodzielny Księgowy
Biuro Rachunkowe Wiśniewski Sp. z o.o.
Hybrid · Kraków, małopolskie
9 000–11 500 zł brutto / mies.
umowa o pracę · pełny etat · specjalista (Mid / Regular)
Ważna jeszcze 21 dni (do 27 gru)

Aplikuj szybko

Twój zakres obowiązków
- prowadzenie pełnej księgowości spółek
- sporządzanie deklaracji VAT, JPK i CIT
- przygotowywanie sprawozdań finansowych
- zamknięcia miesięczne i roczne

Nasze wymagania
- minimum 3 lata doświadczenia w biurze rachunkowym
- bardzo dobra znajomość programu Symfonia lub Comarch ERP Optima
- znajomość Excela
- mile widziany certyfikat księgowy MF

To oferujemy
- prywatna opieka medyczna
- karta Multisport
- dofinansowanie nauki języków`,
    expect: {
      title: 'Samodzielna Księgowa / Samodzielny Księgowy',
      company: 'Biuro Rachunkowe Wiśniewski Sp. z o.o.',
      location: 'Kraków, małopolskie',
      salary: { min: 9000, max: 11500, currency: 'PLN', period: 'month' },
      keywords: [
        'Pełna księgowość',
        'VAT',
        'JPK',
        'CIT',
        'Sprawozdania finansowe',
        'Symfonia',
        'Comarch ERP Optima',
        'Excel',
      ],
      names: ['Wiśniewski', 'Kraków'],
    },
  },
  {
    id: 'pl-magazynier-olx',
    lang: 'pl',
    shape: 'prose',
    text: `Magazynier z uprawnieniami UDT - Poznań (Swarzędz)

Firma LogiTrans Polska zatrudni magazyniera na zmiany w nowym centrum dystrybucyjnym w Swarzędzu koło Poznania. Do obowiązków należy kompletacja zamówień z użyciem skanera, załadunek i rozładunek aut oraz obsługa wózka widłowego. Wymagamy aktualnych uprawnień UDT na wózki widłowe i gotowości do pracy w systemie trzyzmianowym. Oferujemy 32 zł brutto/h, umowę o pracę i darmowy dojazd.

Dodano 2 dni temu · Zadzwoń`,
    expect: {
      title: 'Magazynier z uprawnieniami UDT',
      company: 'LogiTrans Polska',
      location: 'Poznań',
      salary: { min: 32, max: 32, currency: 'PLN', period: 'hour' },
      keywords: ['UDT', 'Wózek widłowy', 'Kompletacja zamówień', 'Praca zmianowa'],
      names: ['LogiTrans', 'Poznań', 'Swarzędz'],
    },
  },
  {
    id: 'fr-chef-de-partie-wttj',
    lang: 'fr',
    shape: 'headed',
    text: `Chef de partie H/F
Maison Verlaine
CDI
75001 Paris
Salaire : 2 300 à 2 600 € par mois
Début : dès que possible
Expérience : > 2 ans
Éducation : CAP / BEP

Publiée il y a 5 jours

Postuler

Qui sont-ils ?
Maison Verlaine est une brasserie parisienne de 120 couverts ouverte en 1928.

Descriptif du poste
Sous la responsabilité du chef de cuisine, vous prenez en charge un poste (garde-manger ou chaud) :
- mise en place et envoi pendant le service
- respect des normes HACCP et de la traçabilité
- gestion des stocks et des commandes de votre partie
- encadrement d'un commis

Profil recherché
- CAP Cuisine
- 2 ans d'expérience en brasserie ou restaurant traditionnel
- Rigueur, esprit d'équipe

Avantages : repas sur place, mutuelle, prime de fin d'année.`,
    expect: {
      title: 'Chef de partie H/F',
      company: 'Maison Verlaine',
      location: 'Paris',
      salary: { min: 2300, max: 2600, currency: 'EUR', period: 'month' },
      keywords: ['HACCP', 'Mise en place', 'Gestion des stocks', 'CAP Cuisine', 'Traçabilité'],
      names: ['Verlaine', 'Paris'],
    },
  },
  {
    id: 'fr-professeur-des-ecoles-indeed',
    lang: 'fr',
    shape: 'headed',
    text: `Professeur des écoles - classe de CE2 (H/F)
École Bilingue Les Tilleuls - Lyon 6e (69)
Temps plein, CDD
De 2 100 € à 2 400 € par mois

Candidature simplifiée
Publiée il y a plus de 30 jours

Description du poste
L'École Bilingue Les Tilleuls, établissement privé hors contrat, recherche un(e) professeur(e) des écoles pour sa classe de CE2 (24 élèves) à partir de janvier.

Missions :
- préparer et conduire les séquences en français et en mathématiques
- différenciation pédagogique et suivi individualisé
- évaluation des élèves et rencontres avec les familles
- co-enseignement avec l'enseignante d'anglais

Profil :
- Master MEEF ou CRPE
- Expérience en cycle 2 appréciée
- Maîtrise de l'anglais (niveau B2 minimum)

Type d'emploi : Temps plein, CDD
Lieu du poste : En présentiel`,
    expect: {
      title: 'Professeur des écoles - classe de CE2 (H/F)',
      company: 'École Bilingue Les Tilleuls',
      location: 'Lyon',
      salary: { min: 2100, max: 2400, currency: 'EUR', period: 'month' },
      keywords: ['Différenciation pédagogique', 'Master MEEF', 'CRPE', 'Évaluation des élèves', 'Anglais'],
      names: ['Tilleuls', 'Lyon'],
    },
  },
  {
    id: 'es-comercial-infojobs',
    lang: 'es',
    shape: 'headed',
    text: `Comercial B2B sector industrial
Suministros Técnicos Bávaros S.L.
Múnich, Baviera, Alemania
Publicada hace 6 días
Salario: 45.000 € - 55.000 € bruto/año + variable
Experiencia mínima: Al menos 3 años
Tipo de contrato: Indefinido, jornada completa

Inscribirme en esta oferta

Descripción
Buscamos un/a comercial de habla hispana para desarrollar la cartera de clientes industriales en el sur de Alemania y España.

Funciones:
- Prospección de nuevos clientes y captación
- Gestión de cartera y seguimiento en Salesforce
- Negociación de contratos y elaboración de ofertas
- Asistencia a ferias del sector

Requisitos:
- Experiencia en venta B2B de productos técnicos
- Alemán nivel B2 e inglés fluido
- Carnet de conducir B
- Disponibilidad para viajar

Se ofrece: coche de empresa, teléfono y portátil, formación continua.`,
    expect: {
      title: 'Comercial B2B sector industrial',
      company: 'Suministros Técnicos Bávaros S.L.',
      location: 'Múnich, Baviera, Alemania',
      salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
      keywords: [
        'Venta B2B',
        'Salesforce',
        'Prospección',
        'Negociación',
        'Gestión de cartera',
        'Carnet de conducir',
      ],
      names: ['Bávaros', 'Múnich', 'Baviera', 'Alemania'],
    },
  },
];
