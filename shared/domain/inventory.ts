import { z } from '../zod';
import { AI_PATTERNS } from './constants';
import { id, money, months, text, timestamp } from './fields';
import { STAGES } from './lifecycle';

/**
 * The client's own AI inventory (docs/inventory.md): what a register keeps about a use case (its id there, owner,
 * vendor, personal data), where its cost estimate comes from, the column mappings a workspace saves for re-imports,
 * and the reference classes that give many candidates a first estimate at once.
 */

/** Where a use case's cost estimate comes from: its own figures, a reference class (until someone refines it), or none yet. */
export const ESTIMATE_SOURCES = ['own', 'reference-class', 'none'] as const;
export type EstimateSource = (typeof ESTIMATE_SOURCES)[number];

export const estimateSchema = z.object({
  source: z.enum(ESTIMATE_SOURCES, { error: 'Estimate source must be own figures, a reference class or none' }),
  /** The reference class applied, by name (a copy, so deleting the class leaves nothing dangling); '' unless source is reference-class. */
  referenceClass: text('Reference class', 120),
});
export type Estimate = z.infer<typeof estimateSchema>;
export const ownEstimate = (): Estimate => ({ source: 'own', referenceClass: '' });

/** What the client's register says about a use case. Typed in the app or taken from an imported inventory. */
export const useCaseRegisterSchema = z.object({
  /** The row's id in the client's register ('' = none); a re-import updates the use case with the same id. */
  externalId: text('Register id', 200),
  /** Who answers for the use case (its problem's business owner is separate). */
  owner: text('Owner', 120),
  vendor: text('Vendor', 120),
  /** Whether it touches personal data; null = not stated. */
  personalData: z.boolean({ error: 'Personal data must be yes, no or not stated' }).nullable(),
  /** false = the inventory named no problem for it ("AI first"); the flag clears once its problem has a statement. */
  problemStated: z.boolean({ error: 'Problem stated must be yes or no' }),
  /** The file it was imported from ('' = entered in the app). */
  importedFrom: text('Imported from', 200),
});
export type UseCaseRegister = z.infer<typeof useCaseRegisterSchema>;
export const emptyRegister = (): UseCaseRegister => ({ externalId: '', owner: '', vendor: '', personalData: null, problemStated: true, importedFrom: '' });

/** The inventory columns the import can read, in the order the mapping screen lists them. */
export const INVENTORY_FIELDS = [
  'name',
  'description',
  'problem',
  'owner',
  'stage',
  'vendor',
  'personalData',
  'externalId',
  'aiPattern',
  'pilotCost',
  'lastMileCost',
  'benefitPerMonth',
  'hoursSavedPerMonth',
] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];

export const INVENTORY_FIELD_LABELS: Record<InventoryField, string> = {
  name: 'Use case name',
  description: 'Description',
  problem: 'Problem it solves',
  owner: 'Owner',
  stage: 'Stage',
  vendor: 'Vendor',
  personalData: 'Personal data',
  externalId: 'Register id',
  aiPattern: 'AI pattern',
  pilotCost: 'Pilot cost',
  lastMileCost: 'Last-mile cost',
  benefitPerMonth: 'Benefit per month',
  hoursSavedPerMonth: 'Hours saved per month',
};

/** How imported use cases find their problem: a column naming it, one problem per value of a column, or one per row. */
export const PROBLEM_MODES = ['column', 'group', 'per-row'] as const;
export type ProblemMode = (typeof PROBLEM_MODES)[number];

/** One value of the client's stage column and the app stage it means. */
export const stageMapEntrySchema = z.object({
  value: text('Stage in the file', 200, true),
  stage: z.enum(STAGES, { error: 'Choose one of the app’s stages' }),
});
export type StageMapEntry = z.infer<typeof stageMapEntrySchema>;

export const MAX_IMPORT_PRESETS = 50;
export const MAX_REFERENCE_CLASSES = 60;

/**
 * A saved mapping: which of the client's columns (by header text, so it fits the next export of the same register
 * whatever the column order) fills which field, how problems are found, and what the client's stages mean.
 */
export const importPresetSchema = z.object({
  id: id('Preset id'),
  name: text('Preset name', 120, true),
  columns: z.object(
    Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, text(`Column for ${INVENTORY_FIELD_LABELS[f].toLowerCase()}`, 200).nullable()])) as {
      [K in InventoryField]: z.ZodNullable<ReturnType<typeof text>>;
    },
  ),
  problemMode: z.enum(PROBLEM_MODES, { error: 'Problems come from a column, a grouping column or one per row' }),
  /** The header of the column problems are grouped by (problemMode 'group'). */
  groupColumn: text('Grouping column', 200).nullable(),
  stageMap: z.array(stageMapEntrySchema).max(200, { error: 'At most 200 stage values' }),
  /** The sheet of a workbook ('' = the first). */
  sheet: text('Sheet', 120),
});
export type ImportPreset = z.infer<typeof importPresetSchema>;

export const REFERENCE_CLASS_SIZES = ['small', 'medium', 'large'] as const;
export type ReferenceClassSize = (typeof REFERENCE_CLASS_SIZES)[number];
export const REFERENCE_CLASS_SIZE_LABELS: Record<ReferenceClassSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/** A first estimate for a kind and size of use case: applied to many candidates at once, marked until refined. */
export const referenceClassSchema = z.object({
  id: id('Reference class id'),
  name: text('Name', 120, true),
  pattern: z.enum(AI_PATTERNS, { error: 'Choose an AI pattern from the list' }),
  size: z.enum(REFERENCE_CLASS_SIZES, { error: 'Size must be small, medium or large' }),
  pilotCost: money('Pilot cost'),
  lastMileMultiplier: z
    .number({ error: 'Last-mile multiplier must be a number' })
    .min(0, { error: 'Last-mile multiplier must be 0 or more' })
    .max(50, { error: 'Last-mile multiplier must be at most 50' }),
  pilotMonths: months('Pilot duration', 1, 60),
  lastMileMonths: months('Last-mile duration', 0, 60),
  /** Infrastructure and support per month once in production. */
  runCostPerMonth: money('Run cost per month'),
});
export type ReferenceClass = z.infer<typeof referenceClassSchema>;

/** A workspace's saved mappings and reference classes (one record per workspace, revisioned like every record). */
export const inventorySettingsInputSchema = z.object({
  presets: z.array(importPresetSchema).max(MAX_IMPORT_PRESETS, { error: `At most ${MAX_IMPORT_PRESETS} saved mappings` }),
  referenceClasses: z.array(referenceClassSchema).max(MAX_REFERENCE_CLASSES, { error: `At most ${MAX_REFERENCE_CLASSES} reference classes` }),
});
export type InventorySettingsInput = z.infer<typeof inventorySettingsInputSchema>;

export const inventorySettingsSchema = inventorySettingsInputSchema.extend({
  id: id('Inventory settings id'),
  workspaceId: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type InventorySettings = z.infer<typeof inventorySettingsSchema>;
