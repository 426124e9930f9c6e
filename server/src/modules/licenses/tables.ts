// Tables owned by the licenses module (电子证照).

export type HolderKind = 'person' | 'organisation';
export type LicenceStatus = 'valid' | 'suspended' | 'revoked' | 'expired' | 'superseded';
export type LicenceSource = 'case' | 'import' | 'renewal';
export type GranteeKind = 'department' | 'organisation' | 'code';

export interface FaceField {
  key: string;
  label: string;
  /** The form/result concept that fills it, e.g. `enterprise.name`. */
  concept: string;
}

export interface LicenceTemplate {
  title: string;
  /** Rows of face-field keys; a row of two keys is printed side by side. */
  layout: string[][];
}

export interface LicensesTables {
  /** 证照类型: the catalogue's `licenceType` slug with its GB/T 36904 type code. */
  licence_types: {
    code: string;
    type_code: string;
    name: string;
    /** Department kinds that may issue it (JSON string[]), e.g. ["public_security"]. */
    issuer_kinds: string;
    holder_kind: HolderKind;
    /** Years of validity; null = long-term (长期). */
    validity_years: number | null;
    /** JSON FaceField[] */
    face_fields: string;
    /** JSON LicenceTemplate */
    template: string;
    created_at: string;
    updated_at: string;
  };
  /** Each issuing department's seal keys: one active, retired ones kept to verify older licences. */
  seal_keys: {
    id: string;
    department_id: string;
    algorithm: 'ed25519' | 'sm2';
    public_key: string;
    private_key_cipher: string;
    status: 'active' | 'retired';
    created_at: string;
    retired_at: string | null;
  };
  /** A department's chosen seal algorithm (国密 SM2 or Ed25519); absent = the platform default. */
  seal_settings: {
    department_id: string;
    algorithm: 'ed25519' | 'sm2';
    updated_at: string;
  };
  /** Serial counter per type code and issuer: one row, incremented in place, so instances never collide. */
  licence_serials: {
    type_code: string;
    issuer_code: string;
    last_serial: number;
  };
  licences: {
    id: string;
    identifier: string;
    /** 证照名称 as signed (the type's name when issued). */
    name: string;
    type: string;
    type_code: string;
    serial: string;
    version: number;
    issuer_department_id: string;
    issuer_code: string;
    issuer_name: string;
    holder_kind: HolderKind;
    holder_person_id: string | null;
    holder_organisation_id: string | null;
    holder_name: string;
    /** ID number or credit code, encrypted; the hash finds it, the masked form is shown. */
    holder_code_cipher: string;
    holder_code_hash: string;
    holder_code_masked: string;
    /** JSON Record<key, value>, encrypted (face data holds ID numbers). */
    face_cipher: string;
    issued_at: string;
    valid_from: string;
    /** YYYY-MM-DD, null = long-term. */
    valid_until: string | null;
    trust_level: 'A';
    status: LicenceStatus;
    status_reason: string | null;
    status_changed_at: string | null;
    source: LicenceSource;
    /** The approved case it was issued for: unique, so one licence per case however often the event arrives. */
    case_id: string | null;
    previous_id: string | null;
    key_id: string;
    algorithm: 'ed25519' | 'sm2';
    signature: string;
    reminded_at: string | null;
    created_at: string;
  };
  /** Bulk imports of licences issued before Tongban: parsed by a job, applied all or nothing. */
  licence_imports: {
    id: string;
    file_name: string;
    status: 'parsing' | 'ready' | 'applied';
    progress: number;
    data: Buffer | null;
    result: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
  };
  /** 用证 records: each use of a licence by a department for a case. */
  licence_uses: {
    id: string;
    licence_id: string;
    department_id: string | null;
    case_id: string | null;
    purpose: string;
    fields: string;
    used_at: string;
    /** The 用证授权 it was used under (null for a case's use). */
    grant_id: string | null;
    /** Who used it when not a department: an organisation, or a holder of a one-time code. */
    consumer_label: string | null;
  };
  /** 用证授权: the holder lets a department, an organisation or a one-time code holder use one licence. */
  licence_grants: {
    id: string;
    licence_id: string;
    grantee_kind: GranteeKind;
    grantee_department_id: string | null;
    /** The organisation's unified social credit code (it need not be registered on Tongban). */
    grantee_uscc: string | null;
    /** Keyed hash of the one-time code (the code itself is shown once, never stored). */
    code_hash: string | null;
    /** Its last four characters, so the holder can tell codes apart. */
    code_hint: string | null;
    purpose: string;
    /** YYYY-MM-DD (Beijing), both days included. */
    valid_from: string;
    valid_until: string;
    /** Organisations and code holders see ID numbers masked unless the holder said otherwise. */
    reveal_id_numbers: boolean | number;
    /** null = as often as needed within the period; 1 for a one-time code. */
    max_uses: number | null;
    use_count: number;
    status: 'active' | 'revoked';
    revoked_at: string | null;
    created_by: string | null;
    created_at: string;
  };
}
