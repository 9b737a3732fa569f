/**
 * A small portfolio as a client's register would come back out of the app, and that register's mapping preset (its
 * own header texts, in its own order, and its own stage words) for the inventory export tests.
 */
import type { ImportPreset, Problem, Stage, UseCase } from '@shared/domain';
import { fixedProblems, fixedUseCases, fixedWorkspace } from '../export/fixtures';

export const workspace = fixedWorkspace;

const staged = (uc: UseCase, stages: Stage[]): UseCase => ({
  ...uc,
  lifecycle: { history: stages.map((stage, i) => ({ stage, month: `2027-0${i + 1}`, at: `2027-0${i + 1}-02T09:00:00.000Z`, by: 'Dana', note: '', evidence: null })), decisions: [] },
});

/** Four use cases: own figures in production, a reference-class estimate in pilot, not estimated (AI first), and a stopped one. */
export function portfolio(): { useCases: UseCase[]; problems: Problem[] } {
  const problems = fixedProblems();
  const [docs, claims, churn, alt] = fixedUseCases();
  const useCases: UseCase[] = [
    staged({ ...docs!, register: { externalId: 'DOC-001', owner: 'Dana Ruiz, AP', vendor: 'Acme "Vision" Ltd', personalData: true, problemStated: true, importedFrom: 'register.csv' } }, ['pilot', 'pilot-succeeded', 'last-mile', 'production']),
    staged(
      {
        ...claims!,
        register: { externalId: '00042', owner: 'Claims team', vendor: '', personalData: false, problemStated: true, importedFrom: 'register.csv' },
        estimate: { source: 'reference-class', referenceClass: 'Document processing — medium' },
      },
      ['pilot'],
    ),
    {
      ...churn!,
      name: 'Churn early warning, SME — “phase 2”',
      description: 'Line one\nLine two, with a comma',
      register: { externalId: 'CH-7', owner: '', vendor: 'Öko Analytics', personalData: null, problemStated: false, importedFrom: 'register.csv' },
      estimate: { source: 'none', referenceClass: '' },
    },
    staged({ ...alt!, register: { externalId: 'ALT-9', owner: 'Procurement', vendor: 'OCR Co', personalData: false, problemStated: true, importedFrom: '' } }, ['stopped']),
  ];
  // The churn problem had no statement in the register: "AI first".
  return { useCases, problems: problems.map((p) => (p.id === 'p-churn' ? { ...p, statement: '' } : p)) };
}

/** The client's mapping: their header texts in their column order, their stage words (two for a pilot). */
export function clientPreset(over: Partial<ImportPreset> = {}): ImportPreset {
  return {
    id: 'preset-1',
    name: 'DOJ inventory',
    columns: {
      externalId: 'Use Case ID',
      name: 'Use Case Name',
      problem: 'What problem does it solve?',
      stage: 'Development Stage',
      owner: 'Bureau / Contact',
      vendor: 'Vendor Name',
      personalData: 'Involves PII?',
      pilotCost: 'Est. pilot cost',
      description: null,
      aiPattern: null,
      lastMileCost: null,
      benefitPerMonth: null,
      hoursSavedPerMonth: null,
    },
    problemMode: 'column',
    groupColumn: null,
    stageMap: [
      { value: 'Initiated', stage: 'idea' },
      { value: 'Acquisition and/or Development', stage: 'pilot' },
      { value: 'Pilot', stage: 'pilot' },
      { value: 'Operation and Maintenance', stage: 'production' },
      { value: 'Retired', stage: 'stopped' },
    ],
    sheet: 'AI Inventory 2026',
    ...over,
  };
}
