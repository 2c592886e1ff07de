/** Every screen and its path. Screens load on demand, so the first page needs only the shell. */
import { lazy, type ComponentType } from 'react';

type Screen = ComponentType<{ params: Record<string, string>; search: URLSearchParams }>;
const screen = <K extends string>(load: () => Promise<Record<K, Screen>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const Caseload = screen(() => import('../caseload/Caseload.js'), 'Caseload');
const ClientChart = screen(() => import('../chart/ClientChart.js'), 'ClientChart');
const PlanBuilder = screen(() => import('../plan/PlanBuilder.js'), 'PlanBuilder');
const SessionPlanner = screen(() => import('../planner/SessionPlanner.js'), 'SessionPlanner');
const SessionOverview = screen(() => import('../planner/SessionOverview.js'), 'SessionOverview');
const Capture = screen(() => import('../capture/Capture.js'), 'Capture');
const NoteForSession = screen(() => import('../note/NoteForSession.js'), 'NoteForSession');
const NotePage = screen(() => import('../note/NotePage.js'), 'NotePage');
const GroupNoteForSession = screen(() => import('../note/GroupNoteForSession.js'), 'GroupNoteForSession');
const GroupNotePage = screen(() => import('../note/GroupNotePage.js'), 'GroupNotePage');
const ClientProgress = screen(() => import('../progress/ClientProgress.js'), 'ClientProgress');
const ObjectiveProgressPage = screen(() => import('../progress/ObjectiveProgressPage.js'), 'ObjectiveProgressPage');
const Repertoire = screen(() => import('../music/Repertoire.js'), 'Repertoire');
const Library = screen(() => import('../library/Library.js'), 'Library');
const ClientReports = screen(() => import('../reports/ClientReports.js'), 'ClientReports');
const OutcomeReport = screen(() => import('../reports/OutcomeReport.js'), 'OutcomeReport');
const Settings = screen(() => import('../settings/Settings.js'), 'Settings');

export const ROUTES: [string, Screen][] = [
  ['/', Caseload],
  ['/clients/:id', ClientChart],
  ['/clients/:id/plan', PlanBuilder],
  ['/clients/:id/progress', ClientProgress],
  ['/clients/:id/progress/:objectiveId', ObjectiveProgressPage],
  ['/clients/:id/music', Repertoire],
  ['/clients/:id/reports', ClientReports],
  ['/reports/outcomes', OutcomeReport],
  ['/sessions/new', SessionPlanner],
  ['/sessions/:id', SessionOverview],
  ['/sessions/:id/capture', Capture],
  ['/sessions/:id/note/:clientId', NoteForSession],
  ['/sessions/:id/group-note', GroupNoteForSession],
  ['/notes/:id', NotePage],
  ['/group-notes/:id', GroupNotePage],
  ['/library', Library],
  ['/settings', Settings],
];
