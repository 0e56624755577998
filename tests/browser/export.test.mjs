// The export formats, as plain functions (no browser needed): CSV quoting and formula safety.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { csvField, entitiesCsv, quotesCsv, toJson } from '../../www/export.js';

test('CSV fields are quoted, quotes doubled, formulas defused', () => {
  assert.equal(csvField('Smith, "Jr."'), '"Smith, ""Jr."""');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  for (const start of ['+', '-', '@', '\t', '\r']) assert.equal(csvField(`${start}1`), `"'${start}1"`);
  assert.equal(csvField('Anna de Vries'), '"Anna de Vries"');
  assert.equal(csvField(0.25), '0.25');
  assert.equal(csvField(Number.NaN), '');
  assert.equal(csvField(undefined), '""');
});

test('entities CSV: one row per entity, with its other forms', () => {
  const text = 'Angela Merkel spoke. Merkel left. =cmd|x';
  const analysis = {
    mentions: [
      { start: 0, end: 13, type: 'person', entity: 0 },
      { start: 21, end: 27, type: 'person', entity: 0 },
      { start: 34, end: 40, type: 'organization', entity: 1 },
    ],
    entities: [
      { id: 0, name: 'Angela Merkel', type: 'person', count: 2, salience: 1, firstStart: 0, mentions: [0, 1], sentiment: { score: -0.125, label: 'neutral' } },
      { id: 1, name: '=cmd|x', type: 'organization', count: 1, salience: 0.4, firstStart: 34, mentions: [2], sentiment: { score: 0, label: 'neutral' } },
    ],
  };
  const lines = entitiesCsv(analysis, text).split('\r\n');
  assert.equal(lines[0], 'id,name,type,count,salience,sentiment,sentiment_score,first_start,aliases');
  assert.equal(lines[1], '0,"Angela Merkel","person",2,1,"neutral",-0.125,0,"Merkel"');
  assert.equal(lines[2], '1,"\'=cmd|x","organization",1,0.4,"neutral",0,34,""');
  assert.equal(lines[3], '');
  assert.equal(lines.length, 4);
  assert.deepEqual(JSON.parse(toJson(analysis)), analysis);
});

test('quotes CSV: one row per quotation, speaker and entity, formulas defused', () => {
  const analysis = {
    entities: [{ id: 0, name: 'David Lammy', type: 'person' }],
    quotes: [
      { start: 1, end: 12, text: 'We will go,', direct: true, speaker: { start: 20, end: 22, text: 'he' }, entity: 0, cue: { start: 23, end: 27, text: 'said' } },
      { start: 40, end: 52, text: '=SUM(A1:A9)', direct: false, speaker: null, entity: null, cue: null },
    ],
  };
  const lines = quotesCsv(analysis).split('\r\n');
  assert.equal(lines[0], 'speaker,entity,text,start,end,direct');
  assert.equal(lines[1], '"he","David Lammy","We will go,",1,12,"true"');
  assert.equal(lines[2], '"","","\'=SUM(A1:A9)",40,52,"false"');
  assert.equal(lines.length, 4);
});
