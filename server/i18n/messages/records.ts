// Messages about records: what does not exist, what is taken, what a write may not do, what a
// revert cannot undo.
import type { Template } from '../catalogue.ts';

export const RECORD_MESSAGES: readonly Template[] = [
  ["actor '{id}' does not exist", "aktören '{id}' finns inte"],
  ["forum '{id}' does not exist", "forumet '{id}' finns inte"],
  ["collaboration '{id}' does not exist", "samverkan '{id}' finns inte"],
  ["source '{id}' does not exist", "källan '{id}' finns inte"],
  ["mapping '{id}' does not exist", "kartläggningen '{id}' finns inte"],
  ["round '{id}' does not exist", "omgången '{id}' finns inte"],
  ["change '{id}' does not exist", "ändringen '{id}' finns inte"],
  ["membership '{id}' does not exist", "medlemskapet '{id}' finns inte"],
  ["{kind} '{id}' does not exist", "{kind} '{id}' finns inte"],
  ["actor '{id}' already exists", "aktören '{id}' finns redan"],
  ["forum '{id}' already exists", "forumet '{id}' finns redan"],
  ["collaboration '{id}' already exists", "samverkan '{id}' finns redan"],
  ["source '{id}' already exists", "källan '{id}' finns redan"],
  ["mapping '{id}' already exists", "kartläggningen '{id}' finns redan"],
  ["round '{mapping}/{id}' already exists", "omgången '{mapping}/{id}' finns redan"],
  ["{kind} '{id}' already exists", "{kind} '{id}' finns redan"],
  ["'{id}' is taken", "'{id}' är upptaget"],
  ['a record with this id already exists', 'det finns redan en post med detta id'],
  ['a record with that id already exists', 'det finns redan en post med det id:t'],
  ['a reference points at a record that does not exist', 'en hänvisning pekar på en post som inte finns'],
  ['{count} reference(s) point at records that do not exist', '{count} hänvisning(ar) pekar på poster som inte finns'],
  ['the dataset lists an id twice', 'datamängden anger ett id två gånger'],
  ["'{id}' is listed twice", "'{id}' anges två gånger"],
  ['the id cannot change', 'id:t kan inte ändras'],
  ["must stay '{id}'", "måste förbli '{id}'"],
  ['cannot derive an id from this name; give an id', 'det går inte att bilda ett id av namnet; ange ett id'],
  [
    'give an id: the name has no letters or digits to derive one from',
    'ange ett id: namnet har inga bokstäver eller siffror att bilda ett av',
  ],
  // Actors and their units.
  ['an actor cannot be its own unit', 'en aktör kan inte vara sin egen enhet'],
  ['must differ from id', 'måste skilja sig från id'],
  ["actor '{id}' cannot be a unit of itself", "aktören '{id}' kan inte vara en enhet av sig själv"],
  ["'{parent}' is '{id}' or one of its units", "'{parent}' är '{id}' eller en av dess enheter"],
  [
    "actor '{id}' is still referenced; delete with cascade=true to remove its ties too",
    "aktören '{id}' har fortfarande kopplingar; ta bort med cascade=true för att ta bort även dess samverkan",
  ],
  ["{count} collaborations refer to actor '{id}'", "{count} samverkan hänvisar till aktören '{id}'"],
  ["{count} memberships refer to actor '{id}'", "{count} medlemskap hänvisar till aktören '{id}'"],
  ["{count} units refer to actor '{id}'", "{count} enheter hänvisar till aktören '{id}'"],
  ["{count} {what} refer to actor '{id}'", "{count} {what} hänvisar till aktören '{id}'"],
  ['an actor cannot be merged into itself', 'en aktör kan inte slås ihop med sig själv'],
  ['must name another actor', 'måste ange en annan aktör'],
  // Collaborations.
  ['a collaboration needs two different actors', 'en samverkan kräver två olika aktörer'],
  ['a collaboration ties two different actors', 'en samverkan förbinder två olika aktörer'],
  ['must differ from source', 'måste skilja sig från source'],
  ["must differ from source '{id}'", "måste skilja sig från source '{id}'"],
  ['a collaboration cannot end before it starts', 'en samverkan kan inte sluta innan den börjar'],
  ['must not be before since', 'får inte vara före since'],
  [
    "'{a}' and '{b}' already have a collaboration {scope}; allow parallel ties to add another",
    "'{a}' och '{b}' har redan en samverkan {scope}; tillåt parallella band för att lägga till en till",
  ],
  ["collaboration '{id}' already ties these actors {scope}", "samverkan '{id}' förbinder redan dessa aktörer {scope}"],
  ['in {areas}', 'inom {areas}'],
  ['with no area named', 'utan angivet område'],
  // Mappings, rounds and the layout.
  [
    "mapping '{id}' has {count} round(s): delete them first or pass cascade=true",
    "kartläggningen '{id}' har {count} omgång(ar): ta bort dem först eller ange cascade=true",
  ],
  [
    "round '{mapping}/{id}' is closed: reopen it (PATCH closed: false) to change it",
    "omgången '{mapping}/{id}' är stängd: öppna den igen (PATCH closed: false) för att ändra den",
  ],
  ["no actor or forum '{id}' in this round", "ingen aktör eller inget forum '{id}' i den här omgången"],
  ['the round has a layout already', 'omgången har redan en layout'],
  // Reverting a change.
  [
    "change '{id}' cannot be reverted: actor '{actor}' has ties, memberships or units made since",
    "ändringen '{id}' kan inte ångras: aktören '{actor}' har fått samverkan, medlemskap eller enheter sedan dess",
  ],
  [
    "change '{id}' cannot be reverted: {count} record(s) changed since",
    "ändringen '{id}' kan inte ångras: {count} post(er) har ändrats sedan dess",
  ],
  [
    "change '{id}' changed a {what}: such changes cannot be reverted, only made again",
    "ändringen '{id}' ändrade en {what}: sådana ändringar kan inte ångras, bara göras på nytt",
  ],
  ['referred to by records made since this change', 'hänvisas till av poster som skapats efter ändringen'],
  ['created since this change', 'skapad efter ändringen'],
  ['deleted since this change', 'borttagen efter ändringen'],
  ['changed since this change', 'ändrad efter ändringen'],
  ['{what} since this change', '{what} efter ändringen'],
];
