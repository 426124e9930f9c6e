// Builds the demo catalogue of 浙江省 / 杭州市 / 西湖区 (items, 业务办理项, bundles) from scripts/demo-catalog/,
// validates every item and bundle, and writes data/demo/catalog.xlsx in the import format.
// The content is deterministic (the workbook writer stamps only the file's creation time).
// Run: node --import tsx scripts/build-demo-catalog.ts
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import { BundleContent, ItemContent } from '../server/src/modules/catalog/content.ts';
import { publicationIssues } from '../server/src/modules/catalog/rules.ts';
import {
  writeCatalogWorkbook,
  type CatalogWorkbook,
  type WorkbookItem,
} from '../server/src/modules/catalog/workbook.ts';
import {
  CHILD_SUFFIX,
  DATA_RESOURCES,
  ENTERPRISE_TOPICS,
  HANDLING_KIND_LABEL,
  LICENCE_TYPES,
  MATERIAL_CONCEPTS,
  PERSON_TOPICS,
  type BundleDraft,
  type HandlingDraft,
  type ItemRef,
  type ItemSpec,
  type LevelPrefix,
} from './demo-catalog/common.ts';
import { bundles as bundleDrafts } from './demo-catalog/bundles.ts';
import { civilAffairsItems } from './demo-catalog/civil-affairs.ts';
import { educationItems } from './demo-catalog/education.ts';
import { environmentItems } from './demo-catalog/environment.ts';
import { fireItems } from './demo-catalog/fire.ts';
import { healthItems } from './demo-catalog/health.ts';
import { housingFundItems } from './demo-catalog/housing-fund.ts';
import { housingItems } from './demo-catalog/housing.ts';
import { marketItems } from './demo-catalog/market.ts';
import { medicalSecurityItems } from './demo-catalog/medical-security.ts';
import { planningItems } from './demo-catalog/planning.ts';
import { publicSecurityItems } from './demo-catalog/public-security.ts';
import { realEstateItems } from './demo-catalog/real-estate.ts';
import { serviceItems } from './demo-catalog/service.ts';
import { socialItems } from './demo-catalog/social.ts';
import { taxItems } from './demo-catalog/tax.ts';
import { tobaccoItems } from './demo-catalog/tobacco.ts';
import { transportItems } from './demo-catalog/transport.ts';
import { urbanItems } from './demo-catalog/urban.ts';

interface Department {
  key: string;
  name: string;
  kind: string;
  regionCode: string;
  uscc: string;
}

const ROOT = new URL('../', import.meta.url);
const departments = JSON.parse(
  readFileSync(new URL('data/demo/departments.json', ROOT), 'utf8'),
) as Department[];
const departmentByKey = new Map(departments.map((d, index) => [d.key, { ...d, index }]));

const SPECS: ItemSpec[] = [
  ...marketItems,
  ...publicSecurityItems,
  ...healthItems,
  ...medicalSecurityItems,
  ...socialItems,
  ...civilAffairsItems,
  ...housingItems,
  ...realEstateItems,
  ...taxItems,
  ...transportItems,
  ...environmentItems,
  ...urbanItems,
  ...educationItems,
  ...housingFundItems,
  ...planningItems,
  ...fireItems,
  ...serviceItems,
  ...tobaccoItems,
];

const LEVEL: Record<LevelPrefix, { char: string; exerciseLevel: ItemContent['exerciseLevel'] }> = {
  zj: { char: '1', exerciseLevel: '省级' },
  hz: { char: '2', exerciseLevel: '市级' },
  xh: { char: '3', exerciseLevel: '县级' },
};

// Halls are Hangzhou-like; telephone numbers are deliberately not real (0571-12345xxx).
const HALL: Record<LevelPrefix, { hall: string; hours: string }> = {
  zj: {
    hall: '浙江政务服务中心（杭州市西湖区文三路100号）',
    hours: '周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）',
  },
  hz: {
    hall: '杭州市民中心政务服务大厅（杭州市上城区解放东路100号）',
    hours: '周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）',
  },
  xh: {
    hall: '西湖区政务服务中心（杭州市西湖区文二西路100号）',
    hours: '周一至周五 上午9:00—12:00，下午13:30—17:00；周六上午9:00—12:00延时服务（法定节假日除外）',
  },
};

