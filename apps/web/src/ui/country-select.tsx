import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, isMemberState } from './countries';

// The conference's own region first, then the other UN member states, in UN usage and the page's language.
const REGION = ['BN', 'KH', 'CN', 'ID', 'JP', 'KR', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];

/**
 * Member states only, unless `nonMembers`: an organiser may name an observer or a territory on purpose,
 * in a group of its own, but nobody is offered one as a country by default.
 */
export function CountrySelect(props: { value: string; onChange: (code: string) => void; nonMembers?: boolean } & Record<string, unknown>) {
  const { t, i18n } = useTranslation();
  const { value, onChange, nonMembers, ...rest } = props;
  const groups = useMemo(() => {
    const members = countryOptions(i18n.language);
    const shown = nonMembers || !value || isMemberState(value) ? [] : [value];
    return {
      region: members.filter(([code]) => REGION.includes(code)),
      others: members.filter(([code]) => !REGION.includes(code)),
      // A place saved before (or by an organiser) stays visible, so the form never changes it silently.
      nonMembers: nonMembers ? countryOptions(i18n.language, { nonMembers: true }) : countryOptions(i18n.language, { nonMembers: true, codes: shown }),
    };
  }, [i18n.language, nonMembers, value]);
  const options = (list: [string, string][]) =>
    list.map(([code, name]) => (
      <option key={code} value={code}>
        {name}
      </option>
    ));
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('countries.choose')}</option>
      <optgroup label="ASEAN+3">{options(groups.region)}</optgroup>
      <optgroup label={t('countries.otherMemberStates')}>{options(groups.others)}</optgroup>
      {groups.nonMembers.length > 0 && <optgroup label={t('countries.nonMembers')}>{options(groups.nonMembers)}</optgroup>}
    </select>
  );
}
