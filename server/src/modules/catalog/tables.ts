export type VersionStatus = 'draft' | 'published' | 'retired';

interface VersionRow {
  id: string;
  version_no: number;
  status: VersionStatus;
  /** The whole content as JSON text; immutable once published. */
  content: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
  retired_at: string | null;
}

export interface CatalogTables {
  /** 基本目录: the six elements identical across the province. */
  catalog_base_items: {
    code: string;
    name: string;
    item_type: string;
    competent_department: string;
    legal_basis: string;
    created_at: string;
    updated_at: string;
  };
  /** 实施清单: one item per implementing department and region; 业务办理项 point at their parent. */
  catalog_items: {
    id: string;
    implementation_code: string;
    base_code: string;
    parent_id: string | null;
    department_id: string;
    region_code: string;
    name: string;
    item_type: string;
    published_version_id: string | null;
    draft_version_id: string | null;
    latest_version_no: number;
    popularity: number;
    created_at: string;
    updated_at: string;
  };
  catalog_item_versions: VersionRow & { item_id: string };
  catalog_bundles: {
    id: string;
    code: string;
    name: string;
    published_version_id: string | null;
    draft_version_id: string | null;
    latest_version_no: number;
    popularity: number;
    created_at: string;
    updated_at: string;
  };
  catalog_bundle_versions: VersionRow & { bundle_id: string };
  catalog_topics: {
    code: string;
    name: string;
    name_en: string;
    audience: 'person' | 'enterprise';
    sort: number;
  };
  catalog_synonyms: { id: string; phrase: string; expansions: string; updated_at: string };
  catalog_imports: {
    id: string;
    file_name: string;
    status: 'parsing' | 'ready' | 'failed' | 'applied';
    progress: number;
    data: Buffer | null;
    /** Parsed workbook, summary and errors as JSON once parsed. */
    result: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
  };
  /** One row: a counter bumped by every change that alters what search shows. */
  catalog_state: { id: number; revision: number };
}
