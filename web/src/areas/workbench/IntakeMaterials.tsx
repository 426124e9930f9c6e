import { Alert, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Material, PublishedItem } from '../../api/catalogTypes';
import type { StoredFile } from '../../api/files';
import type { MaterialChoice } from '../../api/tasks';
import { NecessityTag } from '../../catalog/MaterialsList';
import { MultiFileUpload } from './MultiFileUpload';

export type IntakeMode = 'upload' | 'waived' | 'pledge';

/** What the window chose for one material. */
export interface IntakeChoice {
  mode: IntakeMode;
  files?: StoredFile[];
  note?: string;
  pledgeDueDate?: string;
}

export interface IntakeMaterialsValues {
  materials?: Record<string, IntakeChoice | undefined>;
  commitment?: boolean;
}

function ChoiceInput({
  material,
  mayPledge,
  value = { mode: 'upload' },
  onChange,
  id,
}: {
  material: Material;
  mayPledge: boolean;
  value?: IntakeChoice;
  onChange?: (value: IntakeChoice) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<IntakeChoice>) => onChange?.({ ...value, ...patch });
  return (
    <div className="tb-intake-choice">
      <Radio.Group
        id={id}
        value={value.mode}
        onChange={(e) => set({ mode: e.target.value as IntakeMode })}
        optionType="button"
        aria-label={t('tasks.intakeHow', { name: material.name })}
        options={[
          { value: 'upload', label: t('tasks.intakeUpload') },
          { value: 'waived', label: t('tasks.intakeWaive') },
          ...(mayPledge ? [{ value: 'pledge', label: t('tasks.intakePledge') }] : []),
        ]}
      />
      {value.mode === 'upload' ? (
        <MultiFileUpload
          label={material.name}
          value={value.files ?? []}
          onChange={(files) => set({ files })}
        />
      ) : value.mode === 'waived' ? (
        <Input
          value={value.note}
          onChange={(e) => set({ note: e.target.value })}
          maxLength={300}
          placeholder={t('tasks.intakeWaiveReason')}
          aria-label={t('tasks.intakeWaiveReasonFor', { name: material.name })}
        />
      ) : (
        <DatePicker
          value={value.pledgeDueDate ? dayjs(value.pledgeDueDate) : null}
          onChange={(d: Dayjs | null) => set({ pledgeDueDate: d ? d.format('YYYY-MM-DD') : undefined })}
          disabledDate={(d) => !d.isAfter(dayjs(), 'day')}
          placeholder={t('tasks.intakePledgeDate')}
          aria-label={t('tasks.intakePledgeDateFor', { name: material.name })}
          className="tb-full-width"
        />
      )}
    </div>
  );
}

/** 材料: per material, scanned/uploaded files, waived with a reason (免提交), or pledged (容缺) when allowed. */
export function IntakeMaterials({ item, commitment }: { item: PublishedItem; commitment: boolean }) {
  const { t } = useTranslation();
  const content = item.content;
  const committedKeys = commitment && content.commitment ? content.commitment.materialKeys : [];
  const gapKeys = content.gapAcceptance?.materialKeys ?? [];
  return (
    <>
      {content.commitment ? (
        <div className="tb-commitment">
          <Alert
            type="info"
            showIcon
            message={t('tasks.commitmentOffered')}
            description={<div className="tb-pre-wrap">{content.commitment.text}</div>}
          />
          <Form.Item name="commitment" valuePropName="checked">
            <Checkbox>{t('tasks.commitmentCheck')}</Checkbox>
          </Form.Item>
        </div>
      ) : null}
      <ol className="tb-wb-materials">
        {content.materials.map((material, index) => {
          const covered = committedKeys.includes(material.key);
          return (
            <li key={material.key} className="tb-wb-material">
              <div className="tb-wb-material-head">
                <span className="tb-material-index" aria-hidden>
                  {index + 1}
                </span>
                <span className="tb-wb-material-name">{material.name}</span>
                <NecessityTag necessity={material.necessity} />
              </div>
              {material.condition ? <div className="tb-note">{material.condition}</div> : null}
              {covered ? (
                <p className="tb-note">{t('tasks.intakeCovered')}</p>
              ) : (
                <Form.Item
                  name={['materials', material.key]}
                  label={<span className="tb-visually-hidden">{material.name}</span>}
                  colon={false}
                  className="tb-intake-material-item"
                  rules={[
                    {
                      validator: (_r, choice: IntakeChoice | undefined) => {
                        const mode = choice?.mode ?? 'upload';
                        if (mode === 'waived' && !choice?.note?.trim())
                          return Promise.reject(new Error(t('tasks.intakeWaiveReasonRequired')));
                        if (mode === 'pledge' && !choice?.pledgeDueDate)
                          return Promise.reject(new Error(t('tasks.intakePledgeDateRequired')));
                        if (mode === 'upload' && material.necessity === 'required' && !choice?.files?.length)
                          return Promise.reject(new Error(t('tasks.intakeFileRequired')));
                        return Promise.resolve();
                      },
                    },
                  ]}
                >
                  <ChoiceInput material={material} mayPledge={gapKeys.includes(material.key)} />
                </Form.Item>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The materials part of the request: what was chosen, leaving out what the commitment covers. */
export function materialChoicesOf(item: PublishedItem, values: IntakeMaterialsValues): MaterialChoice[] {
  const content = item.content;
  const committed = values.commitment && content.commitment ? content.commitment.materialKeys : [];
  const out: MaterialChoice[] = [];
  for (const material of content.materials) {
    if (committed.includes(material.key)) continue;
    const choice = values.materials?.[material.key];
    const mode = choice?.mode ?? 'upload';
    if (mode === 'upload' && choice?.files?.length)
      out.push({ key: material.key, source: 'upload', fileIds: choice.files.map((f) => f.id) });
    else if (mode === 'waived' && choice?.note?.trim())
      out.push({ key: material.key, source: 'waived', note: choice.note.trim() });
    else if (mode === 'pledge' && choice?.pledgeDueDate)
      out.push({ key: material.key, source: 'pledge', pledgeDueDate: choice.pledgeDueDate });
  }
  return out;
}
