import type { Language } from '../validate/schema/common.js';
import type { CountKey, LineKey } from './report/model.js';

/** Headings and column names of the handbooks, in the document's language; the source text is never translated. */
export interface Labels {
  contents: string;
  introduction: string;
  profile: string;
  domain: string;
  competence: string;
  generalObjective: string;
  particularObjective: string;
  evaluationObjective: string;
  id: string;
  level: string;
  company: string;
  ci: string;
  school: string;
  methodological: string;
  social: string;
  personal: string;
  citedBy: string;
  notCited: string;
  lessonTables: string;
  interCompanyCourses: string;
  course: string;
  days: string;
  hoursPerDay: string;
  contentsColumn: string;
  focus: string;
  qualification: string;
  position: string;
  form: string;
  weight: string;
  duration: string;
  hours: string;
  written: string;
  oral: string;
  practical: string;
  revisions: string;
  added: string;
  changed: string;
  inForce: string;
  changedItems: string;
  annex: string;
  documents: string;
  date: string;
  source: string;
  taxonomyLevels: string;
  interdisciplinaryCompetences: string;
  coverage: string;
  placesByCompetence: string;
  levelsByDomain: string;
  total: string;
  extracts: string;
  extractFor: string;
  findings: string;
  noFindings: string;
  error: string;
  warning: string;
  rule: string;
  where: string;
  message: string;
  overview: string;
  module: string;
  moduleTypes: Record<'basic' | 'main' | 'networking', string>;
  learningField: string;
  presence: string;
  selfStudy: string;
  lessons: string;
  learningDays: string;
  minutesPerLesson: string;
  prerequisites: string;
  taughtLessons: string;
  methods: string;
  competenceDimensions: string;
  statements: string;
  workSituations: string;
  workSituation: string;
  remarks: string;
  performanceCriteria: string;
  criterionGroups: Record<'potential' | 'knowledge' | 'attitudes' | 'metacognition', string>;
  referencedBy: string;
  situationsByField: string;
  version: string;
  stateDate: string;
  organisation: string;
  language: string;
  page: string;
  of: string;
  /** The pages about all documents: index.html and report.html. */
  site: SiteLabels;
}

/** Words of the index and report pages; `{of}`, `{subject}` and `{part}` stand for what a count or total is about. */
export interface SiteLabels {
  handbooks: string;
  report: string;
  document: string;
  type: string;
  figures: string;
  kinds: Record<'training-plan' | 'teaching-plan', string>;
  errors: string;
  warnings: string;
  arithmetic: string;
  declared: string;
  computed: string;
  status: string;
  agrees: string;
  mismatch: string;
  counts: Record<CountKey, string>;
  lines: Record<LineKey, string>;
}

