// Contract cases for mappings and rounds: their CRUD, scoping (a write in one round is invisible
// in every other; ids repeat across rounds and mappings), closed rounds, copies, scenarios that
// realise the declared gaps, cascade deletes and concurrent writers in two rounds.
import { describe, expect, it } from 'vitest';
import type { RoundCreate } from '../../../server/domain/mappings.ts';
import { ConflictError, NotFoundError } from '../../../server/errors.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, createActors, forum, REPORT, rejects, tie, type Ctx } from './fixtures.ts';

const round = (id: string, extra: Partial<RoundCreate> = {}): RoundCreate => ({
  id,
  label: `Omgång ${id}`,
  observedOn: id,
  sources: [],
  kind: 'observed',
  ...extra,
});

const OTHER_MAPPING = { ...CONTRACT_MAPPING, id: 'vanersborg', name: 'Samverkan i Vänersborg', place: 'Vänersborg' };

/** The first round's graph: four actors, ties in every status, a forum, a source. */
async function baseline(ctx: Ctx): Promise<void> {
  const s = ctx.store();
  await s.putSource(REPORT);
  await createActors(s, actor('kommunen'), actor('polisen', 'state'), actor('foreningen', 'civil_society'), actor('bolaget', 'business'));
  await s.createCollaboration(tie('kommunen-polisen', 'kommunen', 'polisen'));
  await s.createCollaboration(tie('kommunen-foreningen', 'kommunen', 'foreningen', { status: 'desired' }));
  await s.createCollaboration(tie('polisen-foreningen', 'polisen', 'foreningen', { status: 'needs_development' }));
  await s.createCollaboration(tie('kommunen-bolaget', 'kommunen', 'bolaget', { status: 'ended' }));
  await s.createForum(
    forum('bra-gruppen', [
      { actorId: 'kommunen', role: 'lead' },
      { actorId: 'polisen', role: 'member' },
    ]),
  );
}

const statuses = async (ctx: Ctx, ref: { mapping: string; round: string }): Promise<Record<string, string>> =>
  Object.fromEntries((await ctx.root().round(ref).snapshot()).collaborations.map((c) => [c.id, c.status]));

