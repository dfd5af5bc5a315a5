/**
 * Text in listing images via tesseract.js (DET-4: traders put phone numbers, shop URLs and
 * drug names into pictures because text filters cannot read pictures). Language data comes
 * from the installed npm package @tesseract.js-data/eng, never from the network: tesseract.js
 * downloads from a CDN when no langPath is given, so a langPath is always set and the data
 * file is checked before a worker starts. cacheMethod 'none' keeps it from writing a copy of
 * the data into the working directory.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import { DomainError } from '../core/errors.js';

export interface OcrOptions {
  /** Folder holding `<lang>.traineddata.gz`. Default: the LSTM ("best_int") data of the npm package. */
  langPath?: string;
  /** Tesseract language codes joined by '+'. Default 'eng' (also reads Latin-script EU text). */
  languages?: string;
  /** Parallel workers (each ~30 MB and one core while busy). Default 1. */
  workers?: number;
  /** Per-image limit; on expiry the workers are restarted and the call fails. Default 20 s. */
  timeoutMs?: number;
}

export interface OcrResult {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

export interface OcrEngine {
  /** Recognises text in an encoded image (PNG, JPEG, …). */
  recognize(image: Uint8Array): Promise<OcrResult>;
  terminate(): Promise<void>;
}

/** Where the npm package keeps its LSTM-only data, which the default OEM (LSTM) needs. */
export const defaultLangPath = (): string => {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
};

export const checkLanguageData = (langPath: string, languages: string): void => {
  const missing = languages.split('+').filter((l) => !existsSync(join(langPath, `${l}.traineddata.gz`)));
  if (missing.length > 0) {
    throw new DomainError(
      'invalid_config',
      `OCR language data missing: ${missing.map((l) => `${l}.traineddata.gz`).join(', ')} not found in ${langPath}; ` +
        'install the @tesseract.js-data/<lang> package (Vigil never downloads it at run time)',
    );
  }
};

export const createOcrEngine = (options: OcrOptions = {}): OcrEngine => {
  const langPath = options.langPath ?? defaultLangPath();
  const languages = options.languages ?? 'eng';
  const workers = Math.max(1, options.workers ?? 1);
  const timeoutMs = options.timeoutMs ?? 20_000;
  checkLanguageData(langPath, languages);

  let scheduler: Promise<Tesseract.Scheduler> | null = null;
  const start = async (): Promise<Tesseract.Scheduler> => {
    const s = Tesseract.createScheduler();
    for (let i = 0; i < workers; i++) {
      const w = await Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
        langPath,
        gzip: true,
        cacheMethod: 'none',
        errorHandler: () => undefined, // failures arrive as rejected promises below
      });
      // Sparse-text mode finds captions and stickers scattered over a product photo; a fixed
      // DPI stops tesseract guessing one from PNG metadata (and warning on stderr).
      await w.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SPARSE_TEXT, user_defined_dpi: '300' });
      s.addWorker(w);
    }
    return s;
  };
  const get = (): Promise<Tesseract.Scheduler> => {
    if (!scheduler) {
      scheduler = start();
      scheduler.catch(() => { scheduler = null; });
    }
    return scheduler;
  };
  const stop = async (): Promise<void> => {
    const s = scheduler;
    scheduler = null;
    if (s) await (await s.catch(() => null))?.terminate();
  };

  return {
    async recognize(image) {
      const s = await get();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`OCR took longer than ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const { data } = await Promise.race([s.addJob('recognize', Buffer.from(image.buffer, image.byteOffset, image.byteLength)), timeout]);
        return { text: data.text.trim(), confidence: data.confidence };
      } catch (e) {
        // A stuck or crashed worker cannot be cancelled, only replaced.
        await stop();
        throw e;
      } finally {
        clearTimeout(timer);
      }
    },
    terminate: stop,
  };
};
