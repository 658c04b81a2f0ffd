import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves on http://localhost:5173 with hot reload and forwards the API to the local gateway, which routes
// by path prefix (so a service run with `./stack dev SERVICE` is reached too). The port is fixed (strictPort): the
// local Keycloak realm lets partner-ui sign in from :8080 (the gateway) and :5173 only.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: { '/v1': 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', sourcemap: true },
});