export function roundCases(ctx: Ctx): void {
  describe('mappings', () => {
    it('create, list, get, patch (null removes the description) and refuse a taken id', async () => {
      const root = ctx.root();
      const made = await root.createMapping({ ...OTHER_MAPPING, description: 'Grannkommunen.' });
      expect(made).toMatchObject({ id: 'vanersborg', place: 'Vänersborg', description: 'Grannkommunen.' });
      expect((await root.listMappings()).map((m) => m.id)).toEqual(['trollhattan', 'vanersborg']);
      await rejects(root.createMapping(OTHER_MAPPING), ConflictError);
      const patched = await root.patchMapping('vanersborg', { topic: 'integration', description: null });
      expect(patched.topic).toBe('integration');
      expect(patched).not.toHaveProperty('description');
      expect(await root.getMapping('vanersborg')).toEqual(patched);
      expect(await root.getMapping('saknas')).toBeNull();
      await rejects(root.patchMapping('saknas', { topic: 'x' }), NotFoundError);
    });

    it('a mapping with rounds is deleted only with cascade, and then nothing of it is left', async () => {
      const root = ctx.root();
      await baseline(ctx);
      const refused = await rejects(root.deleteMapping(CONTRACT_MAPPING.id), ConflictError);
      expect(refused.message).toContain(CONTRACT_MAPPING.id);
      await root.deleteMapping(CONTRACT_MAPPING.id, { cascade: true });
      expect(await root.getMapping(CONTRACT_MAPPING.id)).toBeNull();
      await root.createMapping(CONTRACT_MAPPING);
      await root.createRound(CONTRACT_MAPPING.id, round(CONTRACT_ROUND.round));
      const fresh = await ctx.store().snapshot();
      expect([fresh.actors, fresh.collaborations, fresh.forums, fresh.sources]).toEqual([[], [], [], []]);
      await rejects(root.deleteMapping('saknas'), NotFoundError);
    });
  });

  describe('rounds', () => {
    it('list in observation order, get, patch and delete; unknown mapping or round is a 404 naming it', async () => {
      const root = ctx.root();
      await root.createRound(CONTRACT_MAPPING.id, round('2024', { sources: [REPORT.id] }));
      await root.createRound(CONTRACT_MAPPING.id, round('2021'));
      expect((await root.listRounds(CONTRACT_MAPPING.id)).map((r) => r.id)).toEqual(['2019', '2021', '2024']);
      await rejects(root.createRound(CONTRACT_MAPPING.id, round('2021')), ConflictError);
      const patched = await root.patchRound({ mapping: CONTRACT_MAPPING.id, round: '2021' }, { label: 'Uppföljning' });
      expect(patched).toMatchObject({ id: '2021', mappingId: CONTRACT_MAPPING.id, label: 'Uppföljning', kind: 'observed', closed: false });
      expect(await root.getRound({ mapping: CONTRACT_MAPPING.id, round: '2021' })).toEqual(patched);
      await root.deleteRound({ mapping: CONTRACT_MAPPING.id, round: '2021' });
      expect(await root.getRound({ mapping: CONTRACT_MAPPING.id, round: '2021' })).toBeNull();
      expect((await rejects(root.listRounds('saknas'), NotFoundError)).message).toContain('saknas');
      expect((await rejects(root.round({ mapping: 'saknas', round: '2019' }).version(), NotFoundError)).message).toContain(
        "mapping 'saknas'",
      );
      const unknownRound = await rejects(root.round({ mapping: CONTRACT_MAPPING.id, round: '1999' }).listSources(), NotFoundError);
      expect(unknownRound.message).toContain('trollhattan/1999');
      await rejects(root.round({ mapping: CONTRACT_MAPPING.id, round: '1999' }).createActor(actor('a')), NotFoundError);
      await rejects(root.createRound(CONTRACT_MAPPING.id, round('2030', { copyFrom: '1999' })), NotFoundError);
    });

    it('the latest observed round of the oldest mapping answers for the short routes: by date, then id; never a scenario', async () => {
      const root = ctx.root();
      expect((await root.latestObservedRound())?.id).toBe(CONTRACT_ROUND.round);
      await root.createRound(CONTRACT_MAPPING.id, round('2024'));
      await root.createRound(CONTRACT_MAPPING.id, round('2030', { kind: 'scenario' }));
      // Made later, though first by id: a mapping added to a service does not move its default round.
      await new Promise((resolve) => setTimeout(resolve, 5)); // a later stamp than the fixture's mapping
      await root.createMapping({ ...OTHER_MAPPING, id: 'alingsas' });
      await root.createRound('alingsas', round('2032'));
      await root.createMapping(OTHER_MAPPING);
      await root.createRound(OTHER_MAPPING.id, round('2031'));
      const ref = { mapping: CONTRACT_MAPPING.id, round: '2024' };
      await createActors(root.round(ref), actor('kommunen'));
      expect(await root.latestObservedRound()).toEqual({ ...(await root.getRound(ref)), version: await root.round(ref).version() });
      await root.createRound(CONTRACT_MAPPING.id, round('2024-b', { observedOn: '2024' }));
      expect((await root.latestObservedRound())?.id).toBe('2024-b');
      await root.deleteMapping(CONTRACT_MAPPING.id, { cascade: true });
      expect((await root.latestObservedRound())?.id).toBe('2032');
      await root.deleteMapping('alingsas', { cascade: true });
      expect((await root.latestObservedRound())?.id).toBe('2031');
      await root.deleteMapping(OTHER_MAPPING.id, { cascade: true });
      expect(await root.latestObservedRound()).toBeNull();
    });

    it('scoping: a write in one round is invisible in another; ids repeat across rounds and mappings', async () => {
      const root = ctx.root();
      await root.createRound(CONTRACT_MAPPING.id, round('2024'));
      await root.createMapping(OTHER_MAPPING);
      await root.createRound(OTHER_MAPPING.id, round('2019'));
      const first = ctx.store();
      const later = root.round({ mapping: CONTRACT_MAPPING.id, round: '2024' });
      const elsewhere = root.round({ mapping: OTHER_MAPPING.id, round: '2019' });
      const laterVersion = await later.version();
      await createActors(first, actor('kommunen'), actor('polisen', 'state'));
      await first.createCollaboration(tie('kommunen-polisen', 'kommunen', 'polisen'));
      expect(await later.getActor('kommunen')).toBeNull();
      expect((await later.listActors({}, { limit: 10 })).items).toEqual([]);
      expect(await later.version()).toBe(laterVersion);
      // The same ids, elsewhere, with other content: neither sees the other's.
      await createActors(elsewhere, actor('kommunen', 'state'), actor('polisen'));
      await elsewhere.createCollaboration(tie('kommunen-polisen', 'kommunen', 'polisen', { status: 'desired' }));
      expect((await first.getActor('kommunen'))?.sector).toBe('municipal');
      expect((await elsewhere.getActor('kommunen'))?.sector).toBe('state');
      expect((await first.getCollaboration('kommunen-polisen'))?.status).toBe('active');
      await first.deleteActor('kommunen', { cascade: true });
      expect(await elsewhere.getCollaboration('kommunen-polisen')).not.toBeNull();
      expect((await elsewhere.snapshot()).actors.map((a) => a.id)).toEqual(['kommunen', 'polisen']);
    });

    it('a closed round refuses every write with a 409 naming it, and takes writes again once reopened', async () => {
      const root = ctx.root();
      await baseline(ctx);
      const ref = CONTRACT_ROUND;
      const closed = await root.patchRound(ref, { closed: true });
      expect(closed.closed).toBe(true);
      const before = await ctx.store().snapshot();
      const s = ctx.store();
      for (const attempt of [
        () => s.createActor(actor('ny')),
        () => s.updateActor('kommunen', (a) => ({ ...a, description: 'Ändrad.' })),
        () => s.deleteCollaboration('kommunen-polisen'),
        () => s.putMember('bra-gruppen', 'foreningen', 'member'),
        () => s.importDataset({ sources: [], actors: [actor('ny')], forums: [], collaborations: [] }),
        () => root.patchRound(ref, { label: 'Ny etikett' }),
        () => root.deleteRound(ref),
      ]) {
        expect((await rejects(attempt(), ConflictError)).message).toContain('trollhattan/2019');
      }
      expect(await s.snapshot()).toEqual(before);
      await root.patchRound(ref, { closed: false });
      await s.createActor(actor('ny'));
      expect(await s.getActor('ny')).not.toBeNull();
    });

    it('a copy holds the whole graph in one go, records its origin, and then lives its own life', async () => {
      const root = ctx.root();
      await baseline(ctx);
      const copy = await root.createRound(CONTRACT_MAPPING.id, round('2024', { copyFrom: '2019' }));
      expect(copy).toMatchObject({ basedOn: '2019', kind: 'observed' });
      const ref = { mapping: CONTRACT_MAPPING.id, round: '2024' };
      const original = await ctx.store().snapshot();
      const copied = await root.round(ref).snapshot();
      expect({ ...copied, version: 0 }).toEqual({ ...original, version: 0 });
      await root.round(ref).updateCollaboration('kommunen-foreningen', (c) => ({ ...c, status: 'active' }));
      await root.round(ref).deleteActor('bolaget', { cascade: true });
      expect(await ctx.store().snapshot()).toEqual(original);
      expect((await statuses(ctx, ref))['kommunen-foreningen']).toBe('active');
    });

    it('a scenario copy with realise "declared" makes desired and needs-development ties active, and says it is a scenario', async () => {
      const root = ctx.root();
      await baseline(ctx);
      const scenario = await root.createRound(
        CONTRACT_MAPPING.id,
        round('om-allt-lyckas', { kind: 'scenario', copyFrom: '2019', realise: 'declared' }),
      );
      expect(scenario).toMatchObject({ kind: 'scenario', realised: 'declared', basedOn: '2019' });
      expect((await root.listRounds(CONTRACT_MAPPING.id)).find((r) => r.id === 'om-allt-lyckas')?.kind).toBe('scenario');
      expect(await statuses(ctx, { mapping: CONTRACT_MAPPING.id, round: 'om-allt-lyckas' })).toEqual({
        'kommunen-polisen': 'active',
        'kommunen-foreningen': 'active',
        'polisen-foreningen': 'active',
        'kommunen-bolaget': 'ended',
      });
      expect(await statuses(ctx, CONTRACT_ROUND)).toMatchObject({
        'kommunen-foreningen': 'desired',
        'polisen-foreningen': 'needs_development',
      });
    });

    it('deleting a round removes everything in it and nothing elsewhere; a new round of the same id starts empty at a new version', async () => {
      const root = ctx.root();
      await baseline(ctx);
      await root.createRound(CONTRACT_MAPPING.id, round('2024', { copyFrom: '2019' }));
      const ref = { mapping: CONTRACT_MAPPING.id, round: '2024' };
      const oldVersion = await root.round(ref).version();
      const kept = await ctx.store().snapshot();
      await root.deleteRound(ref);
      expect(await ctx.store().snapshot()).toEqual(kept);
      await root.createRound(CONTRACT_MAPPING.id, round('2024'));
      const fresh = await root.round(ref).snapshot();
      expect(fresh.actors).toEqual([]);
      expect(fresh.version).not.toBe(oldVersion);
      await rejects(root.deleteRound({ mapping: CONTRACT_MAPPING.id, round: '1999' }), NotFoundError);
    });

    it('concurrent writers in two rounds: every write lands in its own round', async () => {
      const root = ctx.root();
      await root.createRound(CONTRACT_MAPPING.id, round('2024'));
      const rounds = [ctx.store(), root.round({ mapping: CONTRACT_MAPPING.id, round: '2024' })];
      const ids = Array.from({ length: 20 }, (_, i) => `aktor-${i}`);
      await Promise.all(rounds.flatMap((s, r) => ids.map((id) => s.createActor(actor(id, r === 0 ? 'municipal' : 'state')))));
      for (const [r, s] of rounds.entries()) {
        const { actors } = await s.snapshot();
        expect(actors.map((a) => a.id).sort()).toEqual([...ids].sort());
        expect(new Set(actors.map((a) => a.sector))).toEqual(new Set([r === 0 ? 'municipal' : 'state']));
      }
    });
  });
}
