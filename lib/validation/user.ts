import { z } from 'zod';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like you@example.com.' }));

// Length in characters (code points), so any Unicode passphrase is measured as typed.
const codePoints = (s: string) => [...s].length;

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .refine((s) => codePoints(s) >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .refine((s) => codePoints(s) <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const nameSchema = z.string({ error: 'Name must be text.' }).trim().max(100, 'Keep the name under 100 characters.');

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema.optional().default(''),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, 'Enter your password.')
    .max(PASSWORD_MAX * 4, 'That password is too long.'),
});

export const targetIndustrySchema = z
  .string({ error: 'Target industry must be text.' })
  .trim()
  .max(100, 'Keep the industry under 100 characters.')
  .nullable();

export const profileSchema = z
  .strictObject({
    name: nameSchema,
    // An emptied field clears the industry.
    targetIndustry: targetIndustrySchema.transform((s) => (s === '' ? null : s)),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one of name or targetIndustry.');
export type ProfileInput = z.input<typeof profileSchema>;

export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z
      .string({ error: 'Enter your current password.' })
      .min(1, 'Enter your current password.')
      .max(PASSWORD_MAX * 4),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

export const accountDeleteSchema = z.strictObject({
  password: z
    .string({ error: 'Enter your password to confirm.' })
    .min(1, 'Enter your password to confirm.')
    .max(PASSWORD_MAX * 4),
});
export type AccountDeleteInput = z.input<typeof accountDeleteSchema>;

/** The signed-in user as the API and pages see them: never the password hash. */
export type UserDto = { id: string; email: string; name: string; targetIndustry: string | null };
