// The gazette's metadata: name, year, 期, 总期, dates, 编委会, imprint, 办刊宗旨.
import { useState } from 'react';
import type { GazetteMeta } from '../../shared/model/issue';
import { useWorkspace } from '../store/workspace';
import { t } from '../messages/zh-CN';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const splitPair = (line: string) => {
  const at = line.search(/[：:]/);
  return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
};

export function MetaForm() {
  const meta = useWorkspace((s) => s.issue!.meta);
  const setMeta = useWorkspace((s) => s.setMeta);
  const [name, setName] = useState(meta.name);
  const patch = (changes: Partial<GazetteMeta>) => {
    const next = { ...meta, ...changes } as GazetteMeta & Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) if (value === undefined || value === '') delete next[key];
    setMeta(next);
  };
  const number = (value: string) => (value === '' ? undefined : Math.max(1, Math.floor(Number(value)) || 1));
  return (
    <form className="meta-form" aria-label={t.metaTitle} onSubmit={(e) => e.preventDefault()}>
      <h2>{t.metaTitle}</h2>
      <label>{t.metaName}<input value={name} onChange={(e) => {
        // The name may be empty while retyped; the issue keeps the last non-empty one (the schema needs one).
        setName(e.target.value);
        if (e.target.value.trim()) patch({ name: e.target.value });
      }} /></label>
      <label>{t.metaPinyin}<input value={meta.pinyinName ?? ''} onChange={(e) => patch({ pinyinName: e.target.value })} /></label>
      <div className="row">
        <label>{t.metaYear}<input type="number" value={meta.year} onChange={(e) => patch({ year: number(e.target.value) ?? meta.year })} /></label>
        <label>{t.metaIssue}<input type="number" value={meta.issue} onChange={(e) => patch({ issue: number(e.target.value) ?? meta.issue })} /></label>
        <label>{t.metaCumulative}<input type="number" value={meta.cumulative ?? ''} onChange={(e) => patch({ cumulative: number(e.target.value) })} /></label>
      </div>
      <div className="row">
        <label>{t.metaPublishDate}<input value={meta.publishDate ?? ''} placeholder="2024-03" onChange={(e) => patch({ publishDate: e.target.value })} /></label>
        <label>{t.metaPeriodicity}<input value={meta.periodicity ?? ''} placeholder={t.metaPeriodicityExample} onChange={(e) => patch({ periodicity: e.target.value })} /></label>
      </div>
      <label>{t.metaMotto}
        <textarea rows={4} defaultValue={(meta.motto ?? []).join('\n')} onBlur={(e) => patch({ motto: lines(e.target.value) })} />
      </label>
      <label>{t.metaBoard}
        <textarea rows={6} defaultValue={(meta.editorialBoard ?? []).map((b) => `${b.role}：${b.names.join('、')}`).join('\n')}
          onBlur={(e) => patch({ editorialBoard: lines(e.target.value).map((l) => { const [role, names] = splitPair(l); return { role: role!, names: names!.split(/[、，,\s]+/).filter(Boolean) }; }) })} />
      </label>
      <label>{t.metaImprint}
        <textarea rows={8} defaultValue={(meta.imprint ?? []).map((f) => `${f.key}：${f.value}`).join('\n')}
          onBlur={(e) => patch({ imprint: lines(e.target.value).map((l) => { const [key, value] = splitPair(l); return { key: key!, value: value! }; }) })} />
      </label>
      <label>{t.metaBackStatement}<textarea rows={3} value={meta.backStatement ?? ''} onChange={(e) => patch({ backStatement: e.target.value })} /></label>
    </form>
  );
}
