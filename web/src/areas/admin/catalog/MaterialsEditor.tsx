import { useState } from 'react';
import {
  Badge,
  Button,
  Col,
  Divider,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../api/catalogTypes';
import {
  MATERIAL_FORMS,
  MATERIAL_NECESSITIES,
  MATERIAL_TYPES,
  SOURCE_CHANNELS,
} from '../../../catalog/codes';
import { useCatalogLabels } from '../../../catalog/labels';
import { FreeMarks, NecessityTag } from '../../../catalog/MaterialsList';
import { EmptyState } from '../../../components/EmptyState';
import { FileIdInput } from '../../../components/FileIdInput';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { IssueItem, useIssues } from './issues';
import { blankMaterial } from './itemContent';

interface Props {
  /** Index of the material whose drawer is open (controlled, so an issue link can open it). */
  open: number | null;
  onOpen: (index: number | null) => void;
}

/** 申请材料: a table of the materials; each opens in a drawer with every material field. */
export function MaterialsEditor({ open, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const form = Form.useFormInstance();
  const materials = (Form.useWatch('materials', form) as Material[] | undefined) ?? [];
  const { under } = useIssues();
  const screens = Grid.useBreakpoint();
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);

  const label = (i: number) => materials[i]?.name || t('itemEditor.materialN', { n: i + 1 });
  const half = { xs: 24, md: 12 };

  return (
    <Form.List name="materials">
      {(entries, { add, remove, move }) => {
        const current = open !== null ? entries[open] : undefined;
        return (
          <div className="tb-list-editor">
            {entries.length === 0 ? (
              <EmptyState text={t('itemEditor.noMaterials')} />
            ) : (
              <ScrollRegion label={t('materials.title')}>
                <Table
                  className="tb-editor-table"
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={entries}
                  columns={[
                    { title: '#', key: 'index', width: 44, render: (_v, _e, i) => i + 1 },
                    {
                      title: t('materials.name'),
                      key: 'name',
                      render: (_v, _e, i) => {
                        const m = materials[i];
                        const issues = under(`materials.${i}`).length;
                        return (
                          <div className="tb-material-name">
                            <Badge
                              count={issues}
                              size="small"
                              offset={[8, 0]}
                              title={t('itemEditor.issueCount', { count: issues })}
                            >
                              <strong>{m?.name || t('itemEditor.unnamed')}</strong>
                            </Badge>
                            <div className="tb-note tb-mono">{m?.key}</div>
                            {m ? <FreeMarks material={m} /> : null}
                          </div>
                        );
                      },
                    },
                    {
                      title: t('materials.necessity'),
                      key: 'necessity',
                      render: (_v, _e, i) =>
                        materials[i] ? <NecessityTag necessity={materials[i].necessity} /> : null,
                    },
                    {
                      title: t('materials.form'),
                      key: 'form',
                      render: (_v, _e, i) => labels.materialForm(materials[i]?.form),
                    },
                    {
                      title: t('materials.copies'),
                      key: 'copies',
                      render: (_v, _e, i) => materials[i]?.copies,
                    },
                    {
                      title: <span className="tb-visually-hidden">{t('common.actions')}</span>,
                      key: 'actions',
                      render: (_v, entry, i) => (
                        <Space size={0} wrap>
                          <Button
                            type="link"
                            icon={<EditOutlined aria-hidden />}
                            onClick={() => onOpen(i)}
                            aria-label={t('editor.edit', { name: label(i) })}
                          >
                            {t('common.edit')}
                          </Button>
                          <Button
                            type="text"
                            className="tb-icon-button"
                            icon={<ArrowUpOutlined aria-hidden />}
                            aria-label={t('editor.moveUp', { name: label(i) })}
                            disabled={i === 0}
                            onClick={() => move(i, i - 1)}
                          />
                          <Button
                            type="text"
                            className="tb-icon-button"
                            icon={<ArrowDownOutlined aria-hidden />}
                            aria-label={t('editor.moveDown', { name: label(i) })}
                            disabled={i === entries.length - 1}
                            onClick={() => move(i, i + 1)}
                          />
                          {confirmDelete === i ? (
                            <Button
                              danger
                              onClick={() => {
                                remove(entry.name);
                                setConfirmDelete(null);
                              }}
                            >
                              {t('editor.confirmRemove')}
                            </Button>
                          ) : (
                            <Button
                              type="text"
                              danger
                              className="tb-icon-button"
                              icon={<DeleteOutlined aria-hidden />}
                              aria-label={t('editor.remove', { name: label(i) })}
                              onClick={() => setConfirmDelete(i)}
                            />
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              </ScrollRegion>
            )}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={entries.length >= 100}
              onClick={() => {
                add(blankMaterial(entries.length));
                onOpen(entries.length);
              }}
            >
              {t('itemEditor.addMaterial')}
            </Button>

            <Drawer
              open={current !== undefined}
              onClose={() => onOpen(null)}
              width={screens.md ? 720 : '100%'}
              title={open !== null ? t('itemEditor.editMaterial', { name: label(open) }) : ''}
              className="tb-drawer"
              extra={
                <Button type="primary" onClick={() => onOpen(null)}>
                  {t('common.done')}
                </Button>
              }
            >
              {current && open !== null ? (
                <Row gutter={16}>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'key']}
                      issuePath={['materials', open, 'key']}
                      label={t('itemEditor.materialKey')}
                      extra={t('itemEditor.materialKeyHelp')}
                      rules={[
                        {
                          required: true,
                          pattern: /^[A-Za-z0-9_-]{1,32}$/,
                          message: t('itemEditor.materialKeyPattern'),
                        },
                      ]}
                    >
                      <Input maxLength={32} className="tb-mono-input" />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'necessity']}
                      issuePath={['materials', open, 'necessity']}
                      label={t('materials.necessity')}
                    >
                      <Select
                        options={MATERIAL_NECESSITIES.map((v) => ({ value: v, label: labels.necessity(v) }))}
                      />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'name']}
                      issuePath={['materials', open, 'name']}
                      label={t('materials.name')}
                      rules={[{ required: true, message: t('itemEditor.materialNameRequired') }]}
                    >
                      <Input maxLength={200} />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'condition']}
                      issuePath={['materials', open, 'condition']}
                      label={t('materials.condition')}
                      extra={t('itemEditor.conditionHelp')}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'materialType']}
                      issuePath={['materials', open, 'materialType']}
                      label={t('materials.type')}
                    >
                      <Select
                        options={MATERIAL_TYPES.map((v) => ({ value: v, label: labels.materialType(v) }))}
                      />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'form']}
                      issuePath={['materials', open, 'form']}
                      label={t('materials.form')}
                    >
                      <Select
                        options={MATERIAL_FORMS.map((v) => ({ value: v, label: labels.materialForm(v) }))}
                      />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'copies']}
                      issuePath={['materials', open, 'copies']}
                      label={t('materials.copies')}
                    >
                      <InputNumber min={0} max={99} precision={0} className="tb-full-width" />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'sourceChannel']}
                      issuePath={['materials', open, 'sourceChannel']}
                      label={t('materials.source')}
                    >
                      <Select
                        options={SOURCE_CHANNELS.map((v) => ({ value: v, label: labels.sourceChannel(v) }))}
                      />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'sourceNote']}
                      issuePath={['materials', open, 'sourceNote']}
                      label={t('itemEditor.sourceNote')}
                    >
                      <Input maxLength={300} />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'acceptanceStandard']}
                      issuePath={['materials', open, 'acceptanceStandard']}
                      label={t('materials.standard')}
                    >
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'basis']}
                      issuePath={['materials', open, 'basis']}
                      label={t('materials.basis')}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <IssueItem
                      name={[current.name, 'fillingNote']}
                      issuePath={['materials', open, 'fillingNote']}
                      label={t('materials.fillingNote')}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
                    </IssueItem>
                  </Col>
                  <Col xs={24}>
                    <Divider orientation="left" plain>
                      {t('itemEditor.sharing')}
                    </Divider>
                    <p className="tb-note">{t('itemEditor.sharingHelp')}</p>
                  </Col>
                  <Col xs={24} md={8}>
                    <IssueItem
                      name={[current.name, 'concept']}
                      issuePath={['materials', open, 'concept']}
                      label={t('itemEditor.concept')}
                      extra={t('itemEditor.materialConceptHelp')}
                      rules={[
                        { pattern: /^[a-z][a-z0-9_]*$/, message: t('itemEditor.materialConceptPattern') },
                      ]}
                    >
                      <Input maxLength={64} className="tb-mono-input" />
                    </IssueItem>
                  </Col>
                  <Col xs={24} md={8}>
                    <IssueItem
                      name={[current.name, 'licenceType']}
                      issuePath={['materials', open, 'licenceType']}
                      label={t('itemEditor.licenceType')}
                      extra={t('itemEditor.licenceTypeHelp')}
                    >
                      <Input maxLength={64} className="tb-mono-input" />
                    </IssueItem>
                  </Col>
                  <Col xs={24} md={8}>
                    <IssueItem
                      name={[current.name, 'dataResource']}
                      issuePath={['materials', open, 'dataResource']}
                      label={t('itemEditor.dataResource')}
                      extra={t('itemEditor.dataResourceHelp')}
                    >
                      <Input maxLength={64} className="tb-mono-input" />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'blankFormFileId']}
                      issuePath={['materials', open, 'blankFormFileId']}
                      label={t('itemEditor.blankFormFileId')}
                    >
                      <FileIdInput />
                    </IssueItem>
                  </Col>
                  <Col {...half}>
                    <IssueItem
                      name={[current.name, 'sampleFileId']}
                      issuePath={['materials', open, 'sampleFileId']}
                      label={t('itemEditor.sampleFileId')}
                    >
                      <FileIdInput />
                    </IssueItem>
                  </Col>
                </Row>
              ) : null}
            </Drawer>
          </div>
        );
      }}
    </Form.List>
  );
}
