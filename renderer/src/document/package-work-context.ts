// What the document sections need from the package around them: who I am, my drafts, and how to act on a field.
import { createContext, useContext } from 'react';
import type { FieldInfo, Recipient } from '../../../shared/contract';
import type { FormDrafts } from './use-form-drafts';

/** How a field's action was asked for: its own button in the list, or its mark on the page. */
export type FieldIntent = 'sendOtp' | 'sign' | 'initials' | 'handOver' | 'mark';

/** The package-level state and actions shared by every document section. */
export interface PackageWork {
  packageId: number;
  /** My workflow orders: a field is mine when its order is one of them. */
  mine: ReadonlySet<number>;
  /** The workflow's recipients, to say whose a field is. */
  users: readonly Recipient[];
  drafts: FormDrafts;
  /** Acts on a field; `trigger` gets focus back when a dialog it opened closes. */
  act: (documentId: number, field: FieldInfo, intent: FieldIntent, trigger: HTMLElement | null) => void;
  /** The field whose OTP request or save is in flight, as a field key, or null. */
  busyKey: string | null;
  /** Documents whose save is in flight. */
  savingDocumentId: number | null;
  /** Field keys whose phone approval may still be pending. */
  pendingApprovals: ReadonlySet<string>;
  /** The field the guided flow is on (last visited or focused), highlighted on the page and in the list; null before Start. */
  currentKey: string | null;
}

/** Holds the PackageWork of the open package; null outside one. */
export const PackageWorkContext = createContext<PackageWork | null>(null);

/** Returns the open package's work; throws outside a package view, which is a wiring bug. */
export function usePackageWork(): PackageWork {
  const work = useContext(PackageWorkContext);
  if (work === null) throw new Error('usePackageWork() needs a PackageWorkContext provider above it');
  return work;
}
