// A statement takes the date of its saying, not of the events it names.
import { statementDate } from '../../src/dates/statement-date.js';

test.each([
  ['The Group of Seven ministers voiced strong condemnation of the April 22 terrorist attack in Pahalgam.', '2025-05-10', undefined],
  ['On Saturday the ministers condemned the April 22 attack.', '2025-05-10', '2025-05-10'],
  ['He noted that France had strongly condemned the April 22 attack.', '2025-05-07', undefined],
  ['He called on both to comply, as resolution 2773, adopted in February, requires.', '2025-06-28', undefined],
  ['She recalled the trilateral ceasefire statement of November 9, 2020.', '2025-08-10', undefined],
  ['On Wednesday, both Russia and Japan expressed concern.', '2025-05-07', '2025-05-07'],
  ['Late last month Ishaq Dar telephoned Wang Yi.', '2025-05-07', '2025-04-07'],
])('%s (published %s) → %s', (sentence, published, expected) => {
  expect(statementDate(sentence, published)).toBe(expected);
});
