// Where the bot keeps the bulletin pictures it serves (DingTalk shows a markdown image by fetching its URL).
// Each picture is a file named by a random token: the URL cannot be guessed, and nothing else names it.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** 18 random bytes, base64url: 24 characters, 144 bits. */
export const TOKEN = /^[A-Za-z0-9_-]{24}$/;

export interface PictureStore {
  /** Keep a PNG; resolves the token that names it. */
  save(png: Buffer): Promise<string>;
  /** The PNG of a token, or null (unknown, or not a token at all). */
  load(token: string): Promise<Buffer | null>;
}

export class FilePictureStore implements PictureStore {
  constructor(private readonly dir: string) {}

  async save(png: Buffer): Promise<string> {
    const token = randomBytes(18).toString('base64url');
    await mkdir(this.dir, { recursive: true });
    // Written whole before it gets its name, so a fetch never reads half a picture.
    const tmp = join(this.dir, `.${token}.tmp`);
    await writeFile(tmp, png);
    await rename(tmp, join(this.dir, `${token}.png`));
    return token;
  }

  async load(token: string): Promise<Buffer | null> {
    if (!TOKEN.test(token)) return null;
    try {
      return await readFile(join(this.dir, `${token}.png`));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
}

/** The path the bot serves pictures under; the public URL is the county file's publicUrl followed by it. */
export const PICTURE_PATH = '/bulletin-pictures';

export function pictureUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${PICTURE_PATH}/${token}.png`;
}
