import { describe, expect, it } from 'vitest';
import { parseHashBankCsv } from './bank-csv.js';
import { matchPdqAgainstBank } from './bank-match.js';
import { PdqIndex } from './pdq-index.js';

// bridge-1-original and its DCT-domain variants, as HMA computes them (ThreatExchange data).
const BRIDGE = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const BRIDGE_ROT90 = '30a10efd71c83f429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af';
const PEN = '1f811b9d267fbc6693c0c7f30e041f9df49b836303e10f067fcdfc12c02d01f9';
// The physically rotated file bridge-2-rotate-90.jpg hashes to this.
const BRIDGE_2 = '30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af';

const bank = PdqIndex.fromEntries(parseHashBankCsv(`hash,label,source\n${BRIDGE},bridge,test-bank\n${PEN},pen,test-bank\n`).entries);

describe('matchPdqAgainstBank', () => {
  it('matches an exact copy and reports label, source and distance', () => {
    expect(matchPdqAgainstBank(bank, { hash: BRIDGE, quality: 100 })).toEqual({
      status: 'matched', matches: [{ id: 0, distance: 0, label: 'bridge', source: 'test-bank', variant: 'orig' }],
    });
  });

  it('finds a rotated upload of a banked image through the dihedral variants only', () => {
    // The upload is bridge-2 (rotated); its own rot270 variant undoes the rotation.
    const upload = { hash: BRIDGE_2, quality: 100, dihedral: { rot270: BRIDGE } };
    expect(matchPdqAgainstBank(bank, upload, { dihedral: false }).status).toBe('no_match');
    expect(matchPdqAgainstBank(bank, upload).matches).toMatchObject([{ label: 'bridge', variant: 'rot270', distance: 0 }]);
    expect(matchPdqAgainstBank(bank, { hash: BRIDGE_ROT90, quality: 100 }).status).toBe('no_match');
  });

  it('skips low-quality hashes as HMA does, unless told otherwise', () => {
    expect(matchPdqAgainstBank(bank, { hash: BRIDGE, quality: 49 })).toEqual({ status: 'skipped', reason: 'low_quality', matches: [] });
    expect(matchPdqAgainstBank(bank, { hash: BRIDGE, quality: 49 }, { minQuality: 0 }).status).toBe('matched');
    expect(matchPdqAgainstBank(bank, { hash: 'zz', quality: 100 })).toMatchObject({ status: 'skipped', reason: 'invalid_hash' });
  });

  it('matches through the true-colour alternate hash', () => {
    const r = matchPdqAgainstBank(bank, { hash: BRIDGE_ROT90, quality: 100, alternate: { hash: PEN, quality: 90 } });
    expect(r.matches).toMatchObject([{ label: 'pen', variant: 'alternate' }]);
  });
});
