/// <reference types="vite/client" />

// Build-time settings of the sign-in (src/auth.ts); unset or empty means the local Keycloak's defaults.
interface ImportMetaEnv {
  readonly VITE_OIDC_AUTHORITY?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_OIDC_SCOPE?: string;
  readonly VITE_OIDC_TENANT_CLAIM?: string;
  readonly VITE_OIDC_TENANT_NAME_CLAIM?: string;
  readonly VITE_OIDC_ROLES_CLAIM?: string;
}
