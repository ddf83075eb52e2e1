import { useState } from 'react';
import { downloadFile } from '../api/client';

/**
 * An authenticated download started by a button: which one is under way (to disable the buttons and say
 * "preparing…") and the failure to show, kept apart from the page's other errors.
 */
export function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (url: string, fileName: string, key = url) => {
    setBusy(key);
    setError(null);
    try {
      await downloadFile(url, fileName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  return { download, busy, error };
}
