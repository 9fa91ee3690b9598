/** Limits of SPEC §2 that both the rules and their messages name. Pure. */
export const NAME_MAX_LENGTH = 64
export const MAX_DOMAINS = 50
