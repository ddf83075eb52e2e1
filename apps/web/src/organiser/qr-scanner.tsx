import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };
  }
}

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/** The browser's own BarcodeDetector where it reads QR codes; otherwise jsQR, fetched only now. */
async function makeDecoder(): Promise<Decode> {
  const native = window.BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const detector = new native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    if (!video.videoWidth) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

export const cameraPossible = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && window.isSecureContext;

/**
 * Camera QR scanning, started only when the person presses the button (that is when the browser asks for
 * the camera). A code is reported once; the same code again is ignored for a few seconds.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('organiser');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<'off' | 'starting' | 'on'>('off');
  const [problem, setProblem] = useState<string>();
  const callback = useRef(onCode);
  callback.current = onCode;

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setState('off');
  };

  useEffect(() => stop, []);

  useEffect(() => {
    if (state !== 'on') return;
    let cancelled = false;
    let last = { code: '', at: 0 };
    let timer: number | undefined;
    void makeDecoder().then((decode) => {
      const tick = async () => {
        if (cancelled) return;
        try {
          const code = video.current ? await decode(video.current) : null;
          if (code && (code !== last.code || Date.now() - last.at > 4000)) {
            last = { code, at: Date.now() };
            callback.current(code.trim());
          }
        } catch {
          // a frame that could not be read: try the next one
        }
        timer = window.setTimeout(() => void tick(), 250);
      };
      void tick();
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [state]);

  const start = async () => {
    setProblem(undefined);
    setState('starting');
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      stream.current = media;
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play().catch(() => undefined);
      }
      setState('on');
    } catch (error) {
      const name = (error as { name?: string }).name;
      setProblem(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? t('checkIn.cameraDenied')
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? t('checkIn.noCamera')
            : t('checkIn.cameraFailed'),
      );
      stop();
    }
  };

  if (!cameraPossible()) return <p className="hint">{t('checkIn.cameraUnavailable')}</p>;
  return (
    <div className="scanner">
      <div className="actions">
        {state === 'off' ? (
          <button type="button" className="secondary" onClick={() => void start()}>
            {t('checkIn.startCamera')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={stop} disabled={state === 'starting'}>
            {state === 'starting' ? t('checkIn.cameraStarting') : t('checkIn.stopCamera')}
          </button>
        )}
      </div>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <video ref={video} className="scanner-video" hidden={state === 'off'} muted playsInline aria-label={t('checkIn.cameraView')} />
    </div>
  );
}
