interface ImportMetaEnv {
  readonly VITE_AUTHN_BASE_URL: string;
  readonly VITE_AUTHN_CLIENT_TOKEN: string;
}
