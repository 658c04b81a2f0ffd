import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves on :5173 and forwards the API to the local gateway, which routes by path prefix.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', sourcemap: true },
});
