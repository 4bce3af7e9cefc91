// What the clerk sees with no issue open: new (from a profile or carried over), open, recent files.
import { useEffect, useState } from 'react';
import type { FileHandle } from '../../shared/api';
import { createIssue, getHost, openIssue, profiles } from '../app/actions';
import { t } from '../messages/zh-CN';

export function StartScreen() {
  const [recent, setRecent] = useState<FileHandle[]>([]);
  const [profileId, setProfileId] = useState(profiles()[0]?.id ?? 'gbt9704-a4');
  const [previous, setPrevious] = useState('');
  useEffect(() => {
    getHost().recentFiles(null).then(setRecent, () => setRecent([]));
  }, []);
  return (
    <main className="start-screen">
      <h1>{t.startTitle}</h1>
      <section className="start-card" aria-label={t.newIssueTitle}>
        <h2>{t.newIssueTitle}</h2>
        <label>
          {t.profileLabel}
          <select aria-label={t.profileLabel} value={profileId} onChange={(e) => setProfileId(e.target.value)}>
            {profiles().map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <button className="primary" onClick={() => void createIssue({ profileId })}>{t.newFromProfile}</button>
        {recent.length > 0 && (
          <div className="carry-over">
            <label>
              {t.carryOverFrom}
              <select aria-label={t.carryOverFrom} value={previous} onChange={(e) => setPrevious(e.target.value)}>
                <option value="" />
                {recent.map((f) => <option key={f.handle} value={f.handle}>{f.name}</option>)}
              </select>
            </label>
            <button disabled={!previous} onClick={() => void createIssue({ previous })}>{t.newCarryOver}</button>
            <p className="hint">{t.carryOverHint}</p>
          </div>
        )}
      </section>
      <section className="start-card" aria-label={t.startRecent}>
        <h2>{t.startRecent}</h2>
        <button onClick={() => void openIssue()}>{t.startOpen}</button>
        {recent.length === 0 ? <p className="hint">{t.startNoRecent}</p> : (
          <ul className="recent-list">
            {recent.map((f) => (
              <li key={f.handle}>
                <button className="link" onClick={() => void openIssue(f.handle)}>{f.name}</button>
                {f.location && <span className="hint"> {f.location}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
