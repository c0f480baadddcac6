/** Swedish alphabetical order (… X, Y, Z, Å, Ä, Ö), which byte order gets wrong for Å and Ä. */
export const swedishOrder = new Intl.Collator('sv').compare;
