/** The invitation link: whom it is for, what is shared, and the consent given by setting a password. */
import { useEffect, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, post } from '../api/client.js';
import { Field } from '../ui/Field.js';
import { SHARE_WORDS } from './words.js';

interface Invitation { name: string; email: string; relationship: string; shares: string[]; expiresAt: string; clientName: string; invitedBy: string; hasAccount: boolean }

export function FamilyJoin() {
  const qc = useQueryClient();
  const token = window.location.hash.slice(1);
  const [inv, setInv] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    post<Invitation>('/family-invitations/lookup', { token }).then(setInv, (e: unknown) => setError(e instanceof ApiError ? e.detail : 'The invitation could not be opened.'));
  }, [token]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!inv) return;
    setBusy(true);
    setError(null);
    try {
      await post('/family-invitations/accept', { token, password, consent, shares: inv.shares });
      window.history.replaceState(null, '', '/family');
      await qc.invalidateQueries({ queryKey: ['me'] });
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'The invitation could not be accepted.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <main id="main" className="auth-page">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="join-title" noValidate>
        <h1 id="join-title">{inv ? `Follow ${inv.clientName}’s music therapy` : 'Family invitation'}</h1>
        {!inv && !error && <p role="status">Opening the invitation…</p>}
        {inv && (
          <>
            <p>
              {inv.invitedBy} invites you, {inv.name}, to see in Crescendo:
            </p>
            <ul className="list">
              {inv.shares.map((s) => <li key={s}>{SHARE_WORDS[s as keyof typeof SHARE_WORDS] ?? s}</li>)}
            </ul>
            <p className="hint">Notes and assessments stay with the care team. You can stop this sharing at any time.</p>
            <Field label="Email" type="email" value={inv.email} readOnly autoComplete="username" />
            <Field
              label={inv.hasAccount ? 'Your Crescendo password' : 'Choose a password'}
              hint={inv.hasAccount ? 'You already follow another child here: use the same password.' : 'At least 12 characters; a short sentence is easy to remember.'}
              type="password"
              autoComplete={inv.hasAccount ? 'current-password' : 'new-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            <label className="check">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
              <span>I agree to see what is listed above about {inv.clientName}.</span>
            </label>
          </>
        )}
        {error && <p role="alert" className="form-error">{error}</p>}
        {inv && (
          <button type="submit" className="primary" disabled={busy || !consent}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        )}
      </form>
    </main>
  );
}
