import type { Generated } from 'kysely';

export type StaffRole = 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
export type RegionLevel = 'province' | 'city' | 'county';
export type Relation = 'legal_representative' | 'agent';
/** UI languages an account may choose (the web's LANGUAGES). */
export type Language = 'zh-CN' | 'en';

export interface IdentityTables {
  regions: { code: string; name: string; level: RegionLevel; parent_code: string | null };
  departments: {
    id: string;
    name: string;
    uscc: string;
    kind: string;
    region_code: string;
    created_at: string;
  };
  people: {
    id: string;
    name: string;
    id_number_cipher: string;
    id_number_hash: string;
    id_number_masked: string;
    birth_date: string;
    sex: 'male' | 'female';
    /** Encrypted like the ID number (clear only in rows written before migration 0014, until start-up). */
    mobile_cipher: string | null;
    /** Keyed lookup hash of the mobile; null while the row still awaits encryption. */
    mobile_hash: string | null;
    mobile_masked: string | null;
    email: string | null;
    created_at: string;
    updated_at: string;
  };
  organisations: {
    id: string;
    name: string;
    uscc: string;
    uscc_warnings: string;
    kind: string;
    region_code: string;
    created_at: string;
  };
  representations: {
    id: string;
    organisation_id: string;
    person_id: string;
    relation: Relation;
    created_at: string;
    revoked_at: string | null;
  };
  accounts: {
    id: string;
    kind: 'citizen' | 'staff';
    /** A staff username (window01); null for citizens, whose login is their mobile. */
    login_name: string | null;
    /** Citizens: keyed lookup hash of the mobile they log in with. */
    login_hash: string | null;
    /** Citizens: that mobile, masked (138****0001). */
    login_masked: string | null;
    password_hash: string;
    person_id: string | null;
    display_name: string;
    failed_logins: number;
    locked_until: string | null;
    disabled: boolean | number;
    /** 长辈模式 (migration 0016): larger type and simpler layout wherever the person logs in. */
    senior_mode: Generated<boolean | number>;
    /** The UI language the person last chose; null until they choose one. */
    language: Language | null;
    created_at: string;
    updated_at: string;
  };
  staff_roles: {
    id: string;
    account_id: string;
    role: StaffRole;
    department_id: string;
    region_code: string;
    created_at: string;
  };
  sessions: {
    id: string;
    account_id: string;
    csrf_token: string;
    acting_for_organisation_id: string | null;
    created_at: string;
    expires_at: string;
    ip: string | null;
    user_agent: string | null;
  };
}