function departmentFor(level: LevelPrefix, area: string) {
  const department = departmentByKey.get(`${level}-${area}`);
  assert.ok(department, `no demo department ${level}-${area}`);
  return department;
}

/** The handling rules of a draft as content, with step and branch departments at the given level. */
function handlingContent(draft: HandlingDraft | undefined, level: LevelPrefix): HandlingContent {
  if (!draft) return {};
  const { process, ...rest } = draft;
  if (!process) return rest;
  return {
    ...rest,
    process: {
      steps: process.map(({ area, branches, ...step }) => ({
        ...step,
        ...(area ? { departmentUscc: departmentFor(level, area).uscc } : {}),
        ...(branches
          ? {
              branches: branches.map(({ area: branchArea, ...branch }) => ({
                ...branch,
                departmentUscc: departmentFor(level, branchArea).uscc,
              })),
            }
          : {}),
      })),
    },
  };
}

type HandlingContent = Pick<ItemContent, 'process' | 'commitment' | 'gapAcceptance' | 'autoApproval'>;

/** Content without the handling rules, so that a 业务办理项 can have its own or none. */
function withoutHandling<T extends HandlingContent>(content: T): Omit<T, keyof HandlingContent> {
  const { process: _p, commitment: _c, gapAcceptance: _g, autoApproval: _a, ...rest } = content;
  return rest;
}

// ---- Items ---------------------------------------------------------------------------------------------

const items: WorkbookItem[] = [];
const codeOf = new Map<string, string>(); // `${key}@${level}-${area}[/kind]` → implementation code

for (const spec of SPECS) {
  for (const implementation of spec.at) {
    const area = implementation.area ?? spec.area;
    const department = departmentFor(implementation.level, area);
    const level = LEVEL[implementation.level];
    const phone = `0571-12345${String(100 + department.index)}`;
    const hall = HALL[implementation.level];
    const { location: overrideLocation, ...override } = implementation.override ?? {};
    const location = {
      address: `${hall.hall} ${department.name}窗口`,
      hours: hall.hours,
      phone,
      ...spec.location,
      ...overrideLocation,
    };
    const handling = handlingContent(spec.handling, implementation.level);
    const content: ItemContent = {
      ...spec.content,
      ...handling,
      exerciseLevel: level.exerciseLevel,
      location,
      consultation: `窗口咨询；电话咨询 ${phone}；浙江政务服务网、浙里办APP在线咨询；12345政务服务便民热线`,
      complaint: `12345政务服务便民热线；浙江政务服务网“好差评”及投诉建议专区；${department.name}监督电话 0571-12399${String(100 + department.index)}`,
      ...override,
    };
    const code = `${department.uscc}${level.char}${content.baseCode}`;
    const where = `${spec.key}@${department.key}`;
    assert.ok(!codeOf.has(where), `duplicate implementation ${where}`);
    codeOf.set(where, code);
    items.push({
      implementationCode: code,
      parentImplementationCode: null,
      departmentUscc: department.uscc,
      departmentName: department.name,
      regionCode: department.regionCode,
      content,
    });
    for (const child of spec.children) {
      const { location: childLocation, ...childOverride } = child.override ?? {};
      const childCode = code + CHILD_SUFFIX[child.kind];
      codeOf.set(`${where}/${child.kind}`, childCode);
      items.push({
        implementationCode: childCode,
        parentImplementationCode: code,
        departmentUscc: department.uscc,
        departmentName: department.name,
        regionCode: department.regionCode,
        content: {
          ...withoutHandling(content),
          ...(child.handling === undefined
            ? handling
            : handlingContent(child.handling ?? undefined, implementation.level)),
          name: `${content.name}（${HANDLING_KIND_LABEL[child.kind]}）`,
          handlingKind: child.kind,
          ...childOverride,
          location: { ...content.location, ...childLocation },
        },
      });
    }
  }
}

// ---- Checks --------------------------------------------------------------------------------------------

