import { Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences/PreferencesProvider';

/** 长辈模式: the switch in the top bar of every page. The whole label is the tap target. */
export function SeniorModeSwitch() {
  const { t } = useTranslation();
  const { seniorMode, setSeniorMode } = usePreferences();
  return (
    <label className="tb-senior-switch">
      <span className="tb-senior-switch-text">{t('shell.seniorMode')}</span>
      <Switch checked={seniorMode} onChange={setSeniorMode} />
    </label>
  );
}
