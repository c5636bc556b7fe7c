import { UndoRedoButtons } from '../curation/EditHistory';
import { useT } from '../i18n';
import { LoadMenu } from '../load/LoadMenu';
import { ExportSlot } from './ExportSlot';
import { LangSwitch } from './LangSwitch';
import { SearchBox } from './SearchBox';

export function AppHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('appTitle')}</span>
        <span className="brand-sub">{t('appSubtitle')}</span>
      </div>
      <SearchBox />
      <div className="header-actions">
        <UndoRedoButtons />
        <LoadMenu />
        <ExportSlot />
        <LangSwitch />
      </div>
    </header>
  );
}