const failures: string[] = [];
const fail = (message: string) => failures.push(message);
const licenceTypes = new Set<string>(LICENCE_TYPES);
const dataResources = new Set<string>(DATA_RESOURCES);
const personTopics = new Set<string>(PERSON_TOPICS);
const enterpriseTopics = new Set<string>(ENTERPRISE_TOPICS);
const baseItems = new Map<
  string,
  { key: string; name: string; itemType: string; competent: string; legalBasis: string }
>();
const fieldKinds = new Map<string, { kind: string; type: string; where: string }>();
const codes = new Set<string>();

for (const spec of SPECS) {
  const known = baseItems.get(spec.content.baseCode);
  if (known) fail(`${spec.key}: base code ${spec.content.baseCode} already used by ${known.key}`);
  baseItems.set(spec.content.baseCode, {
    key: spec.key,
    name: spec.content.name,
    itemType: spec.content.itemType,
    competent: spec.content.competentDepartment,
    legalBasis: spec.content.legalBasis,
  });
}
if (new Set(SPECS.map((s) => s.key)).size !== SPECS.length) fail('duplicate item keys');

for (const item of items) {
  const { content, implementationCode: code } = item;
  const at = `${code} ${content.name}`;
  if (codes.has(code)) fail(`${at}: duplicate implementation code`);
  codes.add(code);
  if (!Value.Check(ItemContent, content)) {
    for (const error of Value.Errors(ItemContent, content)) fail(`${at}: schema ${JSON.stringify(error)}`);
  }
  for (const issue of publicationIssues(content))
    fail(`${at}: ${issue.code} ${issue.field} ${issue.message.zh}`);
  // 实施编码: 18-character USCC + level character + 12-digit base code (+ 2 digits for 业务办理项).
  const expectedLength = item.parentImplementationCode ? 33 : 31;
  if (code.length !== expectedLength) fail(`${at}: code length ${code.length}`);
  if (!code.startsWith(item.departmentUscc) || code.slice(19, 31) !== content.baseCode)
    fail(`${at}: code layout`);
  if (!/^\d{12}$/.test(content.baseCode)) fail(`${at}: base code must be 12 digits`);
  const base = baseItems.get(content.baseCode)!;
  if (content.handlingKind === undefined && content.name !== base.name)
    fail(`${at}: name differs from base item`);
  if (content.itemType !== base.itemType || content.competentDepartment !== base.competent)
    fail(`${at}: type or competent department differs from base item`);
  if (content.legalBasis !== base.legalBasis) fail(`${at}: legal basis differs from base item`);
  if (content.onlineDepth === 7 && !content.result.licenceType)
    fail(`${at}: online depth 7 (电子证照反馈) needs an electronic licence result`);
  if (content.result.licenceType && !licenceTypes.has(content.result.licenceType))
    fail(`${at}: unknown result licence type ${content.result.licenceType}`);
  for (const topic of content.topics.person)
    if (!personTopics.has(topic)) fail(`${at}: person topic ${topic}`);
  for (const topic of content.topics.enterprise)
    if (!enterpriseTopics.has(topic)) fail(`${at}: enterprise topic ${topic}`);
  if (content.topics.person.length > 0 && !content.serviceObjects.includes('natural_person'))
    fail(`${at}: person topic without natural persons as service object`);
  for (const material of content.materials) {
    if (material.licenceType && !licenceTypes.has(material.licenceType))
      fail(`${at}: material ${material.key} licence type ${material.licenceType}`);
    if (material.dataResource && !dataResources.has(material.dataResource))
      fail(`${at}: material ${material.key} data resource ${material.dataResource}`);
    const supply = material.concept ? MATERIAL_CONCEPTS[material.concept] : undefined;
    if (
      supply &&
      (supply.licenceType !== material.licenceType || supply.dataResource !== material.dataResource)
    )
      fail(`${at}: material ${material.key} (${material.concept}) supply differs from its concept`);
    if (!material.concept && (material.licenceType || material.dataResource))
      fail(`${at}: material ${material.key} supplied without a concept`);
  }
  const fields = Object.values(content.form.properties).flatMap((f) =>
    f['x-kind'] === 'rows' && 'items' in f ? [f, ...Object.values(f.items.properties)] : [f],
  );
  for (const field of fields) {
    const concept = field['x-concept'];
    if (!concept) continue;
    const seen = fieldKinds.get(concept);
    if (!seen) fieldKinds.set(concept, { kind: field['x-kind'], type: field.type, where: at });
    else if (seen.kind !== field['x-kind'] || seen.type !== field.type)
      fail(`${at}: field concept ${concept} is ${field['x-kind']} here, ${seen.kind} in ${seen.where}`);
  }
}

