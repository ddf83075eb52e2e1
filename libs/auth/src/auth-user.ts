/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  email: string;
  isPlatformAdmin: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  email: string;
  admin: boolean;
  /** The account's session generation when the token was issued: a token of an older one is refused. */
  gen: number;
}
