import { z } from 'zod';

/** Ids are strings as printed in the document (`3.2.2.4`, `a.5`, `ci-II`); YAML would read `1.1` as a number, so quote such ids. */
export const Id = z.string().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" or "-"');

/** An ISO calendar date (`2020-08-20`): the document's own dates are normalised to this form. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const Language = z.enum(['fr', 'de', 'it', 'en']);
export type Language = z.infer<typeof Language>;

/** Running prose: a list of paragraphs, each kept as printed. */
export const Paragraphs = z.array(z.string().min(1));

/** A revision id (`rev-2020`) an item names when a revision added or changed it. */
export const RevisionRef = Id;

/** Fields shared by every item that a revision can add or change. */
export const amendable = {
  added: RevisionRef.optional(),
  changed: RevisionRef.optional(),
};

/** A text that a revision can have added or changed on its own (a general objective, a focus line, a note). */
export const AmendableText = z.strictObject({ text: z.string().min(1), ...amendable });

export const Revision = z.strictObject({
  id: Id,
  date: IsoDate,
  inForce: IsoDate.optional(),
  title: z.string().min(1),
  text: Paragraphs.optional(),
  changes: z
    .array(
      z.strictObject({
        /** Where the revision says the change is (`Page 78`), as printed. */
        location: z.string().min(1).optional(),
        /** Ids of the items the change touches. */
        items: z.array(Id).default([]),
        text: z.string().min(1),
      }),
    )
    .default([]),
  approvals: z
    .array(
      z.strictObject({
        place: z.string().min(1),
        date: IsoDate,
        body: z.string().min(1),
        signatories: z.array(z.string().min(1)).default([]),
        text: z.string().min(1).optional(),
      }),
    )
    .default([]),
  ...amendable,
});

export type Revision = z.infer<typeof Revision>;
