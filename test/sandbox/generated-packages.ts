// Generated packages for alice: realistic names, every status, lazily built documents.
import { FIXTURES, IN_PERSON_MOBILE } from './demo';
import type { DateStyle, DocumentRecord, Field, FieldKind, PackageRecord, PackageStatus, Recipient, RecipientStatus, Role } from './model';
import { randomFor } from './prng';
import type { Random } from './prng';
import { alice, documentRecord, field, HOUR, MINUTE, NEWEST, otp, processed, recipient } from './record-builders';
import type { Person } from './record-builders';

const TEMPLATES: readonly { name: string; documents: readonly string[] }[] = [
  { name: 'Lease agreement', documents: ['Lease agreement.pdf', 'Schedule A - Inventory.pdf', 'House rules.pdf'] },
  { name: 'Non-disclosure agreement', documents: ['Mutual NDA.pdf', 'Annex - Permitted purpose.pdf', 'Contact list.pdf'] },
  { name: 'Employment contract', documents: ['Employment contract.pdf', 'Job description.pdf', 'Benefits summary.pdf'] },
  { name: 'Purchase order', documents: ['Purchase order.pdf', 'Delivery schedule.pdf', 'Price list.pdf'] },
  { name: 'Service agreement', documents: ['Service agreement.pdf', 'Service levels.pdf', 'Data processing addendum.pdf'] },
  { name: 'Loan application', documents: ['Loan application.pdf', 'Credit check consent.pdf', 'Repayment plan.pdf'] },
  { name: 'Insurance claim', documents: ['Claim form.pdf', 'Damage report.pdf', 'Bank details.pdf'] },
  { name: 'Supplier onboarding', documents: ['Supplier questionnaire.pdf', 'Code of conduct.pdf', 'Tax form.pdf'] },
  { name: 'Statement of work', documents: ['Statement of work.pdf', 'Milestones.pdf', 'Rate card.pdf'] },
  { name: 'Change request', documents: ['Change request.pdf', 'Impact assessment.pdf', 'Rollback plan.pdf'] },
  { name: 'Expense report', documents: ['Expense report.pdf', 'Receipts.pdf', 'Mileage log.pdf'] },
  { name: 'Consent form', documents: ['Consent form.pdf', 'Privacy notice.pdf', 'Information sheet.pdf'] },
];

const PARTIES: readonly string[] = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Adventure Works',
  'Tailspin Toys',
  'Wide World Importers',
  'Litware',
  'Proseware',
  'Woodgrove Bank',
  'Coho Winery',
  'Alpine Ski House',
  'Fourth Coffee',
];

const CONTACTS: readonly string[] = [
  'Olivia Martin',
  'Liam Chen',
  'Sofia Rossi',
  'Noah Patel',
  'Emma Novak',
  'Lucas Silva',
  'Mia Johansson',
  'Ethan Brown',
  'Ava Kowalski',
  'Omar Haddad',
  'Isla Murphy',
  'Hana Suzuki',
];

const DECLINE_REASONS: readonly string[] = [
  'The start date is wrong.',
  'Please attach the signed annex first.',
  'Price does not match the quote.',
  'Wrong company address.',
];

/** The buttons of the generated radio group 'Delivery'; a processed group has the first chosen. */
const RADIO_BUTTONS: readonly string[] = ['Post', 'Courier', 'Collect'];

/** Statuses cycle so that even a handful of generated packages covers every one. */
const STATUS_CYCLE: readonly PackageStatus[] = [
  'PENDING',
  'COMPLETED',
  'INPROGRESS',
  'PENDING',
  'DRAFT',
  'SIGNED',
  'DECLINED',
  'PENDING',
  'COMPLETED',
  'INPROGRESS',
];

