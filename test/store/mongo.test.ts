// The MongoDB contract run needs a server: set MONGODB_URI (e.g. mongodb://127.0.0.1:27017/hj-test).
// Without it the contract is skipped, and says so; the tests below need no server.
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { feedbackSchemas } from '../../src/store/mongo-feedback.js';
import { schemas } from '../../src/store/mongo-schemas.js';
import { MongoStore } from '../../src/store/mongo.js';
import { fromLegacy } from '../../src/store/mongo-write.js';
import { StoreUnavailableError } from '../../src/store/types.js';
import { storeContract } from './contract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  let n = 0;
  const databases: string[] = [];
  // Each case gets a database of its own; all are dropped at the end, so a county's server keeps nothing.
  afterAll(async () => {
    for (const db of databases) {
      const conn = await mongoose.createConnection(db, { serverSelectionTimeoutMS: 5000 }).asPromise();
      await conn.dropDatabase();
      await conn.close();
    }
  });
  storeContract('mongodb', async (opts) => {
    const u = new URL(uri);
    u.pathname = `/hj-contract-${process.pid}-${n++}`;
    databases.push(u.toString());
    return MongoStore.connect(u.toString(), opts);
  });
} else {
  describe('store contract: mongodb', () => {
    it.skip('SKIPPED: MONGODB_URI is not set, so the MongoDB contract suite did not run', () => {});
  });
}

describe('mongo store without a server', () => {
  it('fails fast and clearly when no server answers, without echoing the URI', async () => {
    const secretUri = 'mongodb://user:s3cretpass@127.0.0.1:1/hj';
    const err = await MongoStore.connect(secretUri, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/cannot connect to MongoDB/);
    expect((err as Error).message).not.toContain('s3cretpass');
  });

  it('declares the unique indexes that make claims and upserts safe across processes', () => {
    const unique = (s: mongoose.Schema) => s.indexes().filter(([, o]) => o?.unique).map(([f]) => Object.keys(f).join('+'));
    expect(unique(schemas.record)).toContain('township+date');
    // One writer per version of a record: the key the MongoDB write protocol rests on.
    expect(unique(schemas.version)).toContain('township+date+rev');
    expect(unique(schemas.jobRun)).toContain('job+key');
    expect(schemas.message.path('key').options.unique).toBe(true);
    expect(schemas.lease.path('name').options.unique).toBe(true);
    const ttl = schemas.message.indexes().find(([f]) => 'expiresAt' in f);
    expect(ttl?.[1]).toMatchObject({ expireAfterSeconds: 0 });
  });

  it('validates documents against the schemas', async () => {
    const Rec = mongoose.model('RecordValidation', schemas.record);
    await expect(new Rec({ township: 'A', date: '22/11/2026', firstReportedAt: new Date(), updatedAt: new Date(), updatedBy: 'u' }).validate()).rejects.toThrow(/date/);
    const Version = mongoose.model('VersionValidation', schemas.version);
    await expect(new Version({ township: 'A', date: '2026-11-22', rev: 1, seq: 1, changes: [{ field: 'partyDone', new: 1 }], by: 'u', at: new Date(), kind: 'guess' }).validate()).rejects.toThrow(/kind/);
    await expect(new Version({ township: 'A', date: '2026-11-22', rev: 1, by: 'u', at: new Date(), kind: 'report' }).validate()).rejects.toThrow(/seq/);
  });

  it('validates refused-report and unanswered-question documents', async () => {
    const Refusal = mongoose.model('RefusalValidation', feedbackSchemas.refusal);
    await expect(new Refusal({ at: new Date(), date: '2026/11/22', platform: 'wecom', sender: 'wecom:a', reasons: ['vague'] }).validate()).rejects.toThrow(/date/);
    // An attachment without text is kept with an empty text, so '' must pass.
    await expect(new Refusal({ at: new Date(), date: '2026-11-22', platform: 'wecom', sender: 'wecom:a', text: '', reasons: ['attachment-only'] }).validate()).resolves.toBeUndefined();
    const Unanswered = mongoose.model('UnansweredValidation', feedbackSchemas.unanswered);
    await expect(new Unanswered({ at: new Date(), date: '2026-11-22', platform: 'wecom', sender: 'wecom:a', text: '问', kind: 'guess' }).validate()).rejects.toThrow(/kind/);
    const ranged = (s: mongoose.Schema) => s.indexes().map(([f]) => Object.keys(f).join('+'));
    expect(ranged(feedbackSchemas.refusal)).toContain('date+at');
    expect(ranged(feedbackSchemas.unanswered)).toContain('date+at');
  });

  it('reads history of the older per-field layout as the port\'s revisions', () => {
    const at = new Date('2026-11-20T10:00:00Z');
    expect(fromLegacy({ township: 'A', date: '2026-11-20', field: 'partyDone', old: 3, new: 4, by: 'u', at, kind: 'report', messageId: 'm1' })).toEqual({
      township: 'A', date: '2026-11-20', field: 'partyDone', old: 3, new: 4, by: 'u', at, kind: 'report', messageId: 'm1',
    });
    expect(fromLegacy({ township: 'A', date: '2026-11-20', field: 'partyDone', old: null, new: 4, by: 'u', at, kind: 'withdraw' })).not.toHaveProperty('messageId');
    expect(schemas.legacyRevision.get('collection')).toBe('revisions');
  });
});
