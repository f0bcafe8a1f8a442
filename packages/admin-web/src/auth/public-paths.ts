/** The pages open without signing in besides the sign-in page: reached from emailed links. */
export const acceptInvitationPath = '/accept-invitation';
export const forgotPasswordPath = '/forgot-password';
export const resetPasswordPath = '/reset-password';
