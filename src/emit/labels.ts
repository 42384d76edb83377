import type { z } from 'zod';
import type { Language } from '../validate/schema/common.js';

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
  handbooks: string;
  report: string;
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
  handbooks: 'Manuels',
  report: 'Rapport de cohérence',
};

const de: Labels = {
  ...fr,
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
  handbooks: 'Handbücher',
  report: 'Konsistenzbericht',
};

const it: Labels = {
  ...fr,
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
  handbooks: 'Manuali',
  report: 'Rapporto di coerenza',
};

const en: Labels = {
  ...fr,
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
  ci: 'Course',
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
  handbooks: 'Handbooks',
  report: 'Consistency report',
};

const byLanguage: Record<z.infer<typeof Language>, Labels> = { fr, de, it, en };

export function labelsFor(language: z.infer<typeof Language>): Labels {
  return byLanguage[language];
}
