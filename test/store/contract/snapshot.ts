// Contract cases for a round's snapshot as JSON text (store/snapshot-json.ts): whichever way the
// store writes it, the text parses to exactly what snapshot() returns, optional fields absent when
// unset and every list in id order, with the counts and the version it was read at.
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../server/domain/schemas.ts';
import { readSnapshotJson } from '../../../server/store/snapshot-json.ts';
import { actor, createActors, evidence, forum, REPORT, tie, type Ctx } from './fixtures.ts';

const NOTE: Evidence = { ...evidence(), noteSv: 'Rapporten nämner "detta".' };
/** Text a hand-written encoder could get wrong: quotes, a backslash, control characters, letters beyond ASCII. */
const AWKWARD = 'Kvarteret "Kronan" \\ Sylte\n\trad två — 日本 🏠 \u0001';

export function snapshotJsonCases(ctx: Ctx): void {
  describe('snapshot as JSON text', () => {
    it('parses to the snapshot, optional fields set and unset, lists in id order', async () => {
      const s = ctx.store();
      await s.putSource(REPORT);
      await s.putSource({ id: 'annan', title: AWKWARD, authors: [], year: 2021, publisher: 'Förlaget', url: 'https://example.org/a' });
      await createActors(
        s,
        actor('polisen', 'state', { description: AWKWARD, descriptionSv: 'Polisen.', website: 'https://polisen.se', evidence: [NOTE] }),
        actor('enheten', 'state', {
          parentId: 'polisen',
          areas: ['democracy_civil_society'],
          neighbourhoods: ['Sylte'],
          targetGroups: ['unga'],
        }),
        actor('foreningen', 'civil_society'),
        actor('bolaget', 'business', { name: AWKWARD }),
      );
      await s.createCollaboration(tie('polisen-foreningen', 'polisen', 'foreningen'));
      await s.createCollaboration(
        tie('bolaget-enheten', 'bolaget', 'enheten', {
          status: 'needs_development',
          forms: ['funding', 'premises'],
          strength: 2,
          since: '2016',
          until: '2019-06',
          directed: true,
          description: AWKWARD,
          descriptionSv: 'Lokaler.',
          evidence: [NOTE, evidence('annan', 's. 4')],
        }),
      );
      await s.createForum(
        forum(
          'trygghet',
          [
            { actorId: 'polisen', role: 'lead' },
            { actorId: 'bolaget', role: 'member' },
          ],
          { descriptionSv: AWKWARD },
        ),
      );
      await s.createForum(forum('tom'));

      const text = await readSnapshotJson(s);
      const snapshot = await s.snapshot();
      expect(JSON.parse(text.json)).toStrictEqual(snapshot);
      expect(text).toMatchObject({ version: snapshot.version, actors: 4, collaborations: 2, forums: 2 });
      expect(snapshot.actors.map((a) => a.id)).toEqual(['bolaget', 'enheten', 'foreningen', 'polisen']);
    });

    it('an empty round is empty lists at its version', async () => {
      const s = ctx.store();
      const text = await readSnapshotJson(s);
      expect(JSON.parse(text.json)).toStrictEqual({ version: await s.version(), sources: [], actors: [], forums: [], collaborations: [] });
      expect(text).toMatchObject({ actors: 0, collaborations: 0, forums: 0 });
    });
  });
}
