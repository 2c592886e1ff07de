/**
 * The state of one save: busy while it runs, the API's error (shown next to its field) when it
 * fails. The form keeps what was typed either way.
 */
import { useState } from 'react';
import { ApiError, asApiError } from './client.js';

export function useSave() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /**
   * Runs the save; resolves true when it succeeded. `recover` may answer an error itself (e.g. a
   * retry of a create the server already stored) by returning true.
   */
  async function run(action: () => Promise<unknown>, recover?: (error: ApiError) => boolean): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      const api = asApiError(e);
      if (!recover?.(api)) setError(api);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, setError, busy, run };
}
