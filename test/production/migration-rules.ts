// Contract statements break the release that is still running during a rolling upgrade: it reads
// or writes what they remove, rename, retype or newly forbid. docs/upgrades.md explains the rules.
const CONTRACT_STATEMENTS: { pattern: RegExp; why: string }[] = [
  { pattern: /\bDROP\s+COLUMN\b/i, why: 'drops a column the running release still reads or writes' },
  { pattern: /\bDROP\s+TABLE\b/i, why: 'drops a table the running release may still use' },
  { pattern: /\bRENAME\b/i, why: 'renames what the running release refers to by its old name' },
  { pattern: /\bSET\s+NOT\s+NULL\b/i, why: 'makes the running release fail where it writes no value' },
  {
    pattern: /\bALTER\s+COLUMN\s+"?\w+"?\s+(SET\s+DATA\s+)?TYPE\b/i,
    why: 'changes a column type under the running release (and rewrites the table under lock)',
  },
  { pattern: /\bDROP\s+TYPE\b/i, why: 'drops a type the running release may still use' },
  {
    pattern: /\bADD\s+COLUMN\s+(IF\s+NOT\s+EXISTS\s+)?"?\w+"?\s+[^,;]*\bNOT\s+NULL\b(?![^,;]*\bDEFAULT\b)/i,
    why: 'adds a NOT NULL column without a default: the running release inserts rows without it',
  },
];

/** A migration marks itself as a deliberate contract step with a line `-- contract: <why it is safe now>`. */
const CONTRACT_MARK = /^--[ \t]*contract:[ \t]*\S.*$/im;

export interface ContractFinding {
  statement: string;
  why: string;
}

/** The contract statements of a migration's SQL (comments ignored); empty when it only expands. */
export function contractStatements(sql: string): ContractFinding[] {
  const code = sql.replace(/--.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return code
    .split(';')
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((statement) => CONTRACT_STATEMENTS.filter(({ pattern }) => pattern.test(statement)).map(({ why }) => ({ statement, why })));
}

export function isMarkedContract(sql: string): boolean {
  return CONTRACT_MARK.test(sql);
}
