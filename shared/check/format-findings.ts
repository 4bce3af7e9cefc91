// The two printed forms of findings: JSON rows for tools, and a human report grouped by document.
import type { Issue } from '../model/issue';
import type { Finding, Severity } from './run-checks';

export interface FindingRow {
  rule: string;
  severity: Severity;
  article: string;
  block: number;
  field?: string;
  offset: number;
  text: string;
  message: string;
  fix: string | null;
}

export function findingsJson(findings: Finding[]): FindingRow[] {
  return findings.map((f) => {
    const row: FindingRow = { rule: f.rule, severity: f.severity, article: f.article, block: f.block, offset: f.offset, text: f.text, message: f.message, fix: f.fix ?? null };
    if (f.field) row.field = f.field;
    return row;
  });
}

const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const FIELD: Record<string, string> = { title: '标题', docNo: '文号', recipients: '主送机关', signer: '署名', date: '成文日期', note: '附注', tocTitle: '目录标题', imprint: '版权信息', section: '栏目' };

function place(f: Finding, lines: Map<string, number[]>): string {
  // A meta field names the source line it was recognised from, where the importer recorded it.
  const line = lines.get(`${f.article}/${f.field}`)?.[0];
  const where = f.block < 0 ? `${FIELD[f.field ?? ''] ?? f.field ?? ''}${line ? `（源文件第${line}行）` : ''}` : `第${f.block + 1}段`;
  return f.block < 0 && f.offset === 0 ? where : `${where}第${f.offset + 1}字`;
}

export function formatFindings(findings: Finding[], issue: Issue): string {
  if (findings.length === 0) return '未发现问题。\n';
  const titles = new Map(issue.sections.flatMap((s) => s.articles.map((a) => [a.id, `${s.title ? `【${s.title}】` : ''}${a.meta.title}`] as const)));
  const sourceLines = new Map<string, number[]>();
  for (const a of issue.sections.flatMap((s) => s.articles))
    for (const [field, source] of Object.entries(a.source?.fields ?? {})) if (source?.lines.length) sourceLines.set(`${a.id}/${field}`, source.lines);
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of findings) {
    if (f.article !== current) {
      current = f.article;
      lines.push(f.article ? `${titles.get(f.article) ?? f.article}（${f.article}）` : '整期');
    }
    const fix = f.fix !== undefined ? ` → 改为「${f.fix}」` : '';
    lines.push(`  ${SEVERITY[f.severity]} ${place(f, sourceLines)}「${f.text}」${f.message}${fix}  [${f.rule}]`);
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(`共 ${findings.length} 处：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`);
  return lines.join('\n') + '\n';
}