const fr: Labels = {
  contents: 'Table des matières',
  introduction: 'Introduction',
  profile: 'Profil de la profession',
  domain: 'Domaine de compétences opérationnelles',
  competence: 'Compétence professionnelle',
  generalObjective: 'Objectif général',
  particularObjective: 'Objectif particulier',
  evaluationObjective: 'Objectif évaluateur',
  id: 'Numérotation',
  level: 'Niveau taxonomique',
  company: 'Entreprise',
  ci: 'CI',
  school: 'École',
  methodological: 'Compétences méthodologiques',
  social: 'Compétences sociales',
  personal: 'Compétences personnelles',
  citedBy: 'Cité par',
  notCited: 'Cité par aucun cours interentreprises',
  lessonTables: 'Tableau des leçons',
  interCompanyCourses: 'Cours interentreprises',
  course: 'Cours',
  days: 'Jours',
  hoursPerDay: 'Heures par jour',
  contentsColumn: 'Contenus',
  focus: "L'accent est mis sur",
  qualification: 'Procédure de qualification',
  position: 'Position',
  form: 'Forme',
  weight: 'Pondération',
  duration: 'Durée',
  hours: 'heures',
  written: 'écrit',
  oral: 'oral',
  practical: 'pratique',
  revisions: 'Modifications',
  added: 'Ajouté le',
  changed: 'Version du',
  inForce: 'en vigueur depuis',
  changedItems: 'Éléments ajoutés ou modifiés',
  annex: 'Annexe',
  documents: 'Liste des documents',
  date: 'Date',
  source: 'Source',
  taxonomyLevels: 'Niveaux taxonomiques',
  interdisciplinaryCompetences: 'Compétences interdisciplinaires',
  coverage: 'Matrices de couverture',
  placesByCompetence: 'Objectifs évaluateurs par compétence et lieu de formation',
  levelsByDomain: 'Niveaux taxonomiques par domaine',
  total: 'Total',
  extracts: 'Extraits par lieu de formation',
  extractFor: 'Extrait',
  findings: 'Constats de la vérification',
  noFindings: 'Aucun constat.',
  error: 'erreur',
  warning: 'avertissement',
  rule: 'Règle',
  where: 'Emplacement',
  message: 'Message',
  overview: "Vue d'ensemble des modules",
  module: 'Module',
  moduleTypes: { basic: 'Module de base', main: 'Module principal', networking: 'Module de mise en réseau' },
  learningField: "Champ d'apprentissage",
  presence: 'Présentiel',
  selfStudy: 'Étude autonome',
  lessons: 'Leçons',
  learningDays: "Jours d'apprentissage",
  minutesPerLesson: 'minutes par leçon',
  prerequisites: 'Connaissances préalables',
  taughtLessons: "Leçons d'enseignement",
  methods: "Conception méthodologique de l'enseignement",
  competenceDimensions: 'Dimensions des compétences',
  statements: 'Dimensions des compétences',
  workSituations: 'Situations de travail',
  workSituation: 'Situation de travail',
  remarks: 'Remarques',
  performanceCriteria: 'Critères de performance',
  criterionGroups: { potential: 'Potentiel de réalisation', knowledge: 'Connaissances, compréhension', attitudes: 'Attitudes, valeurs, motivation', metacognition: 'Métacognition' },
  referencedBy: 'Référencée par',
  situationsByField: "Situations de travail par champ d'apprentissage",
  version: 'Version',
  stateDate: 'État le',
  organisation: 'Organisation',
  language: 'Langue',
  page: 'page',
  of: '/',
  site: {
    handbooks: 'Manuels',
    report: 'Rapport de cohérence',
    document: 'Document',
    type: 'Type',
    figures: 'Chiffres clés',
    kinds: { 'training-plan': 'plan de formation', 'teaching-plan': "plan d'enseignement" },
    errors: 'erreurs',
    warnings: 'avertissements',
    arithmetic: 'Calculs : totaux indiqués et totaux calculés',
    declared: 'Indiqué',
    computed: 'Calculé',
    status: 'État',
    agrees: 'concorde',
    mismatch: 'DIVERGENCE',
    counts: {
      domains: 'domaines de compétences opérationnelles',
      competences: 'compétences professionnelles',
      particularObjectives: 'objectifs particuliers',
      evaluationObjectives: 'objectifs évaluateurs',
      objectivesAtPlace: 'objectifs évaluateurs — {of}',
      objectivesInDomain: 'objectifs évaluateurs du domaine {of}',
      courses: 'cours interentreprises',
      modules: 'modules',
      learningFields: "champs d'apprentissage",
      detailedLearningFields: "champs d'apprentissage détaillés",
      dimensions: 'dimensions des compétences',
      workSituations: 'situations de travail',
      criteria: 'critères de performance',
    },
    lines: {
      lessonRow: '{subject} : {part} (par année)',
      lessonSubtotal: '{subject} : {part}',
      lessonTotal: '{subject} : {part}',
      weights: '{subject} : pondérations (%)',
      courseHours: '{subject} : heures',
      courseDays: '{subject} : jours du programme',
      fieldLessons: "champ d'apprentissage {subject}",
      moduleTotal: 'module {subject}',
      overview: "vue d'ensemble : {part}",
      learningDays: "jours d'apprentissage : {part}",
      moduleLessons: 'module {subject} : leçons',
      moduleTaught: 'module {subject} : leçons en présentiel',
    },
  },
};