// ---- Bundles -------------------------------------------------------------------------------------------

function resolve(ref: ItemRef, bundle: string): string {
  const spec = SPECS.find((s) => s.key === ref.item);
  assert.ok(spec, `${bundle}: unknown item ${ref.item}`);
  const department = departmentFor(ref.level, ref.area ?? spec.area);
  const where = `${ref.item}@${department.key}${ref.child ? `/${ref.child}` : ''}`;
  const code = codeOf.get(where);
  assert.ok(code, `${bundle}: ${where} is not implemented`);
  return code;
}

const bundles = bundleDrafts.map((draft: BundleDraft) => {
  const content: BundleContent = {
    ...draft.content,
    items: draft.items.map((component) => ({
      itemCode: resolve(component.ref, draft.code),
      dependsOn: (component.dependsOn ?? []).map((r) => resolve(r, draft.code)),
      optional: component.optional ?? false,
    })),
  };
  const at = `bundle ${draft.code} ${content.name}`;
  if (!Value.Check(BundleContent, content)) {
    for (const error of Value.Errors(BundleContent, content)) fail(`${at}: schema ${JSON.stringify(error)}`);
  }
  const inBundle = new Set(content.items.map((i) => i.itemCode));
  if (inBundle.size !== content.items.length) fail(`${at}: an item is listed twice`);
  for (const component of content.items)
    for (const dep of component.dependsOn)
      if (!inBundle.has(dep)) fail(`${at}: prerequisite ${dep} not in bundle`);
  const topics = content.audience === 'person' ? personTopics : enterpriseTopics;
  if (!topics.has(content.topic)) fail(`${at}: topic ${content.topic} is not a ${content.audience} topic`);
  return { code: draft.code, content };
});
if (new Set(bundles.map((b) => b.code)).size !== bundles.length) fail('duplicate bundle codes');

if (failures.length > 0) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} problems`);
  process.exit(1);
}

// ---- Output --------------------------------------------------------------------------------------------

const workbook: CatalogWorkbook = { items, bundles };
const materials = items.flatMap((i) => i.content.materials);
const counts = {
  baseItems: SPECS.length,
  items: items.length,
  businessHandlingItems: items.filter((i) => i.parentImplementationCode).length,
  departments: new Set(items.map((i) => i.departmentUscc)).size,
  departmentKinds: new Set(items.map((i) => departments.find((d) => d.uscc === i.departmentUscc)!.kind)).size,
  byLevel: Object.fromEntries(
    (['省级', '市级', '县级'] as const).map((l) => [
      l,
      items.filter((i) => i.content.exerciseLevel === l).length,
    ]),
  ),
  bundles: bundles.length,
  materials: materials.length,
  materialsWithLicence: materials.filter((m) => m.licenceType).length,
  materialsWithData: materials.filter((m) => m.dataResource).length,
  materialsWithLicenceOrData: materials.filter((m) => m.licenceType || m.dataResource).length,
  itemsWithFaq: items.filter((i) => i.content.faq.length > 0).length,
  itemsWithRows: items.filter((i) =>
    Object.values(i.content.form.properties).some((f) => f['x-kind'] === 'rows'),
  ).length,
  zeroVisitItems: items.filter((i) => i.content.requiredVisits === 0).length,
  licenceResults: items.filter((i) => i.content.result.licenceType).length,
  withProcess: items.filter((i) => i.content.process).length,
  withParallelReview: items.filter((i) => i.content.process?.steps.some((s) => s.branches)).length,
  withCommitment: items.filter((i) => i.content.commitment).length,
  withGapAcceptance: items.filter((i) => i.content.gapAcceptance).length,
  withAutoApproval: items.filter((i) => i.content.autoApproval).length,
};

const out = fileURLToPath(new URL('data/demo/catalog.xlsx', ROOT));
writeFileSync(out, await writeCatalogWorkbook(workbook));
console.log(`wrote ${out}`);
console.log(JSON.stringify(counts, null, 2));
