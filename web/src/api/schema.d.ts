// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.
export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志 Audit log, newest first */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                actingFor: string | null;
                action: string;
                actorName: string | null;
                at: string;
                ip: string | null;
                recordId: string | null;
                recordType: string;
                seq: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 校验审计链 Verify the audit hash chain */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checked: number;
              firstBrokenSeq: number | null;
              ok: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/acting-for': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 代办：选择代表的单位 Act for an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisationId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              actingFor: {
                name: string;
                organisationId: string;
              } | null;
              csrfToken: string;
              displayName: string;
              kind: 'citizen' | 'staff';
              loginName: string;
              organisations: {
                id: string;
                name: string;
                relation: 'legal_representative' | 'agent';
                uscc: string;
              }[];
              person: {
                birthDate: string;
                id: string;
                idNumberMasked: string;
                mobileMasked: string;
                name: string;
                sex: 'male' | 'female';
              } | null;
              roles: {
                departmentId: string;
                departmentName: string;
                regionCode: string;
                regionName: string;
                role: 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登录 Log in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              actingFor: {
                name: string;
                organisationId: string;
              } | null;
              csrfToken: string;
              displayName: string;
              kind: 'citizen' | 'staff';
              loginName: string;
              organisations: {
                id: string;
                name: string;
                relation: 'legal_representative' | 'agent';
                uscc: string;
              }[];
              person: {
                birthDate: string;
                id: string;
                idNumberMasked: string;
                mobileMasked: string;
                name: string;
                sex: 'male' | 'female';
              } | null;
              roles: {
                departmentId: string;
                departmentName: string;
                regionCode: string;
                regionName: string;
                role: 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出 Log out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 Current user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              actingFor: {
                name: string;
                organisationId: string;
              } | null;
              csrfToken: string;
              displayName: string;
              kind: 'citizen' | 'staff';
              loginName: string;
              organisations: {
                id: string;
                name: string;
                relation: 'legal_representative' | 'agent';
                uscc: string;
              }[];
              person: {
                birthDate: string;
                id: string;
                idNumberMasked: string;
                mobileMasked: string;
                name: string;
                sex: 'male' | 'female';
              } | null;
              roles: {
                departmentId: string;
                departmentName: string;
                regionCode: string;
                regionName: string;
                role: 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 市民注册 Register a citizen account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            idNumber: string;
            mobile: string;
            name: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              actingFor: {
                name: string;
                organisationId: string;
              } | null;
              csrfToken: string;
              displayName: string;
              kind: 'citizen' | 'staff';
              loginName: string;
              organisations: {
                id: string;
                name: string;
                relation: 'legal_representative' | 'agent';
                uscc: string;
              }[];
              person: {
                birthDate: string;
                id: string;
                idNumberMasked: string;
                mobileMasked: string;
                name: string;
                sex: 'male' | 'female';
              } | null;
              roles: {
                departmentId: string;
                departmentName: string;
                regionCode: string;
                regionName: string;
                role: 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日历 Holidays and make-up working days of a year */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                /** Format: date */
                date: string;
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/days/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置节假日或调休工作日 Set a holiday or make-up working day */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kind: 'holiday' | 'workday';
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date */
              date: string;
              kind: 'holiday' | 'workday';
              name: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    /** 删除日历条目 Remove a calendar entry */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/import-official': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入官方节假日安排 Import the official calendar */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/working-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日计算 Add working days to a date */
    get: {
      parameters: {
        query: {
          add: number;
          from: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              add: number;
              date: string;
              from: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 部门 Departments */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit: number;
          regionCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                kind: string;
                name: string;
                regionCode: string;
                regionName: string;
                uscc: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建部门 Create a department */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kind: string;
            name: string;
            regionCode: string;
            uscc: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记法人 Register an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kind: 'enterprise' | 'individual_business' | 'social_organisation';
            legalRepresentativeIdNumber: string;
            name: string;
            regionCode: string;
            uscc: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              regionCode: string;
              representatives: {
                personId: string;
                relation: 'legal_representative' | 'agent';
              }[];
              uscc: string;
              usccWarnings: {
                code: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法人信息 Read an organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              regionCode: string;
              representatives: {
                personId: string;
                relation: 'legal_representative' | 'agent';
              }[];
              uscc: string;
              usccWarnings: {
                code: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 授权经办人 Authorise an agent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            idNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idNumberMasked: string;
              name: string;
              personId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/agents/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 撤销经办人 Revoke an agent */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看自然人信息（留痕）Read a person (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              birthDate: string;
              id: string;
              idNumberMasked: string;
              mobileMasked: string;
              name: string;
              sex: 'male' | 'female';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政区划 Administrative regions */
    get: {
      parameters: {
        query?: {
          parentCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                level: 'province' | 'city' | 'county';
                name: string;
                parentCode: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作人员 Staff accounts */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                disabled: boolean;
                displayName: string;
                id: string;
                lockedUntil: string | null;
                loginName: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建工作人员账号 Create a staff account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            idNumber: string;
            loginName: string;
            mobile?: string;
            name: string;
            password: string;
            roles: {
              departmentId: string;
              role: 'window' | 'reviewer' | 'leader' | 'data_steward' | 'admin' | 'supervisor';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              detail: string;
              errors?: {
                field: string;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              instance?: string;
              message: {
                en: string;
                zh: string;
              };
              requestId: string;
              status: number;
              title: string;
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
