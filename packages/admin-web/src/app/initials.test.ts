import { initials } from './initials';

describe('initials', () => {
  it('takes the first and last name', () => {
    expect(initials('Elena Marsh')).toBe('EM');
    expect(initials('Mary Ann  de la Cruz')).toBe('MC');
  });

  it('copes with one name, none, and letters outside ASCII', () => {
    expect(initials('Prince')).toBe('P');
    expect(initials('   ')).toBe('');
    expect(initials('Łukasz Ørsted')).toBe('ŁØ');
    expect(initials('josé "Pepe" Núñez')).toBe('JN');
  });

  it('skips punctuation and suffixes without letters', () => {
    expect(initials('(Dr) Ada Byron, 3')).toBe('DB');
  });
});
