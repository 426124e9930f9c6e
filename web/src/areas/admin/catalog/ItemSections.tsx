import type { ReactNode } from 'react';
import { Card, Col, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogApi } from '../../../api/catalog';
import {
  CROSS_REGION_SCOPES,
  EXERCISE_LEVEL_LIST,
  HANDLING_FORMS,
  HANDLING_KINDS,
  HANDLING_TYPES,
  ITEM_TYPE_LIST,
  ONLINE_DEPTHS,
  RESULT_TYPES,
  SERVICE_OBJECTS,
} from '../../../catalog/codes';
import { useCatalogLabels } from '../../../catalog/labels';
import { FileIdInput } from '../../../components/FileIdInput';
import { IssueItem } from './issues';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      className="tb-card tb-editor-section"
      title={
        <h2 className="tb-card-heading" id={id}>
          {title}
        </h2>
      }
    >
      <section aria-labelledby={id}>{children}</section>
    </Card>
  );
}

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

function Flag({ name, label }: { name: string; label: string }) {
  return (
    <Col {...third}>
      <IssueItem name={name} label={label} valuePropName="checked" className="tb-switch-item">
        <Switch />
      </IssueItem>
    </Col>
  );
}

/** 基本信息 tab: the basic elements, deadlines, handling, result, topics, location and contact. */
export function BasicSections() {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const topics = useQuery({
    queryKey: ['catalog', 'topics'],
    queryFn: catalogApi.topics,
    staleTime: 300_000,
  });
  const topicOptions = (audience: 'person' | 'enterprise') =>
    (topics.data?.items ?? [])
      .filter((topic) => topic.audience === audience)
      .map((topic) => ({ value: topic.code, label: labels.topicName(topic) }));

  return (
    <div className="tb-stack">
      <Section id="sec-basic" title={t('itemEditor.secBasic')}>
        <Row gutter={16}>
          <Col xs={24}>
            <IssueItem name="name" label={t('guide.name')} rules={[{ required: true, min: 2, max: 200 }]}>
              <Input maxLength={200} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem
              name="baseCode"
              label={t('guide.baseCode')}
              extra={t('itemEditor.baseCodeHelp')}
              normalize={(v: string) => v?.toUpperCase()}
              rules={[{ pattern: /^[0-9A-Z]{12}$/, message: t('itemEditor.baseCodePattern') }]}
            >
              <Input maxLength={12} className="tb-mono-input" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="itemType" label={t('catalog.itemType')}>
              <Select options={ITEM_TYPE_LIST.map((v) => ({ value: v, label: labels.itemType(v) }))} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="exerciseLevel" label={t('guide.exerciseLevel')}>
              <Select
                options={EXERCISE_LEVEL_LIST.map((v) => ({ value: v, label: labels.exerciseLevel(v) }))}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem
              name="handlingKind"
              label={t('guide.handlingKind')}
              extra={t('itemEditor.handlingKindHelp')}
            >
              <Select
                allowClear
                options={HANDLING_KINDS.map((v) => ({ value: v, label: labels.handlingKind(v) }))}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="competentDepartment" label={t('guide.competentDepartment')}>
              <Input maxLength={100} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="serviceObjects" label={t('guide.serviceObjects')}>
              <Select
                mode="multiple"
                options={SERVICE_OBJECTS.map((v) => ({ value: v, label: labels.serviceObject(v) }))}
              />
            </IssueItem>
          </Col>
          <Col xs={24}>
            <IssueItem name="aliases" label={t('guide.aliases')} extra={t('itemEditor.aliasesHelp')}>
              <Select
                mode="tags"
                notFoundContent={null}
                tokenSeparators={[',', '，', '、']}
                suffixIcon={null}
              />
            </IssueItem>
          </Col>
          <Col xs={24}>
            <IssueItem name="acceptanceConditions" label={t('guide.acceptanceConditions')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
            </IssueItem>
          </Col>
          <Col xs={24}>
            <IssueItem name="legalBasis" label={t('guide.legalBasis')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
            </IssueItem>
          </Col>
        </Row>
      </Section>

      <Section id="sec-deadlines" title={t('itemEditor.secDeadlines')}>
        <Row gutter={16}>
          <Col {...half}>
            <IssueItem name="handlingType" label={t('guide.handlingType')}>
              <Select options={HANDLING_TYPES.map((v) => ({ value: v, label: labels.handlingType(v) }))} />
            </IssueItem>
          </Col>
          <Col {...half} />
          <Col {...half}>
            <IssueItem
              name="statutoryDays"
              label={t('guide.statutoryDays')}
              extra={t('itemEditor.statutoryHelp')}
            >
              <InputNumber
                min={0}
                max={3650}
                precision={0}
                className="tb-full-width"
                suffix={t('itemEditor.days')}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="promisedDays" label={t('guide.promisedDays')} rules={[{ required: true }]}>
              <InputNumber
                min={0}
                max={3650}
                precision={0}
                className="tb-full-width"
                suffix={t('itemEditor.days')}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="statutoryNote" label={t('itemEditor.statutoryNote')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="promisedNote" label={t('itemEditor.promisedNote')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
            </IssueItem>
          </Col>
        </Row>
      </Section>

      <Section id="sec-handling" title={t('itemEditor.secHandling')}>
        <Row gutter={16}>
          <Col {...half}>
            <IssueItem name="handlingForms" label={t('guide.handlingForms')}>
              <Select
                mode="multiple"
                options={HANDLING_FORMS.map((v) => ({ value: v, label: labels.handlingForm(v) }))}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="onlineDepth" label={t('catalog.onlineDepth')}>
              <Select
                options={ONLINE_DEPTHS.map((d) => ({ value: d, label: labels.onlineDepthWithCode(d) }))}
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem
              name="requiredVisits"
              label={t('guide.requiredVisits')}
              extra={t('itemEditor.visitsHelp')}
            >
              <InputNumber min={0} max={10} precision={0} className="tb-full-width" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="crossRegionScope" label={t('guide.crossRegionScope')}>
              <Select
                options={CROSS_REGION_SCOPES.map((v) => ({ value: v, label: labels.crossRegionScope(v) }))}
              />
            </IssueItem>
          </Col>
          <Col xs={24}>
            <IssueItem name="visitReason" label={t('guide.visitReason')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
            </IssueItem>
          </Col>
          <Flag name="appointment" label={t('guide.appointment')} />
          <Flag name="expressDelivery" label={t('guide.expressDelivery')} />
          <Flag name="onlinePayment" label={t('guide.onlinePayment')} />
          <Flag name="selfServiceTerminal" label={t('guide.selfServiceTerminal')} />
          <Flag name="inHall" label={t('guide.inHall')} />
        </Row>
      </Section>

      <Section id="sec-result" title={t('itemEditor.secResult')}>
        <Row gutter={16}>
          <Col {...half}>
            <IssueItem
              name={['result', 'name']}
              label={t('itemEditor.resultName')}
              extra={t('itemEditor.resultNameHelp')}
            >
              <Input maxLength={200} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['result', 'type']} label={t('guide.resultType')}>
              <Select options={RESULT_TYPES.map((v) => ({ value: v, label: labels.resultType(v) }))} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem
              name={['result', 'licenceType']}
              label={t('itemEditor.resultLicenceType')}
              extra={t('itemEditor.licenceTypeHelp')}
            >
              <Input maxLength={64} className="tb-mono-input" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['result', 'sampleFileId']} label={t('itemEditor.sampleFileId')}>
              <FileIdInput />
            </IssueItem>
          </Col>
        </Row>
      </Section>

      <Section id="sec-topics" title={t('itemEditor.secTopics')}>
        <Row gutter={16}>
          <Col {...half}>
            <IssueItem name={['topics', 'person']} label={t('guide.topicsPerson')}>
              <Select
                mode="multiple"
                loading={topics.isPending}
                options={topicOptions('person')}
                optionFilterProp="label"
              />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['topics', 'enterprise']} label={t('guide.topicsEnterprise')}>
              <Select
                mode="multiple"
                loading={topics.isPending}
                options={topicOptions('enterprise')}
                optionFilterProp="label"
              />
            </IssueItem>
          </Col>
        </Row>
      </Section>

      <Section id="sec-location" title={t('itemEditor.secLocation')}>
        <Row gutter={16}>
          <Col xs={24}>
            <IssueItem name={['location', 'address']} label={t('guide.address')}>
              <Input maxLength={300} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['location', 'hours']} label={t('guide.hours')}>
              <Input maxLength={200} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['location', 'phone']} label={t('guide.phone')}>
              <Input maxLength={60} type="tel" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['location', 'townCode']} label={t('itemEditor.townCode')}>
              <Input maxLength={18} className="tb-mono-input" inputMode="numeric" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name={['location', 'villageCode']} label={t('itemEditor.villageCode')}>
              <Input maxLength={18} className="tb-mono-input" inputMode="numeric" />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="consultation" label={t('guide.consultation')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
            </IssueItem>
          </Col>
          <Col {...half}>
            <IssueItem name="complaint" label={t('guide.complaint')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
            </IssueItem>
          </Col>
        </Row>
      </Section>
    </div>
  );
}
