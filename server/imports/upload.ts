// Receives an uploaded lead file with multer onto disk (never into memory), at most 50 MB.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import { badRequest } from '../http/errors';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const UPLOAD_DIR = path.join(tmpdir(), 'dabei-imports');

const upload = multer({
  storage: multer.diskStorage({
    destination: (_req, _file, cb) => {
      mkdirSync(UPLOAD_DIR, { recursive: true });
      cb(null, UPLOAD_DIR);
    },
    filename: (_req, _file, cb) => cb(null, `${randomBytes(12).toString('hex')}.upload`),
  }),
  defParamCharset: 'utf8', // Chinese file names
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 256 * 1024, parts: 8 },
}).single('file');

export interface Upload {
  path: string;
  originalName: string;
  size: number;
  fields: Record<string, unknown>;
  discard(): Promise<void>;
}

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: 'the file is larger than 50 MB',
  LIMIT_FILE_COUNT: 'send one file at a time',
  LIMIT_UNEXPECTED_FILE: 'the file must be sent in the multipart field "file"',
  LIMIT_PART_COUNT: 'too many multipart fields',
  LIMIT_FIELD_COUNT: 'too many multipart fields',
  LIMIT_FIELD_VALUE: 'a form field is too long',
};

/** The uploaded file, or a 400 that says what is wrong. The caller must `discard()` it when done. */
export async function receiveFile(req: Request, res: Response): Promise<Upload> {
  await new Promise<void>((resolve, reject) =>
    upload(req, res, (err: unknown) => {
      if (!err) return resolve();
      const code = (err as { code?: string }).code;
      if (err instanceof multer.MulterError || (code && MULTER_MESSAGES[code]))
        return reject(
          badRequest([{ path: '/file', message: MULTER_MESSAGES[code!] ?? (err as Error).message }]),
        );
      reject(badRequest([{ path: '', message: `could not read the upload: ${(err as Error).message}` }]));
    }),
  );
  const file = req.file;
  if (!file)
    throw badRequest([
      { path: '/file', message: 'send the file as multipart/form-data in the field "file" (.csv or .xlsx)' },
    ]);
  return {
    path: file.path,
    originalName: file.originalname,
    size: file.size,
    fields: (req.body ?? {}) as Record<string, unknown>,
    discard: () => unlink(file.path).catch(() => undefined),
  };
}

/** The optional `mapping` form field: JSON text of {column header → lead field}. */
export function mappingField(fields: Record<string, unknown>): unknown {
  const raw = fields.mapping;
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest([{ path: '/mapping', message: 'must be JSON: {"column header": "lead.field.path"}' }]);
  }
}
