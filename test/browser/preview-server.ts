import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/lib/preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const preview = await startPreview();
  project.provide('baseUrl', preview.url);
  return () => preview.stop();
}
