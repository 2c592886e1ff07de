import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, post } from '../api/client.js';
import { Field } from '../ui/Field.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function SetupPage() {
  const qc = useQueryClient();
  const [form, setForm] = useState({ organizationName: '', name: '', email: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await post('/setup', { ...form, timeZone: zone });
      await qc.invalidateQueries();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Setup failed.'));
    }
  }
  return (
    <main id="main" className="auth-page">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="setup-title" noValidate>
        <h1 id="setup-title">Create your practice</h1>
        <p>Welcome to Crescendo. Name your practice and create your own account; you will be its therapist and administrator.</p>
        <Field label="Practice name" value={form.organizationName} onChange={set('organizationName')} error={error?.forField('organizationName')} required />
        <Field label="Your name" autoComplete="name" value={form.name} onChange={set('name')} error={error?.forField('name')} required />
        <Field label="Email" type="email" autoComplete="username" value={form.email} onChange={set('email')} error={error?.forField('email')} required />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters. A short sentence works well."
          value={form.password}
          onChange={set('password')}
          error={error?.forField('password')}
          required
        />
        {error && !error.errors.length && <p role="alert" className="form-error">{error.detail}</p>}
        {error && error.errors.length > 0 && <p role="alert" className="form-error">Please correct the fields marked above.</p>}
        <p className="hint">Time zone: {zone}</p>
        <button type="submit" className="primary">Create practice</button>
      </form>
    </main>
  );
}
