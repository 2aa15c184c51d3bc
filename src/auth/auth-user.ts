/** The signed-in caller, as the guard loaded it for this request. */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  isAdmin: boolean;
}
