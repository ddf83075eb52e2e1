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
}
