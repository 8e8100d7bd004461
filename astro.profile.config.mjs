// The site built unminified, for reading a CPU profile's function names (bench/profile-scale.ts):
//   npx astro build --config astro.profile.config.mjs
//   npx node bench/profile-scale.ts --root /tmp/contagion-atlas-profile
import base from './astro.config.mjs';

export default { ...base, outDir: '/tmp/contagion-atlas-profile/dist', vite: { ...base.vite, build: { ...base.vite?.build, minify: false } } };
