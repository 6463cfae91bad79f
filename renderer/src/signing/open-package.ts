// What the signing flow and its action hooks know about the open package.
import type { DocumentSummary, Recipient } from '../../../shared/contract';
import type { FormDrafts } from '../document/use-form-drafts';

/** The open package as the flow sees it. */
export interface OpenPackage {
  packageId: number;
  documents: readonly DocumentSummary[];
  users: readonly Recipient[];
  email: string;
  /** My workflow orders: a field is mine when its order is one of them. */
  mine: ReadonlySet<number>;
  drafts: FormDrafts;
  /** True when a code or password opened the package: refetching it would ask again. */
  unlocked: boolean;
  /** Says something in the page's live region. */
  announce: (text: string) => void;
}
