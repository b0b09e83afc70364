// The frontmatter's shape, per kind, in zod. Shape only: whether a required element is present
// is a domain rule (rules/parties.ts etc.) with its own code and message; here a key is wrong when
// its value has the wrong type or format, or when the key itself is unknown (usually a typo).
import { KINDS, LANGUAGES, REQUEST_TYPES, type Kind } from '../vocabulary';
import { z } from 'zod';

const text = z.string().min(1);
const date = z.iso.date();
const exhibitRef = z.union([z.string().min(1), z.number()]);
const nationality = z.union([text, z.array(text).min(1)]);

export const WARRANT_TYPES = ['arrest-warrant', 'european-arrest-warrant', 'judgment', 'indictment', 'extradition-request', 'other'] as const;
export const WARRANT_STATUSES = ['active', 'withdrawn', 'expired', 'unknown'] as const;
export const DATA_TYPES = ['red-notice', 'diffusion', 'other-notice', 'unknown'] as const;
export const REGIMES = ['uk-part-1', 'uk-part-2', 'ece', 'other'] as const;
export const CHANNELS = ['portal', 'email', 'post'] as const;

const warrant = z.strictObject({
  id: z.union([text, z.number()]),
  type: z.enum(WARRANT_TYPES).optional(),
  authority: text.optional(),
  date: date.optional(),
  reference: z.union([text, z.number()]).optional(),
  status: z.enum(WARRANT_STATUSES).optional(),
});

const exhibit = z.strictObject({
  id: z.union([text, z.number()]),
  title: text.optional(),
  date: date.optional(),
  file: text.optional(),
});

const signed = z.strictObject({ by: text.optional(), date: date.optional(), place: text.optional() });

const common = {
  submission: z.enum(KINDS),
  language: z.enum(LANGUAGES).optional(),
  title: text.optional(),
  date: date.optional(),
  signed: signed.optional(),
  confidential: z.boolean().optional(),
  warrants: z.array(warrant).optional(),
  exhibits: z.array(exhibit).optional(),
};

const person = {
  name: text.optional(),
  other_names: z.union([text, z.array(text)]).optional(),
  date_of_birth: date.optional(),
  place_of_birth: text.optional(),
  nationality: nationality.optional(),
};

const representative = z.strictObject({
  name: text.optional(),
  firm: text.optional(),
  address: text.optional(),
  email: z.email().optional(),
  phone: z.union([text, z.number()]).optional(),
  qualification: text.optional(),
  // An exhibit id, or "application-form" when the CCF form's own authorisation is used (CCF-REQ-03).
  power_of_attorney: exhibitRef.optional(),
});

const ccfRequest = z.strictObject({
  ...common,
  request: z.union([z.enum(REQUEST_TYPES), z.array(z.enum(REQUEST_TYPES)).min(1)]).optional(),
  applicant: z
    .strictObject({
      ...person,
      address: text.optional(),
      email: z.email().optional(),
      identity_document: exhibitRef.optional(),
      entity: z.boolean().optional(),
      registration: z.union([text, z.number()]).optional(),
      registration_date: date.optional(),
      registration_document: exhibitRef.optional(),
      signatory_authority: exhibitRef.optional(),
      minor: z.boolean().optional(),
      relationship_document: exhibitRef.optional(),
    })
    .optional(),
  representative: representative.optional(),
  data: z
    .array(
      z.strictObject({
        type: z.enum(DATA_TYPES),
        reference: z.union([text, z.number()]).optional(),
        country: text.optional(),
        date: date.optional(),
      }),
    )
    .optional(),
  urgent: z.boolean().optional(),
  new_fact_discovered: date.optional(),
  channel: z.enum(CHANNELS).optional(),
});

const extradition = {
  ...common,
  court: text.optional(),
  case_reference: z.union([text, z.number()]).optional(),
  requested_person: z.strictObject(person).optional(),
  requesting_state: text.optional(),
  regime: z.enum(REGIMES).optional(),
  representative: representative.optional(),
};

const extraditionDefence = z.strictObject(extradition);

const extraditionAppeal = z.strictObject({
  ...extradition,
  arrest_date: date.optional(),
  decision: z.strictObject({ description: text.optional(), date: date.optional() }).optional(),
  served_on: z.array(text).optional(),
});

export const SCHEMAS: Record<Kind, z.ZodType> = {
  'ccf-request': ccfRequest,
  'extradition-defence': extraditionDefence,
  'extradition-appeal': extraditionAppeal,
};

/** Every key the schema of a kind knows, for "did you mean" suggestions on unknown keys. */
export function knownKeys(kind: Kind, path: (string | number)[]): string[] {
  let schema: z.ZodType = SCHEMAS[kind];
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(part)] ?? z.never();
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  if (schema instanceof z.ZodArray) schema = unwrap(schema.element as z.ZodType);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}
