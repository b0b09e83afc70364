// Who signed a CCF request (rules/signatory.ts): the fixtures hold whole documents; the name
// comparison is tested here.
import { strict as assert } from 'node:assert';
import { samePerson } from '../../server/src/rules/signatory';

describe('signatory', () => {
  it('takes a name with a title, in other case, accents or initials, for the same person', () => {
    assert.equal(samePerson('Maître Sophie Leroy', 'Sophie Leroy'), true);
    assert.equal(samePerson('J. Smith', 'John Smith'), true);
    assert.equal(samePerson('THOMAS REID, for Reid & Partners', 'Thomas Reid'), true);
    assert.equal(samePerson('Letrada María José Núñez', 'Maria Jose Nunez'), true);
    assert.equal(samePerson('المحامية ليلى منصور', 'ليلى منصور'), true);
    assert.equal(samePerson('Abg. Dra. Lucía Gómez', 'Lucia Gomez'), true);
    assert.equal(samePerson('Mª José Ferrer', 'María José Ferrer'), true);
    assert.equal(samePerson('Fco. Glez. Ruiz', 'Francisco González Ruiz'), true);
    assert.equal(samePerson('John Smith', 'Jane Doe'), false);
    assert.equal(samePerson('Rebecca Thorne', 'Thomas Reid'), false);
  });
});