function contact(rng: Random, party: string): Person {
  const name = rng.pick(CONTACTS);
  const domain = party.toLowerCase().replace(/[^a-z]+/g, '');
  return { name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}.example` };
}

/** Mostly plain, with every other style spread through the list. */
function dateStyleFor(n: number): DateStyle {
  if (n % 17 === 0) return 'shortFraction';
  if (n % 13 === 0) return 'fraction';
  if (n % 11 === 0) return 'space';
  if (n % 7 === 0) return 'zulu';
  if (n % 5 === 0) return 'offset';
  return 'plain';
}

/** Recipients consistent with the package status, from alice's point of view. */
function generatedRecipients(rng: Random, status: PackageStatus, party: string, signedAt: number): Recipient[] {
  const people: Recipient[] = [];
  const add = (person: Person, role: Role, state: RecipientStatus = 'UN_PROCESSED', extra: Partial<Recipient> = {}): void => {
    const done = state !== 'UN_PROCESSED';
    people.push(recipient(people.length + 1, person, role, state, done ? signedAt : null, extra));
  };
  switch (status) {
    case 'PENDING':
      if (rng.chance(0.35)) add(contact(rng, party), 'SIGNER', 'SIGNED');
      if (rng.chance(0.25)) add(alice, 'INPERSON_HOST', 'UN_PROCESSED', { placeholder: 'Customer' });
      add(alice, rng.chance(0.1) ? 'REVIEWER' : 'SIGNER');
      if (rng.chance(0.4)) add(contact(rng, party), 'SIGNER');
      if (rng.chance(0.3)) add(contact(rng, party), 'CARBON_COPY');
      break;
    case 'INPROGRESS':
      if (rng.chance(0.5)) add(alice, 'SIGNER', 'SIGNED');
      add(contact(rng, party), 'SIGNER');
      if (rng.chance(0.4)) add(contact(rng, party), 'SIGNER');
      break;
    case 'SIGNED':
      add(alice, 'SIGNER', 'SIGNED');
      add(contact(rng, party), 'SIGNER');
      break;
    case 'COMPLETED':
      add(contact(rng, party), 'SIGNER', 'SIGNED');
      add(alice, 'SIGNER', 'SIGNED');
      if (rng.chance(0.3)) add(contact(rng, party), 'CARBON_COPY', 'SIGNED');
      break;
    case 'DECLINED':
      if (rng.chance(0.5)) {
        add(alice, 'SIGNER', 'DECLINED', { reason: rng.pick(DECLINE_REASONS) });
      } else {
        add(contact(rng, party), 'SIGNER', 'DECLINED', { reason: rng.pick(DECLINE_REASONS) });
        add(alice, 'SIGNER');
      }
      break;
    default:
      add(contact(rng, party), 'SIGNER');
      if (rng.chance(0.5)) add(alice, 'SIGNER');
  }
  return people;
}

/** Documents for a generated package, built on first use from the package's own stream. */
function generatedDocuments(pkg: PackageRecord, template: { documents: readonly string[] }, n: number): DocumentRecord[] {
  const rng = randomFor(`documents-${pkg.package_id}`);
  const count = rng.int(1, 3);
  const docs: DocumentRecord[] = [];
  for (let k = 1; k <= count; k++) {
    const pages = rng.int(1, 4);
    const fields: Field[] = [];
    const slots = new Map<number, number>();
    const place = (page: number): number => {
      const slot = slots.get(page) ?? 0;
      slots.set(page, slot + 1);
      return slot;
    };
    const add = (kind: FieldKind, name: string, r: Recipient, page: number, extra: Partial<Field> = {}): void => {
      const f = field(kind, name, r.order, page, place(page), extra);
      if (r.process_status === 'SIGNED' || r.process_status === 'REVIEWED' || r.process_status === 'EDITED') {
        processed(f, r.user_name, r.processed_on ?? pkg.modified_on);
        if (kind === 'text') f.value = r.user_name;
        if (kind === 'checkbox') f.value = true;
        if (kind === 'radio') f.value = name === RADIO_BUTTONS[0];
      }
      fields.push(f);
    };
    for (const r of pkg.recipients) {
      const isAlice = r.user_email === alice.email;
      if (r.role === 'INPERSON_HOST' && k === 1) {
        add('in_person_signature', 'Customer-Signature', r, pages, rng.chance(0.5) ? { sms_otp: otp(IN_PERSON_MOBILE) } : {});
      }
      if (r.role !== 'SIGNER') continue;
      if (isAlice && k === 1) {
        if (pages > 1 && rng.chance(0.4)) add('initials', `Initials-${r.order}`, r, 1);
        if (rng.chance(0.6)) add('text', 'Full name', r, 1, { required: true, max_length: 80 });
        if (rng.chance(0.5)) add('checkbox', 'I agree', r, 1, { required: true });
        if (n % 3 === 0) for (const button of RADIO_BUTTONS) add('radio', button, r, 1, { radio_group_name: 'Delivery' });
        if (n % 3 === 1) add('dropdown', 'Department', r, 1, { choices: ['Finance', 'Legal', 'Operations'] });
        if (n % 3 === 2) add('listbox', 'Products', r, 1, { choices: ['Hardware', 'Software', 'Support', 'Training'] });
      }
      const kind: FieldKind = rng.chance(0.75) ? 'digital_signature' : 'electronic_signature';
      const withOtp = isAlice ? rng.chance(0.65) : rng.chance(0.3);
      add(kind, `Signature-${r.order}`, r, pages, withOtp ? { sms_otp: otp(isAlice ? '' : `+4477009003${String(r.order).padStart(2, '0')}`) } : {});
    }
    const name = template.documents[k - 1] ?? `Annex ${k}.pdf`;
    const doc = documentRecord(pkg.package_id * 10 + k, name, k, pages, pkg.uploaded_on, fields);
    doc.modified_on = pkg.modified_on;
    docs.push(doc);
  }
  return docs;
}

/** Generated package n (1-based) for alice. Its own PRNG stream keeps it independent of the count. */
export function generatedPackage(n: number): PackageRecord {
  const rng = randomFor(`package-${n}`);
  const template = rng.pick(TEMPLATES);
  const party = rng.pick(PARTIES);
  const status = STATUS_CYCLE[(n - 1) % STATUS_CYCLE.length] ?? 'PENDING';
  // Strictly decreasing: each step is 7 h and the jitter is under 6 h.
  const modified = NEWEST - 3 * HOUR - n * 7 * HOUR - rng.int(0, 359) * MINUTE - rng.int(0, 59) * 1000 - rng.int(0, 999);
  const uploaded = modified - rng.int(1, 240) * HOUR;
  const signedAt = uploaded + Math.floor((modified - uploaded) / 2);
  const aliceOwns = status === 'DRAFT' || status === 'INPROGRESS' || (status === 'COMPLETED' && rng.chance(0.5));
  const owner = aliceOwns ? alice : contact(rng, party);
  const pkg: PackageRecord = {
    package_id: FIXTURES.firstGeneratedId + n - 1,
    package_name: `${template.name} ${String(n).padStart(4, '0')} - ${party}`,
    owner_email: owner.email,
    owner_name: owner.name,
    status,
    folder: (status === 'COMPLETED' || status === 'DECLINED') && rng.chance(0.4) ? 'ARCHIVE' : 'INBOX',
    unread: status === 'PENDING' ? rng.chance(0.5) : status !== 'DRAFT' && rng.chance(0.15),
    uploaded_on: uploaded,
    modified_on: modified,
    date_style: dateStyleFor(n),
    workflow_type: rng.chance(0.8) ? 'SERIAL' : 'PARALLEL',
    message: '',
    recipients: generatedRecipients(rng, status, party, signedAt),
    documents: null,
    buildDocuments: null,
  };
  pkg.buildDocuments = () => generatedDocuments(pkg, template, n);
  return pkg;
}
