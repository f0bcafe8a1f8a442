/** Where signing in leads by default: `/` sends each member on to their own home page. */
export const homePath = '/';

/** The one page open to anonymous visitors. */
export const signInPath = '/sign-in';