const de: Labels = {
  of: '/',
  total: 'Total',
  version: 'Version',
  contents: 'Inhaltsverzeichnis',
  introduction: 'Einleitung',
  profile: 'Berufsbild',
  domain: 'Handlungskompetenzbereich',
  competence: 'Handlungskompetenz',
  generalObjective: 'Leitziel',
  particularObjective: 'Richtziel',
  evaluationObjective: 'Leistungsziel',
  id: 'Nummer',
  level: 'Taxonomiestufe',
  company: 'Betrieb',
  ci: 'üK',
  school: 'Schule',
  methodological: 'Methodenkompetenzen',
  social: 'Sozialkompetenzen',
  personal: 'Selbstkompetenzen',
  citedBy: 'Zitiert von',
  notCited: 'Von keinem überbetrieblichen Kurs zitiert',
  lessonTables: 'Lektionentafel',
  interCompanyCourses: 'Überbetriebliche Kurse',
  course: 'Kurs',
  days: 'Tage',
  hoursPerDay: 'Stunden pro Tag',
  contentsColumn: 'Inhalte',
  focus: 'Schwerpunkt',
  qualification: 'Qualifikationsverfahren',
  position: 'Position',
  form: 'Form',
  weight: 'Gewichtung',
  duration: 'Dauer',
  hours: 'Stunden',
  written: 'schriftlich',
  oral: 'mündlich',
  practical: 'praktisch',
  revisions: 'Änderungen',
  added: 'Eingefügt am',
  changed: 'Fassung vom',
  inForce: 'in Kraft seit',
  changedItems: 'Eingefügte oder geänderte Elemente',
  annex: 'Anhang',
  documents: 'Verzeichnis der Unterlagen',
  date: 'Datum',
  source: 'Bezugsquelle',
  taxonomyLevels: 'Taxonomiestufen',
  interdisciplinaryCompetences: 'Überfachliche Kompetenzen',
  coverage: 'Abdeckungsmatrizen',
  placesByCompetence: 'Leistungsziele nach Handlungskompetenz und Lernort',
  levelsByDomain: 'Taxonomiestufen nach Handlungskompetenzbereich',
  extracts: 'Auszüge nach Lernort',
  extractFor: 'Auszug',
  findings: 'Befunde der Prüfung',
  noFindings: 'Keine Befunde.',
  error: 'Fehler',
  warning: 'Warnung',
  rule: 'Regel',
  where: 'Stelle',
  message: 'Meldung',
  overview: 'Übersicht der Module',
  module: 'Modul',
  moduleTypes: { basic: 'Basismodul', main: 'Hauptmodul', networking: 'Vernetzungsmodul' },
  learningField: 'Lernfeld',
  presence: 'Präsenz',
  selfStudy: 'Selbststudium',
  lessons: 'Lerneinheiten',
  learningDays: 'Lerntage',
  minutesPerLesson: 'Minuten pro Lerneinheit',
  prerequisites: 'Vorkenntnisse',
  taughtLessons: 'Unterrichtslektionen',
  methods: 'Methodische Gestaltung des Unterrichts',
  competenceDimensions: 'Kompetenzdimensionen',
  statements: 'Kompetenzdimensionen',
  workSituations: 'Arbeitssituationen',
  workSituation: 'Arbeitssituation',
  remarks: 'Bemerkungen',
  performanceCriteria: 'Leistungskriterien',
  criterionGroups: { potential: 'Handlungspotenzial', knowledge: 'Wissen, Verstehen', attitudes: 'Einstellungen, Werte, Motivation', metacognition: 'Metakognition' },
  referencedBy: 'Referenziert von',
  situationsByField: 'Arbeitssituationen nach Lernfeld',
  stateDate: 'Stand',
  organisation: 'Organisation',
  language: 'Sprache',
  page: 'Seite',
  site: {
    handbooks: 'Handbücher',
    report: 'Konsistenzbericht',
    document: 'Dokument',
    type: 'Art',
    figures: 'Kennzahlen',
    kinds: { 'training-plan': 'Bildungsplan', 'teaching-plan': 'Lehrplan' },
    errors: 'Fehler',
    warnings: 'Warnungen',
    arithmetic: 'Rechnungen: angegebene und berechnete Summen',
    declared: 'Angegeben',
    computed: 'Berechnet',
    status: 'Status',
    agrees: 'stimmt',
    mismatch: 'ABWEICHUNG',
    counts: {
      domains: 'Handlungskompetenzbereiche',
      competences: 'Handlungskompetenzen',
      particularObjectives: 'Richtziele',
      evaluationObjectives: 'Leistungsziele',
      objectivesAtPlace: 'Leistungsziele — {of}',
      objectivesInDomain: 'Leistungsziele im Handlungskompetenzbereich {of}',
      courses: 'überbetriebliche Kurse',
      modules: 'Module',
      learningFields: 'Lernfelder',
      detailedLearningFields: 'ausgeführte Lernfelder',
      dimensions: 'Kompetenzdimensionen',
      workSituations: 'Arbeitssituationen',
      criteria: 'Leistungskriterien',
    },
    lines: {
      lessonRow: '{subject}: {part} (pro Jahr)',
      lessonSubtotal: '{subject}: {part}',
      lessonTotal: '{subject}: {part}',
      weights: '{subject}: Gewichtungen (%)',
      courseHours: '{subject}: Stunden',
      courseDays: '{subject}: Tage im Programm',
      fieldLessons: 'Lernfeld {subject}',
      moduleTotal: 'Modul {subject}',
      overview: 'Übersicht: {part}',
      learningDays: 'Lerntage: {part}',
      moduleLessons: 'Modul {subject}: Lerneinheiten',
      moduleTaught: 'Modul {subject}: Präsenzlektionen',
    },
  },
};

