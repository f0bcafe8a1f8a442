/** Where `/` leads: the roster is the first thing a practice admin works with. */
export const homePath = '/staff';

/** The one page open to anonymous visitors. */
export const signInPath = '/sign-in';
