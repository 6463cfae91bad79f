// Who may write a file, read from its security descriptor in SDDL (`(Get-Acl).Sddl`): SIDs, not the
// localised names icacls prints, and the owner, which icacls does not print at all.

/** SIDs that only administrators control: SYSTEM, Administrators, TrustedInstaller. */
const ADMIN_SIDS = new Set(['SY', 'S-1-5-18', 'BA', 'S-1-5-32-544', 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464']);

/** SDDL right letters and their access-mask bits. */
const RIGHTS: Record<string, number> = {
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  RP: 0x10,
  WP: 0x20,
  DT: 0x40,
  LO: 0x80,
  CR: 0x100,
  SD: 0x10000,
  RC: 0x20000,
  WD: 0x40000,
  WO: 0x80000,
  GA: 0x10000000,
  GX: 0x20000000,
  GW: 0x40000000,
  GR: 0x80000000,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
};

/** Bits that let a holder change a file or put new files in a folder. */
const WRITE_BITS = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;

/** An access mask from its SDDL form: hex (0x1301bf) or two-letter rights (FA, DCLCRPCR). */
export function accessMask(rights: string): number {
  if (/^0x[0-9a-f]+$/i.test(rights)) return Number.parseInt(rights, 16);
  let mask = 0;
  for (const code of rights.match(/.{2}/g) ?? []) mask |= RIGHTS[code] ?? 0;
  return mask;
}

/** Why the descriptor lets a non-administrator write, or null when only administrators can. */
export function sddlTrustProblem(sddl: string): string | null {
  const owner = /^O:([A-Z]{2}|S-[\d-]+)/.exec(sddl.trim())?.[1];
  if (!owner || !ADMIN_SIDS.has(owner)) return `it is owned by ${owner ?? 'an unknown account'}, not Administrators or SYSTEM`;
  const match = /D:([A-Z_]*)((?:\([^)]*\))*)/.exec(sddl);
  const dacl = match?.[2];
  // A missing or NULL access list (NO_ACCESS_CONTROL) lets everyone do everything.
  if (dacl === undefined || match?.[1]?.includes('NO_ACCESS_CONTROL')) return 'it has no access list, so anyone may write it';
  for (const ace of dacl.match(/\(([^)]*)\)/g) ?? []) {
    const [type, flags = '', rights = '', , , sid = ''] = ace.slice(1, -1).split(';');
    // Deny entries only take rights away; inherit-only entries apply to children, not to this object.
    if (type !== 'A' || flags.includes('IO') || ADMIN_SIDS.has(sid)) continue;
    if ((accessMask(rights) & WRITE_BITS) !== 0) return `${sid} may write to it`;
  }
  return null;
}

/** The PowerShell command that prints a path's SDDL; the path goes in a literal, quotes doubled. */
export function sddlCommand(path: string): string[] {
  const script = `(Get-Acl -LiteralPath '${path.replace(/'/g, "''")}').Sddl`;
  return ['-NoProfile', '-NonInteractive', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')];
}
