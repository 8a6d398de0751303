// Messages of an import: a file that cannot be read at all, and the problems found by sheet, row
// and column. The explorer's import dialog shows them as they come.
import { FIELDS } from '../../interchange/mapping/fields.ts';
import { VOCABULARIES } from '../../interchange/mapping/values.ts';
import type { Template } from '../catalogue.ts';

/**
 * A vocabulary's name (sector, areas …) as a Swedish message says it: the Swedish header of the
 * field it fills, so a message and the template's column headers use the same word.
 */
export const VOCABULARY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.keys(VOCABULARIES).map((name) => [
    name,
    Object.values(FIELDS)
      .flat()
      .find((field) => field.key === name)
      ?.sv.toLowerCase() ?? name,
  ]),
);

export const IMPORT_MESSAGES: readonly Template[] = [
  ['the file has {count} problem(s); nothing was written', 'filen har {count} problem; inget skrevs'],
  [
    'the import does not take content type "{type}": send one of {types}; application/octet-stream with ?name=<the file\'s name> works for every format',
    'importen tar inte emot innehållstypen ”{type}”: skicka någon av {types}; application/octet-stream med ?name=<filens namn> fungerar för alla format',
  ],
  // Files that cannot be read.
  ['the file is empty (0 bytes)', 'filen är tom (0 byte)'],
  ['the file is {size} MB, more than the {limit} MB allowed', 'filen är {size} MB, mer än de {limit} MB som tillåts'],
  [
    'a zip archive that is neither an XLSX workbook nor a zip of CSV files',
    'ett zip-arkiv som varken är en XLSX-arbetsbok eller en zip med CSV-filer',
  ],
  ['an XML file that is neither GraphML nor GEXF', 'en XML-fil som varken är GraphML eller GEXF'],
  [
    'named .xlsx but not an Excel workbook (an old .xls? save it as .xlsx)',
    'heter .xlsx men är ingen Excel-arbetsbok (en gammal .xls? spara den som .xlsx)',
  ],
  [
    'JSON, but not a format we read: a Samverkan dataset or graph, networkx node-link or Cytoscape.js JSON',
    'JSON, men inte i ett format vi läser: en datamängd eller graf från Samverkan, networkx node-link eller Cytoscape.js JSON',
  ],
  ['broken XML: {reason}', 'trasig XML: {reason}'],
  ['not readable as a graph: {reason}', 'går inte att läsa som en graf: {reason}'],
  ['not readable as GraphML: {reason}', 'går inte att läsa som GraphML: {reason}'],
  ['not readable as GEXF: {reason}', 'går inte att läsa som GEXF: {reason}'],
  ['reading the file took more than {seconds} s; import it in parts', 'det tog mer än {seconds} s att läsa filen; importera den i delar'],
  ['not valid JSON: {reason}', 'inte giltig JSON: {reason}'],
  ['not readable as CSV near row {row}: {reason}', 'går inte att läsa som CSV nära rad {row}: {reason}'],
  ['the file has no header row', 'filen har ingen rubrikrad'],
  [
    'the file is not UTF-8 text; save it as "CSV UTF-8" and try again',
    'filen är inte UTF-8-text; spara den som "CSV UTF-8" och försök igen',
  ],
  ['the file could not be read as an XLSX workbook', 'filen gick inte att läsa som en XLSX-arbetsbok'],
  ['the file is not a readable zip archive (XLSX files are zip archives)', 'filen är inget läsbart zip-arkiv (XLSX-filer är zip-arkiv)'],
  [
    'refused as a zip bomb: it would inflate to {size} MB, more than {limit} MB',
    'avvisad som zip-bomb: den skulle packas upp till {size} MB, mer än {limit} MB',
  ],
  [
    'refused as a zip bomb: {entry} would inflate {ratio} times its packed size',
    'avvisad som zip-bomb: {entry} skulle packas upp till {ratio} gånger sin packade storlek',
  ],
  ['a cell longer than {max} characters', 'en cell längre än {max} tecken'],
  ['more than {max} cells in the file', 'mer än {max} celler i filen'],
  ['more than {max} columns', 'mer än {max} kolumner'],
  ['more than {max} rows', 'mer än {max} rader'],
  // Cells.
  [
    'the cell holds a formula; formulas are not evaluated — paste the values instead',
    'cellen innehåller en formel; formler beräknas inte — klistra in värdena i stället',
  ],
  [
    'the cell holds a value that is not text, a number, a date or true/false',
    'cellen innehåller ett värde som inte är text, ett tal, ett datum eller sant/falskt',
  ],
  ['the cell holds the error {error}', 'cellen innehåller felet {error}'],
  ['required, but empty', 'krävs, men är tom'],
  ['"{text}" is not true or false (ja/nej)', '”{text}” är inte ja eller nej (true/false)'],
  ['"{text}" is not {meaning}', '”{text}” är inte {meaning}'],
  ['a year', 'ett årtal'],
  ['a strength of 1, 2 or 3 (weak to strong)', 'en styrka 1, 2 eller 3 (svag till stark)'],
  ['not valid JSON', 'inte giltig JSON'],
  ['must be a JSON list of evidence', 'måste vara en JSON-lista med belägg'],
  ['evidence needs a source, a locator and a note', 'ett belägg kräver en källa, ett ställe i källan och en anteckning'],
  [
    'unknown {vocabulary} "{text}": use one of {english} ({swedish}), or map the value',
    'okänt värde ”{text}” för {vocabulary}: använd något av {swedish} ({english}), eller mappa värdet',
  ],
  [
    'unknown {vocabulary} "{text}": use {english} ({swedish}), separated by "|", or map the value',
    'okänt värde ”{text}” för {vocabulary}: använd {swedish} ({english}), åtskilda med "|", eller mappa värdet',
  ],
  [
    'unknown type "{text}": a direction (Directed/Undirected), a status or a form of collaboration',
    'okänd typ ”{text}”: en riktning (Directed/Undirected), en status eller en samverkansform',
  ],
  // Sheets and records.
  [
    'cannot tell what this sheet holds: name it actors, ties, forums, memberships, evidence or sources (aktörer, samarbeten …), or give it Name or Source/Target columns{hint}',
    'det går inte att avgöra vad bladet innehåller: döp det till aktörer, samarbeten, forum, medlemskap, belägg eller källor (actors, ties …), eller ge det kolumnerna Namn eller Source/Target{hint}',
  ],
  ['missing required column "{header}" ({swedish}){hint}', 'den obligatoriska kolumnen ”{swedish}” ({header}) saknas{hint}'],
  [
    ' — the header is one column "{header}": is the file separated by "{delimiter}"? Use ";" or ","',
    ' — rubrikraden är en enda kolumn ”{header}”: är filen avgränsad med ”{delimiter}”? Använd ";" eller ","',
  ],
  ['duplicate tie id "{id}"', 'samverkans-id:t ”{id}” förekommer två gånger'],
  ['duplicate actor id "{id}" (first on row {row})', 'aktörs-id:t ”{id}” förekommer två gånger (först på rad {row})'],
  ['duplicate forum id "{id}" (first on row {row})', 'forum-id:t ”{id}” förekommer två gånger (först på rad {row})'],
  ['duplicate source id "{id}" (first on row {row})', 'käll-id:t ”{id}” förekommer två gånger (först på rad {row})'],
  ['duplicate {what} id "{id}" (first on row {row})', '{what}-id:t ”{id}” förekommer två gånger (först på rad {row})'],
  ['a tie needs two different actors', 'en samverkan kräver två olika aktörer'],
  ['no actor "{id}" in the file: a tie needs both of its actors', 'ingen aktör ”{id}” i filen: en samverkan kräver båda sina aktörer'],
  ['no actor "{id}" in the file', 'ingen aktör ”{id}” i filen'],
  ['no forum "{id}" in the file', 'inget forum ”{id}” i filen'],
  ['no source "{id}" in the file', 'ingen källa ”{id}” i filen'],
  ['no {kind} "{id}" in the file', 'ingen {kind} ”{id}” i filen'],
  ['more than {max} {table} in one file: import it in parts', 'mer än {max} {table} i en fil: importera den i delar'],
];
