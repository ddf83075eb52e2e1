import { useId } from 'react';

/** A labelled progress bar, with its percentage said in words and announced as it changes. */
export function UploadProgress({
  label,
  percent,
  valueText,
  status,
  className,
}: {
  label: string;
  percent: number;
  valueText: string;
  status: string;
  className: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={percent} aria-valuetext={valueText}>
        {percent}%
      </progress>
      <p className={`${className}-text`} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