const it: Labels = {
  added: 'Aggiunto il',
  changed: 'Versione del',
  changedItems: 'Elementi aggiunti o modificati',
  citedBy: 'Citato da',
  competenceDimensions: 'Dimensioni delle competenze',
  contentsColumn: 'Contenuti',
  course: 'Corso',
  coverage: 'Matrici di copertura',
  criterionGroups: { potential: 'Potenziale di realizzazione', knowledge: 'Conoscenze, comprensione', attitudes: 'Atteggiamenti, valori, motivazione', metacognition: 'Metacognizione' },
  date: 'Data',
  days: 'Giorni',
  documents: 'Elenco dei documenti',
  duration: 'Durata',
  error: 'errore',
  extractFor: 'Estratto',
  extracts: 'Estratti per luogo di formazione',
  focus: "L'accento è posto su",
  form: 'Forma',
  hours: 'ore',
  hoursPerDay: 'Ore al giorno',
  inForce: 'in vigore dal',
  interdisciplinaryCompetences: 'Competenze interdisciplinari',
  language: 'Lingua',
  learningDays: 'Giorni di apprendimento',
  lessons: 'Lezioni',
  levelsByDomain: 'Livelli tassonomici per campo di competenze',
  message: 'Messaggio',
  methodological: 'Competenze metodologiche',
  methods: "Impostazione metodologica dell'insegnamento",
  minutesPerLesson: 'minuti per lezione',
  moduleTypes: { basic: 'Modulo di base', main: 'Modulo principale', networking: 'Modulo di messa in rete' },
  noFindings: 'Nessun risultato.',
  notCited: 'Citato da nessun corso interaziendale',
  of: '/',
  oral: 'orale',
  organisation: 'Organizzazione',
  performanceCriteria: 'Criteri di prestazione',
  personal: 'Competenze personali',
  placesByCompetence: 'Obiettivi di valutazione per competenza e luogo di formazione',
  position: 'Posizione',
  practical: 'pratico',
  prerequisites: 'Conoscenze preliminari',
  presence: 'Presenza',
  referencedBy: 'Referenziata da',
  rule: 'Regola',
  selfStudy: 'Studio autonomo',
  situationsByField: 'Situazioni di lavoro per campo di apprendimento',
  social: 'Competenze sociali',
  source: 'Fonte',
  stateDate: 'Stato al',
  statements: 'Dimensioni delle competenze',
  taughtLessons: 'Lezioni di insegnamento',
  taxonomyLevels: 'Livelli tassonomici',
  version: 'Versione',
  warning: 'avvertenza',
  weight: 'Ponderazione',
  where: 'Ubicazione',
  written: 'scritto',
  contents: 'Indice',
  introduction: 'Introduzione',
  profile: 'Profilo professionale',
  domain: 'Campo di competenze operative',
  competence: 'Competenza operativa',
  generalObjective: 'Obiettivo generale',
  particularObjective: 'Obiettivo particolare',
  evaluationObjective: 'Obiettivo di valutazione',
  id: 'Numero',
  level: 'Livello tassonomico',
  company: 'Azienda',
  ci: 'CI',
  school: 'Scuola',
  lessonTables: 'Tabella delle lezioni',
  interCompanyCourses: 'Corsi interaziendali',
  qualification: 'Procedura di qualificazione',
  revisions: 'Modifiche',
  annex: 'Allegato',
  findings: 'Risultati della verifica',
  learningField: 'Campo di apprendimento',
  workSituations: 'Situazioni di lavoro',
  workSituation: 'Situazione di lavoro',
  remarks: 'Osservazioni',
  module: 'Modulo',
  overview: 'Panoramica dei moduli',
  total: 'Totale',
  page: 'pagina',
  site: {
    handbooks: 'Manuali',
    report: 'Rapporto di coerenza',
    document: 'Documento',
    type: 'Tipo',
    figures: 'Cifre chiave',
    kinds: { 'training-plan': 'piano di formazione', 'teaching-plan': 'piano di studio' },
    errors: 'errori',
    warnings: 'avvertenze',
    arithmetic: 'Calcoli: totali indicati e totali calcolati',
    declared: 'Indicato',
    computed: 'Calcolato',
    status: 'Stato',
    agrees: 'concorda',
    mismatch: 'DIVERGENZA',
    counts: {
      domains: 'campi di competenze operative',
      competences: 'competenze operative',
      particularObjectives: 'obiettivi particolari',
      evaluationObjectives: 'obiettivi di valutazione',
      objectivesAtPlace: 'obiettivi di valutazione — {of}',
      objectivesInDomain: 'obiettivi di valutazione del campo {of}',
      courses: 'corsi interaziendali',
      modules: 'moduli',
      learningFields: 'campi di apprendimento',
      detailedLearningFields: 'campi di apprendimento dettagliati',
      dimensions: 'dimensioni delle competenze',
      workSituations: 'situazioni di lavoro',
      criteria: 'criteri di prestazione',
    },
    lines: {
      lessonRow: '{subject}: {part} (per anno)',
      lessonSubtotal: '{subject}: {part}',
      lessonTotal: '{subject}: {part}',
      weights: '{subject}: ponderazioni (%)',
      courseHours: '{subject}: ore',
      courseDays: '{subject}: giorni del programma',
      fieldLessons: 'campo di apprendimento {subject}',
      moduleTotal: 'modulo {subject}',
      overview: 'panoramica: {part}',
      learningDays: 'giorni di apprendimento: {part}',
      moduleLessons: 'modulo {subject}: lezioni',
      moduleTaught: 'modulo {subject}: lezioni in presenza',
    },
  },
};

