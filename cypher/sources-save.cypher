UNWIND $rows AS row
MERGE (s:Source {mappingId: $mappingId, roundId: $roundId, id: row.id})
SET s = row, s.mappingId = $mappingId, s.roundId = $roundId
