import { type FormEvent, useRef, useState } from 'react';
import { uploadWithProgress } from '../api/client';

/**
 * One file chosen, sent with a progress fraction, then handed to `onUploaded`: the state every upload
 * form shares (slides, dossier documents). The input is cleared after a success so the same file can be
 * chosen again for a new version.
 */
export function useFileUpload<T>(url: string, onUploaded: (result: T) => Promise<unknown> | void) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<T | null>(null);

  const choose = (chosen: File | null) => {
    setError(undefined);
    setResult(null);
    setProgress(null);
    setFile(chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(null);
    setProgress(0);
    try {
      const form = new FormData();
      form.append('file', file);
      const uploaded = await uploadWithProgress<T>(url, form, setProgress);
      // All bytes sent and stored: complete, whatever the last progress event said.
      setProgress(1);
      setResult(uploaded);
      setFile(null);
      if (input.current) input.current.value = '';
      await onUploaded(uploaded);
    } catch (failure) {
      setProgress(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const percent = progress === null ? 0 : Math.round(progress * 100);
  return { input, file, choose, submit, busy, error, result, progress, percent };
}
