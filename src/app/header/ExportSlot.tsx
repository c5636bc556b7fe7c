/**
 * Where the export menu (src/app/export, issue 5) mounts. Found with a glob so the app builds
 * before that file exists, and loaded lazily so the exporters stay out of the initial bundle.
 */
import { lazy, Suspense, type ComponentType } from 'react';

const found = import.meta.glob<{ ExportMenu: ComponentType }>('../export/ExportMenu.tsx');
const load = Object.values(found)[0];
const ExportMenu = load
  ? lazy(() => load().then((module) => ({ default: module.ExportMenu })))
  : null;

export function ExportSlot() {
  if (!ExportMenu) return null;
  return (
    <Suspense fallback={null}>
      <ExportMenu />
    </Suspense>
  );
}