const en: Labels = {
  changedItems: 'Items added or changed',
  competenceDimensions: 'Competence dimensions',
  coverage: 'Coverage matrices',
  criterionGroups: { potential: 'Performance potential', knowledge: 'Knowledge, understanding', attitudes: 'Attitudes, values, motivation', metacognition: 'Metacognition' },
  date: 'Date',
  documents: 'List of documents',
  duration: 'Duration',
  extractFor: 'Extract',
  extracts: 'Extracts by learning place',
  form: 'Form',
  hours: 'hours',
  interdisciplinaryCompetences: 'Interdisciplinary competences',
  language: 'Language',
  levelsByDomain: 'Taxonomy levels by domain',
  methods: 'Teaching methods',
  minutesPerLesson: 'minutes per lesson',
  module: 'Module',
  moduleTypes: { basic: 'Basic module', main: 'Main module', networking: 'Networking module' },
  of: '/',
  oral: 'oral',
  organisation: 'Organisation',
  placesByCompetence: 'Evaluation objectives by competence and learning place',
  position: 'Position',
  practical: 'practical',
  prerequisites: 'Prerequisites',
  referencedBy: 'Referenced by',
  situationsByField: 'Work situations by learning field',
  source: 'Source',
  stateDate: 'As of',
  statements: 'Competence dimensions',
  taughtLessons: 'Taught lessons',
  taxonomyLevels: 'Taxonomy levels',
  version: 'Version',
  written: 'written',
  contents: 'Contents',
  introduction: 'Introduction',
  profile: 'Occupational profile',
  domain: 'Competence domain',
  competence: 'Professional competence',
  generalObjective: 'General objective',
  particularObjective: 'Particular objective',
  evaluationObjective: 'Evaluation objective',
  id: 'Number',
  level: 'Taxonomy level',
  company: 'Company',
  ci: 'CI',
  school: 'School',
  methodological: 'Methodological competences',
  social: 'Social competences',
  personal: 'Personal competences',
  citedBy: 'Cited by',
  notCited: 'Cited by no inter-company course',
  lessonTables: 'Lesson table',
  interCompanyCourses: 'Inter-company courses',
  course: 'Course',
  days: 'Days',
  hoursPerDay: 'Hours per day',
  contentsColumn: 'Contents',
  focus: 'Focus',
  qualification: 'Qualification procedure',
  weight: 'Weight',
  revisions: 'Amendments',
  added: 'Added on',
  changed: 'Version of',
  inForce: 'in force since',
  annex: 'Annex',
  findings: 'Check findings',
  noFindings: 'No findings.',
  error: 'error',
  warning: 'warning',
  rule: 'Rule',
  where: 'Where',
  message: 'Message',
  overview: 'Module overview',
  learningField: 'Learning field',
  presence: 'Presence',
  selfStudy: 'Self-study',
  lessons: 'Lessons',
  learningDays: 'Learning days',
  workSituations: 'Work situations',
  workSituation: 'Work situation',
  remarks: 'Remarks',
  performanceCriteria: 'Performance criteria',
  total: 'Total',
  page: 'page',
  site: {
    handbooks: 'Handbooks',
    report: 'Consistency report',
    document: 'Document',
    type: 'Type',
    figures: 'Key figures',
    kinds: { 'training-plan': 'training plan', 'teaching-plan': 'teaching plan' },
    errors: 'errors',
    warnings: 'warnings',
    arithmetic: 'Arithmetic: declared and computed totals',
    declared: 'Declared',
    computed: 'Computed',
    status: 'Status',
    agrees: 'agrees',
    mismatch: 'MISMATCH',
    counts: {
      domains: 'competence domains',
      competences: 'professional competences',
      particularObjectives: 'particular objectives',
      evaluationObjectives: 'evaluation objectives',
      objectivesAtPlace: 'evaluation objectives at {of}',
      objectivesInDomain: 'evaluation objectives in domain {of}',
      courses: 'CI courses',
      modules: 'modules',
      learningFields: 'learning fields',
      detailedLearningFields: 'detailed learning fields',
      dimensions: 'competence dimensions',
      workSituations: 'work situations',
      criteria: 'performance criteria',
    },
    lines: {
      lessonRow: '{subject}: {part} (years)',
      lessonSubtotal: '{subject}: {part}',
      lessonTotal: '{subject}: {part}',
      weights: '{subject}: weights (%)',
      courseHours: '{subject}: hours',
      courseDays: '{subject}: days in program table',
      fieldLessons: 'learning field {subject}',
      moduleTotal: 'module {subject}',
      overview: 'overview {part}',
      learningDays: 'learning days {part}',
      moduleLessons: 'module {subject}: lessons',
      moduleTaught: 'module {subject}: taught lessons',
    },
  },
};

const byLanguage: Record<Language, Labels> = { fr, de, it, en };

export function labelsFor(language: Language): Labels {
  return byLanguage[language];
}
