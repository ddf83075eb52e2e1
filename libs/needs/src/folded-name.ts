/** The combining marks a folded name drops; the api hands the same class to PostgreSQL to fold stored names alike. */
export const COMBINING_MARKS = '[\u0300-\u036f]';

/** Folds a name the way a desk types it: no case, no diacritics, đ as d ("Nguyen" finds "Nguyễn"). */
export const foldName = (text: string) => text.normalize('NFD').replace(new RegExp(COMBINING_MARKS, 'g'), '').replace(/đ/gi, 'd').toLowerCase();
