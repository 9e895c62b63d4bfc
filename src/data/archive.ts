/**
 * The archive as the browsing pages read it: the listed documents (second copies left out), newest
 * first, and their groups by type, issuer and month, each with a slug for its page. Loaded once per
 * build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { LEVELS, type ArchiveDocument, type Level } from '../lib/contract';
import { collator, slugify } from '../lib/vietnamese';
import { byDateDesc } from '../utils/format';

/** A group of documents sharing a value (a type, an issuer, a month), with the slug of its page. */
export interface Group {
  /** The value as shown (`Thông báo`, `Thành ủy Hà Nội`, `2021-09`). */
  name: string;
  /** The last part of the group's URL. */
  slug: string;
  /** Its documents, newest first. */
  documents: ArchiveDocument[];
}

let loaded: Promise<ArchiveDocument[]> | undefined;

/** The documents the archive lists (a second copy of a document is reached from its canonical copy), newest first. */
export function listedDocuments(): Promise<ArchiveDocument[]> {
  loaded ??= getCollection('documents').then((entries) =>
    entries
      .map((entry) => entry.data)
      .filter((d) => !d.copyOf)
      .sort(byDateDesc),
  );
  return loaded;
}

/** Groups documents by a value, in Vietnamese dictionary order, each with a unique slug. */
export function groupBy(
  documents: ArchiveDocument[],
  valueOf: (d: ArchiveDocument) => string | null,
): Group[] {
  const byName = new Map<string, ArchiveDocument[]>();
  for (const d of documents) {
    const name = valueOf(d);
    if (name) byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  const used = new Set<string>();
  return [...byName.keys()].sort(collator.compare).map((name) => {
    const base = slugify(name) || 'khac';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { name, slug, documents: byName.get(name)! };
  });
}

/** Documents by type. */
export async function typeGroups(): Promise<Group[]> {
  return groupBy(await listedDocuments(), (d) => d.type);
}

/** Documents by issuer. */
export async function issuerGroups(): Promise<Group[]> {
  return groupBy(await listedDocuments(), (d) => d.issuer);
}

/** Issuers by administrative level, from the top down; issuers of unknown level last. */
export function issuersByLevel(groups: Group[]): { level: Level | null; groups: Group[] }[] {
  const levelOf = (g: Group) => g.documents.find((d) => d.level)?.level ?? null;
  return [...LEVELS, null]
    .map((level) => ({ level, groups: groups.filter((g) => levelOf(g) === level) }))
    .filter((entry) => entry.groups.length > 0);
}

/** Documents by month of issue (`2021-09`); a document dated by its year only is in group `2021`. */
export async function monthGroups(): Promise<Group[]> {
  return groupBy(await listedDocuments(), (d) => d.date?.slice(0, 7) ?? null);
}
