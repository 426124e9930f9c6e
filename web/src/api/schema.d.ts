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
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的办件 My applications, newest first */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit: number;
          status?:
            | 'draft'
            | 'waiting'
            | 'submitted'
            | 'correction_requested'
            | 'not_accepted'
            | 'in_review'
            | 'suspended'
            | 'approved'
            | 'denied'
            | 'withdrawn'
            | 'revoked'
            | 'cancelled'
            | 'in_progress'
            | 'completed';
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
                caseNumber: string | null;
                /** @enum {unknown} */
                channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
                createdAt: string;
                id: string;
                promisedDueDate: string | null;
                serviceCode: string;
                /** @enum {unknown} */
                serviceKind: 'item' | 'bundle';
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
                submittedAt: string | null;
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
    /** 发起申请 Start an application (draft, or submit at once with an Idempotency-Key) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            channel?: 'online' | 'mobile' | 'self_service';
            code: string;
            commitment?: boolean;
            form?: {
              [key: string]: unknown;
            };
            materials?: {
              fileIds?: string[];
              key: string;
              note?: string;
              pledgeDueDate?: string;
              /** @enum {unknown} */
              source: 'upload' | 'licence' | 'shared_data' | 'pledge' | 'waived';
            }[];
            /** @enum {unknown} */
            serviceKind: 'item' | 'bundle';
            submit?: boolean;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件详情 A case: status, timeline, materials, notices */
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
    /** 保存草稿 Save a draft (or a correction in progress) */
    put: {
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
            commitment?: boolean;
            form?: {
              [key: string]: unknown;
            };
            materials?: {
              fileIds?: string[];
              key: string;
              note?: string;
              pledgeDueDate?: string;
              /** @enum {unknown} */
              source: 'upload' | 'licence' | 'shared_data' | 'pledge' | 'waived';
            }[];
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
    post?: never;
    /** 删除草稿 Delete a draft that was never submitted */
    delete: {
      parameters: {
        query: {
          version: number;
        };
        header?: never;
        path: {
          id: string;
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
  '/api/v1/cases/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看材料文件 A material file of the case (applicant and handling staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
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
          content?: never;
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
  '/api/v1/cases/{id}/materials/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补交容缺材料 Supply a pledged (容缺) material */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fileIds: string[];
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/cases/{id}/notices/{noticeId}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载文书 A notice as PDF (受理通知书, 一次性告知书, 决定书 …) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          noticeId: string;
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
          content?: never;
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
  '/api/v1/cases/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交申请 Submit (or resubmit after a correction notice); a retry answers with the same case */
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
            commitment?: boolean;
            form?: {
              [key: string]: unknown;
            };
            materials?: {
              fileIds?: string[];
              key: string;
              note?: string;
              pledgeDueDate?: string;
              /** @enum {unknown} */
              source: 'upload' | 'licence' | 'shared_data' | 'pledge' | 'waived';
            }[];
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/cases/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记到场 Record a visit (result collected or paper handed in at a window) */
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
            /** @enum {unknown} */
            kind: 'collection' | 'supplement';
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/cases/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回申请 Withdraw an application before its decision */
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
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/catalog/admin/bundles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一件事管理列表 Bundles for administrators */
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
              items: {
                code: string;
                draftVersionNo: number | null;
                id: string;
                name: string;
                publishedVersionNo: number | null;
                updatedAt: string;
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
    /** 新建一件事 Create a bundle (draft) */
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
            code: string;
            content: {
              aliases: string[];
              /** @enum {unknown} */
              audience: 'person' | 'enterprise';
              description: string;
              items: {
                dependsOn: string[];
                itemCode: string;
                optional: boolean;
              }[];
              name: string;
              promisedDays: number;
              topic: string;
            };
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
              code: string;
              content: {
                aliases: string[];
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                description: string;
                items: {
                  dependsOn: string[];
                  itemCode: string;
                  optional: boolean;
                }[];
                name: string;
                promisedDays: number;
                topic: string;
              };
              id: string;
              items: {
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                itemId: string | null;
                name: string;
                optional: boolean;
                promisedDays: number | null;
              }[];
              mergedForm: {
                fields: {
                  field:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                  key: string;
                  usedBy: {
                    fieldKey: string;
                    itemCode: string;
                  }[];
                }[];
                schema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
              };
              mergedMaterials: {
                key: string;
                material: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                };
                usedBy: {
                  itemCode: string;
                  materialKey: string;
                }[];
              }[];
              promisedDays: number;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              statutoryDaysSum: number;
              versionId: string;
              versionNo: number;
            } & {
              draftVersionNo: number | null;
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
  '/api/v1/catalog/admin/bundles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一件事（含草稿）Bundle with its draft */
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
              code: string;
              content: {
                aliases: string[];
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                description: string;
                items: {
                  dependsOn: string[];
                  itemCode: string;
                  optional: boolean;
                }[];
                name: string;
                promisedDays: number;
                topic: string;
              };
              id: string;
              items: {
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                itemId: string | null;
                name: string;
                optional: boolean;
                promisedDays: number | null;
              }[];
              mergedForm: {
                fields: {
                  field:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                  key: string;
                  usedBy: {
                    fieldKey: string;
                    itemCode: string;
                  }[];
                }[];
                schema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
              };
              mergedMaterials: {
                key: string;
                material: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                };
                usedBy: {
                  itemCode: string;
                  materialKey: string;
                }[];
              }[];
              promisedDays: number;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              statutoryDaysSum: number;
              versionId: string;
              versionNo: number;
            } & {
              draftVersionNo: number | null;
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
  '/api/v1/catalog/admin/bundles/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存一件事草稿 Save a bundle draft */
    put: {
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
            baseVersionNo: number;
            content: {
              aliases: string[];
              /** @enum {unknown} */
              audience: 'person' | 'enterprise';
              description: string;
              items: {
                dependsOn: string[];
                itemCode: string;
                optional: boolean;
              }[];
              name: string;
              promisedDays: number;
              topic: string;
            };
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
              code: string;
              content: {
                aliases: string[];
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                description: string;
                items: {
                  dependsOn: string[];
                  itemCode: string;
                  optional: boolean;
                }[];
                name: string;
                promisedDays: number;
                topic: string;
              };
              id: string;
              items: {
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                itemId: string | null;
                name: string;
                optional: boolean;
                promisedDays: number | null;
              }[];
              mergedForm: {
                fields: {
                  field:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                  key: string;
                  usedBy: {
                    fieldKey: string;
                    itemCode: string;
                  }[];
                }[];
                schema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
              };
              mergedMaterials: {
                key: string;
                material: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                };
                usedBy: {
                  itemCode: string;
                  materialKey: string;
                }[];
              }[];
              promisedDays: number;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              statutoryDaysSum: number;
              versionId: string;
              versionNo: number;
            } & {
              draftVersionNo: number | null;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/admin/bundles/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布一件事 Publish a bundle */
    post: {
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
              code: string;
              content: {
                aliases: string[];
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                description: string;
                items: {
                  dependsOn: string[];
                  itemCode: string;
                  optional: boolean;
                }[];
                name: string;
                promisedDays: number;
                topic: string;
              };
              id: string;
              items: {
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                itemId: string | null;
                name: string;
                optional: boolean;
                promisedDays: number | null;
              }[];
              mergedForm: {
                fields: {
                  field:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                  key: string;
                  usedBy: {
                    fieldKey: string;
                    itemCode: string;
                  }[];
                }[];
                schema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
              };
              mergedMaterials: {
                key: string;
                material: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                };
                usedBy: {
                  itemCode: string;
                  materialKey: string;
                }[];
              }[];
              promisedDays: number;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              statutoryDaysSum: number;
              versionId: string;
              versionNo: number;
            } & {
              draftVersionNo: number | null;
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
        /** @description Default Response */
        422: {
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
  '/api/v1/catalog/admin/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出 Excel Export the catalogue as .xlsx */
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
          content?: never;
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
  '/api/v1/catalog/admin/form-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 表单数据校验预览 Validate form data against a form schema */
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
            data: unknown;
            form: {
              properties: {
                [key: string]:
                  | {
                      description?: string;
                      enum?: string[];
                      maximum?: number;
                      maxLength?: number;
                      minimum?: number;
                      minLength?: number;
                      title: string;
                      titleEn?: string;
                      /** @enum {unknown} */
                      type: 'string' | 'number' | 'integer';
                      'x-concept'?: string;
                      /** @enum {unknown} */
                      'x-kind':
                        | 'text'
                        | 'textarea'
                        | 'number'
                        | 'date'
                        | 'select'
                        | 'region'
                        | 'id_number'
                        | 'uscc'
                        | 'mobile'
                        | 'address';
                    }
                  | {
                      description?: string;
                      items: {
                        properties: {
                          [key: string]: {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          };
                        };
                        required?: string[];
                        /** @enum {string} */
                        type: 'object';
                        'x-order': string[];
                      };
                      maxItems?: number;
                      minItems?: number;
                      title: string;
                      titleEn?: string;
                      /** @enum {string} */
                      type: 'array';
                      'x-concept'?: string;
                      /** @enum {string} */
                      'x-kind': 'rows';
                    };
              };
              required: string[];
              /** @enum {string} */
              type: 'object';
              'x-order': string[];
            };
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
              errors: {
                field: string;
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
  '/api/v1/catalog/admin/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传 Excel 导入（先预览）Upload an .xlsx for a dry run */
    post: {
      parameters: {
        query?: never;
        header?: {
          'x-file-name'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              importId: string;
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
  '/api/v1/catalog/admin/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入进度与预览 Import progress and preview */
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
              errors: {
                column: string;
                message: {
                  en: string;
                  zh: string;
                };
                row: number;
                sheet: string;
              }[];
              fileName: string;
              id: string;
              progress: number;
              /** @enum {unknown} */
              status: 'parsing' | 'ready' | 'failed' | 'applied';
              summary: {
                bundles: {
                  create: number;
                  unchanged: number;
                  update: number;
                };
                items: {
                  create: number;
                  unchanged: number;
                  update: number;
                };
              };
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
  '/api/v1/catalog/admin/imports/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认导入（全部或全不）Apply the import, all or nothing */
    post: {
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
              errors: {
                column: string;
                message: {
                  en: string;
                  zh: string;
                };
                row: number;
                sheet: string;
              }[];
              fileName: string;
              id: string;
              progress: number;
              /** @enum {unknown} */
              status: 'parsing' | 'ready' | 'failed' | 'applied';
              summary: {
                bundles: {
                  create: number;
                  unchanged: number;
                  update: number;
                };
                items: {
                  create: number;
                  unchanged: number;
                  update: number;
                };
              };
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
  '/api/v1/catalog/admin/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项管理列表 Items for administrators */
    get: {
      parameters: {
        query: {
          cursor?: string;
          departmentId?: string;
          itemType?: string;
          limit: number;
          q?: string;
          status?: 'draft' | 'published' | 'retired';
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
                departmentName: string;
                draftVersionNo: number | null;
                id: string;
                implementationCode: string;
                itemType: string;
                name: string;
                publishedVersionNo: number | null;
                regionName: string;
                updatedAt: string;
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
    /** 新建事项 Create an item (draft) */
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
            content: {
              acceptanceConditions: string;
              aliases: string[];
              appointment: boolean;
              autoApproval?: {
                rules: {
                  description: string;
                  fact: string;
                  key: string;
                  /** @enum {unknown} */
                  op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                  /** @description a number, text, true/false, or a list for `in` */
                  value?: unknown;
                }[];
              };
              baseCode: string;
              commitment?: {
                materialKeys: string[];
                text: string;
                verification: {
                  /** @enum {unknown} */
                  method: 'data_check' | 'site_inspection' | 'document_review';
                  withinDays: number;
                } | null;
              };
              competentDepartment: string;
              complaint: string;
              consultation: string;
              /** @enum {unknown} */
              crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
              /** @enum {unknown} */
              exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
              expressDelivery: boolean;
              faq: {
                answer: string;
                question: string;
              }[];
              fees: {
                amountFen: number;
                basis: string;
                name: string;
                standard?: string;
                waivable: boolean;
                waiverBasis?: string;
              }[];
              form: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              gapAcceptance?: {
                materialKeys: string[];
              };
              handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
              /** @enum {unknown} */
              handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
              /** @enum {unknown} */
              handlingType: 'instant' | 'promised';
              inHall: boolean;
              /** @enum {unknown} */
              itemType:
                | '行政许可'
                | '行政确认'
                | '行政裁决'
                | '行政给付'
                | '行政奖励'
                | '行政备案'
                | '其他行政权力'
                | '公共服务';
              legalBasis: string;
              location: {
                address: string;
                hours: string;
                phone: string;
                townCode?: string;
                villageCode?: string;
              };
              materials: {
                acceptanceStandard?: string;
                basis?: string;
                blankFormFileId?: string;
                concept?: string;
                condition?: string;
                copies: number;
                dataResource?: string;
                fillingNote?: string;
                /** @enum {unknown} */
                form: 'paper' | 'electronic' | 'paper_and_electronic';
                key: string;
                licenceType?: string;
                /** @enum {unknown} */
                materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                name: string;
                /** @enum {unknown} */
                necessity: 'required' | 'optional' | 'conditional';
                sampleFileId?: string;
                /** @enum {unknown} */
                sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                sourceNote?: string;
              }[];
              name: string;
              onlineDepth: number;
              onlinePayment: boolean;
              process?: {
                steps: {
                  branches?: {
                    budgetDays: number;
                    departmentUscc: string;
                    externalSystem?: string;
                    key: string;
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                  budgetDays: number;
                  departmentUscc?: string;
                  externalSystem?: string;
                  key: string;
                  /** @enum {unknown} */
                  kind: 'accept' | 'review' | 'decide' | 'issue';
                  name: string;
                  /** @enum {unknown} */
                  role: 'window' | 'reviewer' | 'leader';
                }[];
              };
              processDescription: string;
              processSteps: {
                description: string;
                name: string;
              }[];
              promisedDays: number;
              promisedNote?: string;
              requiredVisits: number;
              result: {
                licenceType?: string;
                name: string;
                sampleFileId?: string;
                /** @enum {unknown} */
                type: 'certificate' | 'document' | 'approval' | 'other';
              };
              selfServiceTerminal: boolean;
              serviceObjects: ('natural_person' | 'legal_person')[];
              statutoryDays: number | null;
              statutoryNote?: string;
              topics: {
                enterprise: string[];
                person: string[];
              };
              visitReason?: string;
            };
            departmentId: string;
            implementationCode?: string;
            parentItemId?: string;
            regionCode: string;
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
            } & {
              draft: {
                content: {
                  acceptanceConditions: string;
                  aliases: string[];
                  appointment: boolean;
                  autoApproval?: {
                    rules: {
                      description: string;
                      fact: string;
                      key: string;
                      /** @enum {unknown} */
                      op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                      /** @description a number, text, true/false, or a list for `in` */
                      value?: unknown;
                    }[];
                  };
                  baseCode: string;
                  commitment?: {
                    materialKeys: string[];
                    text: string;
                    verification: {
                      /** @enum {unknown} */
                      method: 'data_check' | 'site_inspection' | 'document_review';
                      withinDays: number;
                    } | null;
                  };
                  competentDepartment: string;
                  complaint: string;
                  consultation: string;
                  /** @enum {unknown} */
                  crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                  /** @enum {unknown} */
                  exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                  expressDelivery: boolean;
                  faq: {
                    answer: string;
                    question: string;
                  }[];
                  fees: {
                    amountFen: number;
                    basis: string;
                    name: string;
                    standard?: string;
                    waivable: boolean;
                    waiverBasis?: string;
                  }[];
                  form: {
                    properties: {
                      [key: string]:
                        | {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          }
                        | {
                            description?: string;
                            items: {
                              properties: {
                                [key: string]: {
                                  description?: string;
                                  enum?: string[];
                                  maximum?: number;
                                  maxLength?: number;
                                  minimum?: number;
                                  minLength?: number;
                                  title: string;
                                  titleEn?: string;
                                  /** @enum {unknown} */
                                  type: 'string' | 'number' | 'integer';
                                  'x-concept'?: string;
                                  /** @enum {unknown} */
                                  'x-kind':
                                    | 'text'
                                    | 'textarea'
                                    | 'number'
                                    | 'date'
                                    | 'select'
                                    | 'region'
                                    | 'id_number'
                                    | 'uscc'
                                    | 'mobile'
                                    | 'address';
                                };
                              };
                              required?: string[];
                              /** @enum {string} */
                              type: 'object';
                              'x-order': string[];
                            };
                            maxItems?: number;
                            minItems?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {string} */
                            type: 'array';
                            'x-concept'?: string;
                            /** @enum {string} */
                            'x-kind': 'rows';
                          };
                    };
                    required: string[];
                    /** @enum {string} */
                    type: 'object';
                    'x-order': string[];
                  };
                  gapAcceptance?: {
                    materialKeys: string[];
                  };
                  handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                  /** @enum {unknown} */
                  handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                  /** @enum {unknown} */
                  handlingType: 'instant' | 'promised';
                  inHall: boolean;
                  /** @enum {unknown} */
                  itemType:
                    | '行政许可'
                    | '行政确认'
                    | '行政裁决'
                    | '行政给付'
                    | '行政奖励'
                    | '行政备案'
                    | '其他行政权力'
                    | '公共服务';
                  legalBasis: string;
                  location: {
                    address: string;
                    hours: string;
                    phone: string;
                    townCode?: string;
                    villageCode?: string;
                  };
                  materials: {
                    acceptanceStandard?: string;
                    basis?: string;
                    blankFormFileId?: string;
                    concept?: string;
                    condition?: string;
                    copies: number;
                    dataResource?: string;
                    fillingNote?: string;
                    /** @enum {unknown} */
                    form: 'paper' | 'electronic' | 'paper_and_electronic';
                    key: string;
                    licenceType?: string;
                    /** @enum {unknown} */
                    materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                    name: string;
                    /** @enum {unknown} */
                    necessity: 'required' | 'optional' | 'conditional';
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                    sourceNote?: string;
                  }[];
                  name: string;
                  onlineDepth: number;
                  onlinePayment: boolean;
                  process?: {
                    steps: {
                      branches?: {
                        budgetDays: number;
                        departmentUscc: string;
                        externalSystem?: string;
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        role: 'window' | 'reviewer' | 'leader';
                      }[];
                      budgetDays: number;
                      departmentUscc?: string;
                      externalSystem?: string;
                      key: string;
                      /** @enum {unknown} */
                      kind: 'accept' | 'review' | 'decide' | 'issue';
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                  };
                  processDescription: string;
                  processSteps: {
                    description: string;
                    name: string;
                  }[];
                  promisedDays: number;
                  promisedNote?: string;
                  requiredVisits: number;
                  result: {
                    licenceType?: string;
                    name: string;
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    type: 'certificate' | 'document' | 'approval' | 'other';
                  };
                  selfServiceTerminal: boolean;
                  serviceObjects: ('natural_person' | 'legal_person')[];
                  statutoryDays: number | null;
                  statutoryNote?: string;
                  topics: {
                    enterprise: string[];
                    person: string[];
                  };
                  visitReason?: string;
                };
                issues: {
                  code: string;
                  field: string;
                  message: {
                    en: string;
                    zh: string;
                  };
                }[];
                updatedAt: string;
                versionId: string;
                versionNo: number;
              } | null;
              versions: {
                publishedAt: string | null;
                retiredAt: string | null;
                /** @enum {unknown} */
                status: 'draft' | 'published' | 'retired';
                versionId: string;
                versionNo: number;
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
  '/api/v1/catalog/admin/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项（含草稿）Item with its draft */
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
            } & {
              draft: {
                content: {
                  acceptanceConditions: string;
                  aliases: string[];
                  appointment: boolean;
                  autoApproval?: {
                    rules: {
                      description: string;
                      fact: string;
                      key: string;
                      /** @enum {unknown} */
                      op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                      /** @description a number, text, true/false, or a list for `in` */
                      value?: unknown;
                    }[];
                  };
                  baseCode: string;
                  commitment?: {
                    materialKeys: string[];
                    text: string;
                    verification: {
                      /** @enum {unknown} */
                      method: 'data_check' | 'site_inspection' | 'document_review';
                      withinDays: number;
                    } | null;
                  };
                  competentDepartment: string;
                  complaint: string;
                  consultation: string;
                  /** @enum {unknown} */
                  crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                  /** @enum {unknown} */
                  exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                  expressDelivery: boolean;
                  faq: {
                    answer: string;
                    question: string;
                  }[];
                  fees: {
                    amountFen: number;
                    basis: string;
                    name: string;
                    standard?: string;
                    waivable: boolean;
                    waiverBasis?: string;
                  }[];
                  form: {
                    properties: {
                      [key: string]:
                        | {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          }
                        | {
                            description?: string;
                            items: {
                              properties: {
                                [key: string]: {
                                  description?: string;
                                  enum?: string[];
                                  maximum?: number;
                                  maxLength?: number;
                                  minimum?: number;
                                  minLength?: number;
                                  title: string;
                                  titleEn?: string;
                                  /** @enum {unknown} */
                                  type: 'string' | 'number' | 'integer';
                                  'x-concept'?: string;
                                  /** @enum {unknown} */
                                  'x-kind':
                                    | 'text'
                                    | 'textarea'
                                    | 'number'
                                    | 'date'
                                    | 'select'
                                    | 'region'
                                    | 'id_number'
                                    | 'uscc'
                                    | 'mobile'
                                    | 'address';
                                };
                              };
                              required?: string[];
                              /** @enum {string} */
                              type: 'object';
                              'x-order': string[];
                            };
                            maxItems?: number;
                            minItems?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {string} */
                            type: 'array';
                            'x-concept'?: string;
                            /** @enum {string} */
                            'x-kind': 'rows';
                          };
                    };
                    required: string[];
                    /** @enum {string} */
                    type: 'object';
                    'x-order': string[];
                  };
                  gapAcceptance?: {
                    materialKeys: string[];
                  };
                  handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                  /** @enum {unknown} */
                  handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                  /** @enum {unknown} */
                  handlingType: 'instant' | 'promised';
                  inHall: boolean;
                  /** @enum {unknown} */
                  itemType:
                    | '行政许可'
                    | '行政确认'
                    | '行政裁决'
                    | '行政给付'
                    | '行政奖励'
                    | '行政备案'
                    | '其他行政权力'
                    | '公共服务';
                  legalBasis: string;
                  location: {
                    address: string;
                    hours: string;
                    phone: string;
                    townCode?: string;
                    villageCode?: string;
                  };
                  materials: {
                    acceptanceStandard?: string;
                    basis?: string;
                    blankFormFileId?: string;
                    concept?: string;
                    condition?: string;
                    copies: number;
                    dataResource?: string;
                    fillingNote?: string;
                    /** @enum {unknown} */
                    form: 'paper' | 'electronic' | 'paper_and_electronic';
                    key: string;
                    licenceType?: string;
                    /** @enum {unknown} */
                    materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                    name: string;
                    /** @enum {unknown} */
                    necessity: 'required' | 'optional' | 'conditional';
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                    sourceNote?: string;
                  }[];
                  name: string;
                  onlineDepth: number;
                  onlinePayment: boolean;
                  process?: {
                    steps: {
                      branches?: {
                        budgetDays: number;
                        departmentUscc: string;
                        externalSystem?: string;
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        role: 'window' | 'reviewer' | 'leader';
                      }[];
                      budgetDays: number;
                      departmentUscc?: string;
                      externalSystem?: string;
                      key: string;
                      /** @enum {unknown} */
                      kind: 'accept' | 'review' | 'decide' | 'issue';
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                  };
                  processDescription: string;
                  processSteps: {
                    description: string;
                    name: string;
                  }[];
                  promisedDays: number;
                  promisedNote?: string;
                  requiredVisits: number;
                  result: {
                    licenceType?: string;
                    name: string;
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    type: 'certificate' | 'document' | 'approval' | 'other';
                  };
                  selfServiceTerminal: boolean;
                  serviceObjects: ('natural_person' | 'legal_person')[];
                  statutoryDays: number | null;
                  statutoryNote?: string;
                  topics: {
                    enterprise: string[];
                    person: string[];
                  };
                  visitReason?: string;
                };
                issues: {
                  code: string;
                  field: string;
                  message: {
                    en: string;
                    zh: string;
                  };
                }[];
                updatedAt: string;
                versionId: string;
                versionNo: number;
              } | null;
              versions: {
                publishedAt: string | null;
                retiredAt: string | null;
                /** @enum {unknown} */
                status: 'draft' | 'published' | 'retired';
                versionId: string;
                versionNo: number;
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
  '/api/v1/catalog/admin/items/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 版本比较 Compare two versions */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
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
              changes: {
                after: unknown;
                before: unknown;
                label: {
                  en: string;
                  zh: string;
                };
                path: string;
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
  '/api/v1/catalog/admin/items/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存草稿 Save the draft */
    put: {
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
            baseVersionNo: number;
            content: {
              acceptanceConditions: string;
              aliases: string[];
              appointment: boolean;
              autoApproval?: {
                rules: {
                  description: string;
                  fact: string;
                  key: string;
                  /** @enum {unknown} */
                  op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                  /** @description a number, text, true/false, or a list for `in` */
                  value?: unknown;
                }[];
              };
              baseCode: string;
              commitment?: {
                materialKeys: string[];
                text: string;
                verification: {
                  /** @enum {unknown} */
                  method: 'data_check' | 'site_inspection' | 'document_review';
                  withinDays: number;
                } | null;
              };
              competentDepartment: string;
              complaint: string;
              consultation: string;
              /** @enum {unknown} */
              crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
              /** @enum {unknown} */
              exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
              expressDelivery: boolean;
              faq: {
                answer: string;
                question: string;
              }[];
              fees: {
                amountFen: number;
                basis: string;
                name: string;
                standard?: string;
                waivable: boolean;
                waiverBasis?: string;
              }[];
              form: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              gapAcceptance?: {
                materialKeys: string[];
              };
              handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
              /** @enum {unknown} */
              handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
              /** @enum {unknown} */
              handlingType: 'instant' | 'promised';
              inHall: boolean;
              /** @enum {unknown} */
              itemType:
                | '行政许可'
                | '行政确认'
                | '行政裁决'
                | '行政给付'
                | '行政奖励'
                | '行政备案'
                | '其他行政权力'
                | '公共服务';
              legalBasis: string;
              location: {
                address: string;
                hours: string;
                phone: string;
                townCode?: string;
                villageCode?: string;
              };
              materials: {
                acceptanceStandard?: string;
                basis?: string;
                blankFormFileId?: string;
                concept?: string;
                condition?: string;
                copies: number;
                dataResource?: string;
                fillingNote?: string;
                /** @enum {unknown} */
                form: 'paper' | 'electronic' | 'paper_and_electronic';
                key: string;
                licenceType?: string;
                /** @enum {unknown} */
                materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                name: string;
                /** @enum {unknown} */
                necessity: 'required' | 'optional' | 'conditional';
                sampleFileId?: string;
                /** @enum {unknown} */
                sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                sourceNote?: string;
              }[];
              name: string;
              onlineDepth: number;
              onlinePayment: boolean;
              process?: {
                steps: {
                  branches?: {
                    budgetDays: number;
                    departmentUscc: string;
                    externalSystem?: string;
                    key: string;
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                  budgetDays: number;
                  departmentUscc?: string;
                  externalSystem?: string;
                  key: string;
                  /** @enum {unknown} */
                  kind: 'accept' | 'review' | 'decide' | 'issue';
                  name: string;
                  /** @enum {unknown} */
                  role: 'window' | 'reviewer' | 'leader';
                }[];
              };
              processDescription: string;
              processSteps: {
                description: string;
                name: string;
              }[];
              promisedDays: number;
              promisedNote?: string;
              requiredVisits: number;
              result: {
                licenceType?: string;
                name: string;
                sampleFileId?: string;
                /** @enum {unknown} */
                type: 'certificate' | 'document' | 'approval' | 'other';
              };
              selfServiceTerminal: boolean;
              serviceObjects: ('natural_person' | 'legal_person')[];
              statutoryDays: number | null;
              statutoryNote?: string;
              topics: {
                enterprise: string[];
                person: string[];
              };
              visitReason?: string;
            };
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
            } & {
              draft: {
                content: {
                  acceptanceConditions: string;
                  aliases: string[];
                  appointment: boolean;
                  autoApproval?: {
                    rules: {
                      description: string;
                      fact: string;
                      key: string;
                      /** @enum {unknown} */
                      op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                      /** @description a number, text, true/false, or a list for `in` */
                      value?: unknown;
                    }[];
                  };
                  baseCode: string;
                  commitment?: {
                    materialKeys: string[];
                    text: string;
                    verification: {
                      /** @enum {unknown} */
                      method: 'data_check' | 'site_inspection' | 'document_review';
                      withinDays: number;
                    } | null;
                  };
                  competentDepartment: string;
                  complaint: string;
                  consultation: string;
                  /** @enum {unknown} */
                  crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                  /** @enum {unknown} */
                  exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                  expressDelivery: boolean;
                  faq: {
                    answer: string;
                    question: string;
                  }[];
                  fees: {
                    amountFen: number;
                    basis: string;
                    name: string;
                    standard?: string;
                    waivable: boolean;
                    waiverBasis?: string;
                  }[];
                  form: {
                    properties: {
                      [key: string]:
                        | {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          }
                        | {
                            description?: string;
                            items: {
                              properties: {
                                [key: string]: {
                                  description?: string;
                                  enum?: string[];
                                  maximum?: number;
                                  maxLength?: number;
                                  minimum?: number;
                                  minLength?: number;
                                  title: string;
                                  titleEn?: string;
                                  /** @enum {unknown} */
                                  type: 'string' | 'number' | 'integer';
                                  'x-concept'?: string;
                                  /** @enum {unknown} */
                                  'x-kind':
                                    | 'text'
                                    | 'textarea'
                                    | 'number'
                                    | 'date'
                                    | 'select'
                                    | 'region'
                                    | 'id_number'
                                    | 'uscc'
                                    | 'mobile'
                                    | 'address';
                                };
                              };
                              required?: string[];
                              /** @enum {string} */
                              type: 'object';
                              'x-order': string[];
                            };
                            maxItems?: number;
                            minItems?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {string} */
                            type: 'array';
                            'x-concept'?: string;
                            /** @enum {string} */
                            'x-kind': 'rows';
                          };
                    };
                    required: string[];
                    /** @enum {string} */
                    type: 'object';
                    'x-order': string[];
                  };
                  gapAcceptance?: {
                    materialKeys: string[];
                  };
                  handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                  /** @enum {unknown} */
                  handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                  /** @enum {unknown} */
                  handlingType: 'instant' | 'promised';
                  inHall: boolean;
                  /** @enum {unknown} */
                  itemType:
                    | '行政许可'
                    | '行政确认'
                    | '行政裁决'
                    | '行政给付'
                    | '行政奖励'
                    | '行政备案'
                    | '其他行政权力'
                    | '公共服务';
                  legalBasis: string;
                  location: {
                    address: string;
                    hours: string;
                    phone: string;
                    townCode?: string;
                    villageCode?: string;
                  };
                  materials: {
                    acceptanceStandard?: string;
                    basis?: string;
                    blankFormFileId?: string;
                    concept?: string;
                    condition?: string;
                    copies: number;
                    dataResource?: string;
                    fillingNote?: string;
                    /** @enum {unknown} */
                    form: 'paper' | 'electronic' | 'paper_and_electronic';
                    key: string;
                    licenceType?: string;
                    /** @enum {unknown} */
                    materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                    name: string;
                    /** @enum {unknown} */
                    necessity: 'required' | 'optional' | 'conditional';
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                    sourceNote?: string;
                  }[];
                  name: string;
                  onlineDepth: number;
                  onlinePayment: boolean;
                  process?: {
                    steps: {
                      branches?: {
                        budgetDays: number;
                        departmentUscc: string;
                        externalSystem?: string;
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        role: 'window' | 'reviewer' | 'leader';
                      }[];
                      budgetDays: number;
                      departmentUscc?: string;
                      externalSystem?: string;
                      key: string;
                      /** @enum {unknown} */
                      kind: 'accept' | 'review' | 'decide' | 'issue';
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                  };
                  processDescription: string;
                  processSteps: {
                    description: string;
                    name: string;
                  }[];
                  promisedDays: number;
                  promisedNote?: string;
                  requiredVisits: number;
                  result: {
                    licenceType?: string;
                    name: string;
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    type: 'certificate' | 'document' | 'approval' | 'other';
                  };
                  selfServiceTerminal: boolean;
                  serviceObjects: ('natural_person' | 'legal_person')[];
                  statutoryDays: number | null;
                  statutoryNote?: string;
                  topics: {
                    enterprise: string[];
                    person: string[];
                  };
                  visitReason?: string;
                };
                issues: {
                  code: string;
                  field: string;
                  message: {
                    en: string;
                    zh: string;
                  };
                }[];
                updatedAt: string;
                versionId: string;
                versionNo: number;
              } | null;
              versions: {
                publishedAt: string | null;
                retiredAt: string | null;
                /** @enum {unknown} */
                status: 'draft' | 'published' | 'retired';
                versionId: string;
                versionNo: number;
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/admin/items/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布 Publish the draft */
    post: {
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
            } & {
              draft: {
                content: {
                  acceptanceConditions: string;
                  aliases: string[];
                  appointment: boolean;
                  autoApproval?: {
                    rules: {
                      description: string;
                      fact: string;
                      key: string;
                      /** @enum {unknown} */
                      op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                      /** @description a number, text, true/false, or a list for `in` */
                      value?: unknown;
                    }[];
                  };
                  baseCode: string;
                  commitment?: {
                    materialKeys: string[];
                    text: string;
                    verification: {
                      /** @enum {unknown} */
                      method: 'data_check' | 'site_inspection' | 'document_review';
                      withinDays: number;
                    } | null;
                  };
                  competentDepartment: string;
                  complaint: string;
                  consultation: string;
                  /** @enum {unknown} */
                  crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                  /** @enum {unknown} */
                  exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                  expressDelivery: boolean;
                  faq: {
                    answer: string;
                    question: string;
                  }[];
                  fees: {
                    amountFen: number;
                    basis: string;
                    name: string;
                    standard?: string;
                    waivable: boolean;
                    waiverBasis?: string;
                  }[];
                  form: {
                    properties: {
                      [key: string]:
                        | {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          }
                        | {
                            description?: string;
                            items: {
                              properties: {
                                [key: string]: {
                                  description?: string;
                                  enum?: string[];
                                  maximum?: number;
                                  maxLength?: number;
                                  minimum?: number;
                                  minLength?: number;
                                  title: string;
                                  titleEn?: string;
                                  /** @enum {unknown} */
                                  type: 'string' | 'number' | 'integer';
                                  'x-concept'?: string;
                                  /** @enum {unknown} */
                                  'x-kind':
                                    | 'text'
                                    | 'textarea'
                                    | 'number'
                                    | 'date'
                                    | 'select'
                                    | 'region'
                                    | 'id_number'
                                    | 'uscc'
                                    | 'mobile'
                                    | 'address';
                                };
                              };
                              required?: string[];
                              /** @enum {string} */
                              type: 'object';
                              'x-order': string[];
                            };
                            maxItems?: number;
                            minItems?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {string} */
                            type: 'array';
                            'x-concept'?: string;
                            /** @enum {string} */
                            'x-kind': 'rows';
                          };
                    };
                    required: string[];
                    /** @enum {string} */
                    type: 'object';
                    'x-order': string[];
                  };
                  gapAcceptance?: {
                    materialKeys: string[];
                  };
                  handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                  /** @enum {unknown} */
                  handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                  /** @enum {unknown} */
                  handlingType: 'instant' | 'promised';
                  inHall: boolean;
                  /** @enum {unknown} */
                  itemType:
                    | '行政许可'
                    | '行政确认'
                    | '行政裁决'
                    | '行政给付'
                    | '行政奖励'
                    | '行政备案'
                    | '其他行政权力'
                    | '公共服务';
                  legalBasis: string;
                  location: {
                    address: string;
                    hours: string;
                    phone: string;
                    townCode?: string;
                    villageCode?: string;
                  };
                  materials: {
                    acceptanceStandard?: string;
                    basis?: string;
                    blankFormFileId?: string;
                    concept?: string;
                    condition?: string;
                    copies: number;
                    dataResource?: string;
                    fillingNote?: string;
                    /** @enum {unknown} */
                    form: 'paper' | 'electronic' | 'paper_and_electronic';
                    key: string;
                    licenceType?: string;
                    /** @enum {unknown} */
                    materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                    name: string;
                    /** @enum {unknown} */
                    necessity: 'required' | 'optional' | 'conditional';
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                    sourceNote?: string;
                  }[];
                  name: string;
                  onlineDepth: number;
                  onlinePayment: boolean;
                  process?: {
                    steps: {
                      branches?: {
                        budgetDays: number;
                        departmentUscc: string;
                        externalSystem?: string;
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        role: 'window' | 'reviewer' | 'leader';
                      }[];
                      budgetDays: number;
                      departmentUscc?: string;
                      externalSystem?: string;
                      key: string;
                      /** @enum {unknown} */
                      kind: 'accept' | 'review' | 'decide' | 'issue';
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                  };
                  processDescription: string;
                  processSteps: {
                    description: string;
                    name: string;
                  }[];
                  promisedDays: number;
                  promisedNote?: string;
                  requiredVisits: number;
                  result: {
                    licenceType?: string;
                    name: string;
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    type: 'certificate' | 'document' | 'approval' | 'other';
                  };
                  selfServiceTerminal: boolean;
                  serviceObjects: ('natural_person' | 'legal_person')[];
                  statutoryDays: number | null;
                  statutoryNote?: string;
                  topics: {
                    enterprise: string[];
                    person: string[];
                  };
                  visitReason?: string;
                };
                issues: {
                  code: string;
                  field: string;
                  message: {
                    en: string;
                    zh: string;
                  };
                }[];
                updatedAt: string;
                versionId: string;
                versionNo: number;
              } | null;
              versions: {
                publishedAt: string | null;
                retiredAt: string | null;
                /** @enum {unknown} */
                status: 'draft' | 'published' | 'retired';
                versionId: string;
                versionNo: number;
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
        /** @description Default Response */
        422: {
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
  '/api/v1/catalog/admin/items/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用 Retire the published version */
    post: {
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
            } & {
              draft: {
                content: {
                  acceptanceConditions: string;
                  aliases: string[];
                  appointment: boolean;
                  autoApproval?: {
                    rules: {
                      description: string;
                      fact: string;
                      key: string;
                      /** @enum {unknown} */
                      op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                      /** @description a number, text, true/false, or a list for `in` */
                      value?: unknown;
                    }[];
                  };
                  baseCode: string;
                  commitment?: {
                    materialKeys: string[];
                    text: string;
                    verification: {
                      /** @enum {unknown} */
                      method: 'data_check' | 'site_inspection' | 'document_review';
                      withinDays: number;
                    } | null;
                  };
                  competentDepartment: string;
                  complaint: string;
                  consultation: string;
                  /** @enum {unknown} */
                  crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                  /** @enum {unknown} */
                  exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                  expressDelivery: boolean;
                  faq: {
                    answer: string;
                    question: string;
                  }[];
                  fees: {
                    amountFen: number;
                    basis: string;
                    name: string;
                    standard?: string;
                    waivable: boolean;
                    waiverBasis?: string;
                  }[];
                  form: {
                    properties: {
                      [key: string]:
                        | {
                            description?: string;
                            enum?: string[];
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {unknown} */
                            type: 'string' | 'number' | 'integer';
                            'x-concept'?: string;
                            /** @enum {unknown} */
                            'x-kind':
                              | 'text'
                              | 'textarea'
                              | 'number'
                              | 'date'
                              | 'select'
                              | 'region'
                              | 'id_number'
                              | 'uscc'
                              | 'mobile'
                              | 'address';
                          }
                        | {
                            description?: string;
                            items: {
                              properties: {
                                [key: string]: {
                                  description?: string;
                                  enum?: string[];
                                  maximum?: number;
                                  maxLength?: number;
                                  minimum?: number;
                                  minLength?: number;
                                  title: string;
                                  titleEn?: string;
                                  /** @enum {unknown} */
                                  type: 'string' | 'number' | 'integer';
                                  'x-concept'?: string;
                                  /** @enum {unknown} */
                                  'x-kind':
                                    | 'text'
                                    | 'textarea'
                                    | 'number'
                                    | 'date'
                                    | 'select'
                                    | 'region'
                                    | 'id_number'
                                    | 'uscc'
                                    | 'mobile'
                                    | 'address';
                                };
                              };
                              required?: string[];
                              /** @enum {string} */
                              type: 'object';
                              'x-order': string[];
                            };
                            maxItems?: number;
                            minItems?: number;
                            title: string;
                            titleEn?: string;
                            /** @enum {string} */
                            type: 'array';
                            'x-concept'?: string;
                            /** @enum {string} */
                            'x-kind': 'rows';
                          };
                    };
                    required: string[];
                    /** @enum {string} */
                    type: 'object';
                    'x-order': string[];
                  };
                  gapAcceptance?: {
                    materialKeys: string[];
                  };
                  handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                  /** @enum {unknown} */
                  handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                  /** @enum {unknown} */
                  handlingType: 'instant' | 'promised';
                  inHall: boolean;
                  /** @enum {unknown} */
                  itemType:
                    | '行政许可'
                    | '行政确认'
                    | '行政裁决'
                    | '行政给付'
                    | '行政奖励'
                    | '行政备案'
                    | '其他行政权力'
                    | '公共服务';
                  legalBasis: string;
                  location: {
                    address: string;
                    hours: string;
                    phone: string;
                    townCode?: string;
                    villageCode?: string;
                  };
                  materials: {
                    acceptanceStandard?: string;
                    basis?: string;
                    blankFormFileId?: string;
                    concept?: string;
                    condition?: string;
                    copies: number;
                    dataResource?: string;
                    fillingNote?: string;
                    /** @enum {unknown} */
                    form: 'paper' | 'electronic' | 'paper_and_electronic';
                    key: string;
                    licenceType?: string;
                    /** @enum {unknown} */
                    materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                    name: string;
                    /** @enum {unknown} */
                    necessity: 'required' | 'optional' | 'conditional';
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                    sourceNote?: string;
                  }[];
                  name: string;
                  onlineDepth: number;
                  onlinePayment: boolean;
                  process?: {
                    steps: {
                      branches?: {
                        budgetDays: number;
                        departmentUscc: string;
                        externalSystem?: string;
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        role: 'window' | 'reviewer' | 'leader';
                      }[];
                      budgetDays: number;
                      departmentUscc?: string;
                      externalSystem?: string;
                      key: string;
                      /** @enum {unknown} */
                      kind: 'accept' | 'review' | 'decide' | 'issue';
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                  };
                  processDescription: string;
                  processSteps: {
                    description: string;
                    name: string;
                  }[];
                  promisedDays: number;
                  promisedNote?: string;
                  requiredVisits: number;
                  result: {
                    licenceType?: string;
                    name: string;
                    sampleFileId?: string;
                    /** @enum {unknown} */
                    type: 'certificate' | 'document' | 'approval' | 'other';
                  };
                  selfServiceTerminal: boolean;
                  serviceObjects: ('natural_person' | 'legal_person')[];
                  statutoryDays: number | null;
                  statutoryNote?: string;
                  topics: {
                    enterprise: string[];
                    person: string[];
                  };
                  visitReason?: string;
                };
                issues: {
                  code: string;
                  field: string;
                  message: {
                    en: string;
                    zh: string;
                  };
                }[];
                updatedAt: string;
                versionId: string;
                versionNo: number;
              } | null;
              versions: {
                publishedAt: string | null;
                retiredAt: string | null;
                /** @enum {unknown} */
                status: 'draft' | 'published' | 'retired';
                versionId: string;
                versionNo: number;
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
  '/api/v1/catalog/admin/synonyms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 同义词词典 Colloquial-phrase dictionary */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit: number;
          q?: string;
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
                expansions: string[];
                id: string;
                phrase: string;
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
    /** 新增同义词 Add a phrase */
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
            expansions: string[];
            phrase: string;
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
              expansions: string[];
              id: string;
              phrase: string;
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
  '/api/v1/catalog/admin/synonyms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改同义词 Edit a phrase */
    put: {
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
            expansions: string[];
            phrase: string;
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
              expansions: string[];
              id: string;
              phrase: string;
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
    /** 删除同义词 Delete a phrase */
    delete: {
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
  '/api/v1/catalog/admin/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布规则检查 Check the publication rules */
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
            content: {
              acceptanceConditions: string;
              aliases: string[];
              appointment: boolean;
              autoApproval?: {
                rules: {
                  description: string;
                  fact: string;
                  key: string;
                  /** @enum {unknown} */
                  op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                  /** @description a number, text, true/false, or a list for `in` */
                  value?: unknown;
                }[];
              };
              baseCode: string;
              commitment?: {
                materialKeys: string[];
                text: string;
                verification: {
                  /** @enum {unknown} */
                  method: 'data_check' | 'site_inspection' | 'document_review';
                  withinDays: number;
                } | null;
              };
              competentDepartment: string;
              complaint: string;
              consultation: string;
              /** @enum {unknown} */
              crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
              /** @enum {unknown} */
              exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
              expressDelivery: boolean;
              faq: {
                answer: string;
                question: string;
              }[];
              fees: {
                amountFen: number;
                basis: string;
                name: string;
                standard?: string;
                waivable: boolean;
                waiverBasis?: string;
              }[];
              form: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              gapAcceptance?: {
                materialKeys: string[];
              };
              handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
              /** @enum {unknown} */
              handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
              /** @enum {unknown} */
              handlingType: 'instant' | 'promised';
              inHall: boolean;
              /** @enum {unknown} */
              itemType:
                | '行政许可'
                | '行政确认'
                | '行政裁决'
                | '行政给付'
                | '行政奖励'
                | '行政备案'
                | '其他行政权力'
                | '公共服务';
              legalBasis: string;
              location: {
                address: string;
                hours: string;
                phone: string;
                townCode?: string;
                villageCode?: string;
              };
              materials: {
                acceptanceStandard?: string;
                basis?: string;
                blankFormFileId?: string;
                concept?: string;
                condition?: string;
                copies: number;
                dataResource?: string;
                fillingNote?: string;
                /** @enum {unknown} */
                form: 'paper' | 'electronic' | 'paper_and_electronic';
                key: string;
                licenceType?: string;
                /** @enum {unknown} */
                materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                name: string;
                /** @enum {unknown} */
                necessity: 'required' | 'optional' | 'conditional';
                sampleFileId?: string;
                /** @enum {unknown} */
                sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                sourceNote?: string;
              }[];
              name: string;
              onlineDepth: number;
              onlinePayment: boolean;
              process?: {
                steps: {
                  branches?: {
                    budgetDays: number;
                    departmentUscc: string;
                    externalSystem?: string;
                    key: string;
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                  budgetDays: number;
                  departmentUscc?: string;
                  externalSystem?: string;
                  key: string;
                  /** @enum {unknown} */
                  kind: 'accept' | 'review' | 'decide' | 'issue';
                  name: string;
                  /** @enum {unknown} */
                  role: 'window' | 'reviewer' | 'leader';
                }[];
              };
              processDescription: string;
              processSteps: {
                description: string;
                name: string;
              }[];
              promisedDays: number;
              promisedNote?: string;
              requiredVisits: number;
              result: {
                licenceType?: string;
                name: string;
                sampleFileId?: string;
                /** @enum {unknown} */
                type: 'certificate' | 'document' | 'approval' | 'other';
              };
              selfServiceTerminal: boolean;
              serviceObjects: ('natural_person' | 'legal_person')[];
              statutoryDays: number | null;
              statutoryNote?: string;
              topics: {
                enterprise: string[];
                person: string[];
              };
              visitReason?: string;
            };
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
              issues: {
                code: string;
                field: string;
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
  '/api/v1/catalog/bundles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一件事 Published bundle */
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
              code: string;
              content: {
                aliases: string[];
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                description: string;
                items: {
                  dependsOn: string[];
                  itemCode: string;
                  optional: boolean;
                }[];
                name: string;
                promisedDays: number;
                topic: string;
              };
              id: string;
              items: {
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                itemId: string | null;
                name: string;
                optional: boolean;
                promisedDays: number | null;
              }[];
              mergedForm: {
                fields: {
                  field:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                  key: string;
                  usedBy: {
                    fieldKey: string;
                    itemCode: string;
                  }[];
                }[];
                schema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
              };
              mergedMaterials: {
                key: string;
                material: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                };
                usedBy: {
                  itemCode: string;
                  materialKey: string;
                }[];
              }[];
              promisedDays: number;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              statutoryDaysSum: number;
              versionId: string;
              versionNo: number;
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
  '/api/v1/catalog/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 有事项的部门 Departments with published items */
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
              items: {
                id: string;
                itemCount: number;
                name: string;
                regionCode: string;
                regionName: string;
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
  '/api/v1/catalog/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办事指南 Published guide of an item */
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
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
  '/api/v1/catalog/items/{id}/versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项的某一版本 One version of an item */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          versionId: string;
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
              baseCode: string;
              children: {
                handlingKind: string | null;
                id: string;
                name: string;
              }[];
              content: {
                acceptanceConditions: string;
                aliases: string[];
                appointment: boolean;
                autoApproval?: {
                  rules: {
                    description: string;
                    fact: string;
                    key: string;
                    /** @enum {unknown} */
                    op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'startsWith' | 'exists';
                    /** @description a number, text, true/false, or a list for `in` */
                    value?: unknown;
                  }[];
                };
                baseCode: string;
                commitment?: {
                  materialKeys: string[];
                  text: string;
                  verification: {
                    /** @enum {unknown} */
                    method: 'data_check' | 'site_inspection' | 'document_review';
                    withinDays: number;
                  } | null;
                };
                competentDepartment: string;
                complaint: string;
                consultation: string;
                /** @enum {unknown} */
                crossRegionScope: 'none' | 'city' | 'province' | 'cross_province';
                /** @enum {unknown} */
                exerciseLevel: '国家级' | '省级' | '市级' | '县级' | '乡级' | '村级';
                expressDelivery: boolean;
                faq: {
                  answer: string;
                  question: string;
                }[];
                fees: {
                  amountFen: number;
                  basis: string;
                  name: string;
                  standard?: string;
                  waivable: boolean;
                  waiverBasis?: string;
                }[];
                form: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                gapAcceptance?: {
                  materialKeys: string[];
                };
                handlingForms: ('window' | 'online' | 'postal' | 'self_service')[];
                /** @enum {unknown} */
                handlingKind?: 'new' | 'change' | 'renewal' | 'cancellation';
                /** @enum {unknown} */
                handlingType: 'instant' | 'promised';
                inHall: boolean;
                /** @enum {unknown} */
                itemType:
                  | '行政许可'
                  | '行政确认'
                  | '行政裁决'
                  | '行政给付'
                  | '行政奖励'
                  | '行政备案'
                  | '其他行政权力'
                  | '公共服务';
                legalBasis: string;
                location: {
                  address: string;
                  hours: string;
                  phone: string;
                  townCode?: string;
                  villageCode?: string;
                };
                materials: {
                  acceptanceStandard?: string;
                  basis?: string;
                  blankFormFileId?: string;
                  concept?: string;
                  condition?: string;
                  copies: number;
                  dataResource?: string;
                  fillingNote?: string;
                  /** @enum {unknown} */
                  form: 'paper' | 'electronic' | 'paper_and_electronic';
                  key: string;
                  licenceType?: string;
                  /** @enum {unknown} */
                  materialType: 'original' | 'copy' | 'original_and_copy' | 'other';
                  name: string;
                  /** @enum {unknown} */
                  necessity: 'required' | 'optional' | 'conditional';
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  sourceChannel: 'applicant' | 'government' | 'intermediary' | 'other';
                  sourceNote?: string;
                }[];
                name: string;
                onlineDepth: number;
                onlinePayment: boolean;
                process?: {
                  steps: {
                    branches?: {
                      budgetDays: number;
                      departmentUscc: string;
                      externalSystem?: string;
                      key: string;
                      name: string;
                      /** @enum {unknown} */
                      role: 'window' | 'reviewer' | 'leader';
                    }[];
                    budgetDays: number;
                    departmentUscc?: string;
                    externalSystem?: string;
                    key: string;
                    /** @enum {unknown} */
                    kind: 'accept' | 'review' | 'decide' | 'issue';
                    name: string;
                    /** @enum {unknown} */
                    role: 'window' | 'reviewer' | 'leader';
                  }[];
                };
                processDescription: string;
                processSteps: {
                  description: string;
                  name: string;
                }[];
                promisedDays: number;
                promisedNote?: string;
                requiredVisits: number;
                result: {
                  licenceType?: string;
                  name: string;
                  sampleFileId?: string;
                  /** @enum {unknown} */
                  type: 'certificate' | 'document' | 'approval' | 'other';
                };
                selfServiceTerminal: boolean;
                serviceObjects: ('natural_person' | 'legal_person')[];
                statutoryDays: number | null;
                statutoryNote?: string;
                topics: {
                  enterprise: string[];
                  person: string[];
                };
                visitReason?: string;
              };
              departmentId: string;
              departmentName: string;
              id: string;
              implementationCode: string;
              parent: {
                id: string;
                name: string;
              } | null;
              publishedAt: string | null;
              regionCode: string;
              regionName: string;
              /** @enum {unknown} */
              status: 'draft' | 'published' | 'retired';
              versionId: string;
              versionNo: number;
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
  '/api/v1/catalog/popular': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 热门服务 Popular services */
    get: {
      parameters: {
        query: {
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
                departmentName: string | null;
                id: string;
                itemType: string | null;
                /** @enum {unknown} */
                kind: 'item' | 'bundle';
                name: string;
                onlineDepth: number | null;
                promisedDays: number;
                regionName: string | null;
                requiredVisits: number | null;
                score: number;
                snippet: string;
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
  '/api/v1/catalog/power-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 权力清单 Power list with legal basis */
    get: {
      parameters: {
        query: {
          cursor?: string;
          departmentId?: string;
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
                departmentName: string;
                id: string;
                implementationCode: string;
                itemType: string;
                legalBasis: string;
                name: string;
              }[];
              nextCursor: string | null;
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
  '/api/v1/catalog/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项搜索 Search items and bundles */
    get: {
      parameters: {
        query: {
          departmentId?: string;
          itemType?: string;
          kind?: 'item' | 'bundle';
          limit: number;
          offset: number;
          onlineDepth?: number;
          q?: string;
          regionCode?: string;
          topic?: string;
          zeroVisits?: boolean;
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
              didYouMean: string | null;
              expandedTerms: string[];
              hits: {
                departmentName: string | null;
                id: string;
                itemType: string | null;
                /** @enum {unknown} */
                kind: 'item' | 'bundle';
                name: string;
                onlineDepth: number | null;
                promisedDays: number;
                regionName: string | null;
                requiredVisits: number | null;
                score: number;
                snippet: string;
              }[];
              total: number;
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
  '/api/v1/catalog/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索联想 Type-ahead suggestions */
    get: {
      parameters: {
        query: {
          limit: number;
          q: string;
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
              suggestions: string[];
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
  '/api/v1/catalog/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 主题分类 Life-event topics */
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
              items: {
                /** @enum {unknown} */
                audience: 'person' | 'enterprise';
                code: string;
                itemCount: number;
                name: string;
                nameEn: string;
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
  '/api/v1/check/{caseNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件进度查询 Public status check behind a notice’s QR code (no personal data) */
    get: {
      parameters: {
        query: {
          code: string;
        };
        header?: never;
        path: {
          caseNumber: string;
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
              acceptedAt: string | null;
              caseNumber: string;
              decidedAt: string | null;
              departmentName: string | null;
              promisedDueDate: string | null;
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              steps: {
                action: string;
                at: string;
                stepName: string | null;
              }[];
              submittedAt: string | null;
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
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传文件 Upload a file (raw body; PDF, PNG, JPEG, Word, Excel) */
    post: {
      parameters: {
        query: {
          visibility: 'public' | 'private';
        };
        header?: {
          'x-file-name'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              mediaType: string;
              name: string;
              size: number;
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
        /** @description Default Response */
        413: {
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
        415: {
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
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载文件 Download a file */
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
          content?: never;
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
  '/api/v1/me/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 站内消息 Inbox: my messages, newest first */
    get: {
      parameters: {
        query: {
          cursor?: string;
          /** @description 消息语言 Language of the message text */
          lang?: 'zh' | 'en';
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
                body: string;
                caseId: string | null;
                createdAt: string;
                id: string;
                link: string | null;
                readAt: string | null;
                template: string;
                title: string;
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
  '/api/v1/me/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看站内消息 Inbox: read one message */
    get: {
      parameters: {
        query?: {
          /** @description 消息语言 Language of the message text */
          lang?: 'zh' | 'en';
        };
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
              body: string;
              caseId: string | null;
              createdAt: string;
              id: string;
              link: string | null;
              readAt: string | null;
              template: string;
              title: string;
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
  '/api/v1/me/messages/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标记为已读 Inbox: mark a message read */
    post: {
      parameters: {
        query?: {
          /** @description 消息语言 Language of the message text */
          lang?: 'zh' | 'en';
        };
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
              body: string;
              caseId: string | null;
              createdAt: string;
              id: string;
              link: string | null;
              readAt: string | null;
              template: string;
              title: string;
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
  '/api/v1/me/messages/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标记为已读 Inbox: mark all messages read */
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
              marked: number;
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
  '/api/v1/me/messages/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 站内消息未读数 Inbox: number of unread messages */
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
              count: number;
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
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办 Inbox: open tasks of my departments and roles */
    get: {
      parameters: {
        query: {
          cursor?: string;
          kind?: 'accept' | 'review' | 'branch' | 'decide' | 'issue' | 'verification';
          level?: 'normal' | 'warning' | 'overdue';
          limit: number;
          q?: string;
          scope: 'mine' | 'available' | 'all';
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
                applicantName: string;
                caseId: string;
                caseNumber: string | null;
                channel: string;
                claimed: boolean;
                claimedByMe: boolean;
                dueDate: string | null;
                id: string;
                kind: string;
                level: string;
                serviceName: string;
                status: string;
                stepName: string;
                version: number;
                workingDaysLeft: number | null;
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
  '/api/v1/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办详情 A task with its case: form, materials, history and the actions allowed */
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
              case: {
                acceptanceDueAt: string | null;
                acceptedAt: string | null;
                /** @enum {unknown} */
                applicantKind: 'person' | 'organisation';
                applicantName: string;
                autoTrace: {
                  evaluatedAt: string;
                  passed: boolean;
                  results: {
                    description: string;
                    key: string;
                    passed: boolean;
                    reason: {
                      en: string;
                      zh: string;
                    } | null;
                  }[];
                } | null;
                caseNumber: string | null;
                /** @enum {unknown} */
                channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
                checkUrl: string | null;
                children: {
                  caseNumber: string | null;
                  departmentName: string | null;
                  dependsOn: string[];
                  id: string;
                  serviceName: string;
                  /** @enum {unknown} */
                  status:
                    | 'draft'
                    | 'waiting'
                    | 'submitted'
                    | 'correction_requested'
                    | 'not_accepted'
                    | 'in_review'
                    | 'suspended'
                    | 'approved'
                    | 'denied'
                    | 'withdrawn'
                    | 'revoked'
                    | 'cancelled'
                    | 'in_progress'
                    | 'completed';
                  statusName: {
                    en: string;
                    zh: string;
                  };
                }[];
                closedAt: string | null;
                commitment: {
                  materialKeys: string[];
                  text: string;
                } | null;
                commitmentSigned: boolean;
                correctionUsed: boolean;
                createdAt: string;
                decidedAt: string | null;
                decision: ('approved' | 'denied') | (never | null);
                decisionBasis: string | null;
                decisionReason: string | null;
                deemedAccepted: boolean;
                department: {
                  id: string;
                  name: string;
                } | null;
                expected: {
                  en: string;
                  zh: string;
                } | null;
                form: {
                  [key: string]: unknown;
                };
                formSchema: {
                  properties: {
                    [key: string]:
                      | {
                          description?: string;
                          enum?: string[];
                          maximum?: number;
                          maxLength?: number;
                          minimum?: number;
                          minLength?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {unknown} */
                          type: 'string' | 'number' | 'integer';
                          'x-concept'?: string;
                          /** @enum {unknown} */
                          'x-kind':
                            | 'text'
                            | 'textarea'
                            | 'number'
                            | 'date'
                            | 'select'
                            | 'region'
                            | 'id_number'
                            | 'uscc'
                            | 'mobile'
                            | 'address';
                        }
                      | {
                          description?: string;
                          items: {
                            properties: {
                              [key: string]: {
                                description?: string;
                                enum?: string[];
                                maximum?: number;
                                maxLength?: number;
                                minimum?: number;
                                minLength?: number;
                                title: string;
                                titleEn?: string;
                                /** @enum {unknown} */
                                type: 'string' | 'number' | 'integer';
                                'x-concept'?: string;
                                /** @enum {unknown} */
                                'x-kind':
                                  | 'text'
                                  | 'textarea'
                                  | 'number'
                                  | 'date'
                                  | 'select'
                                  | 'region'
                                  | 'id_number'
                                  | 'uscc'
                                  | 'mobile'
                                  | 'address';
                              };
                            };
                            required?: string[];
                            /** @enum {string} */
                            type: 'object';
                            'x-order': string[];
                          };
                          maxItems?: number;
                          minItems?: number;
                          title: string;
                          titleEn?: string;
                          /** @enum {string} */
                          type: 'array';
                          'x-concept'?: string;
                          /** @enum {string} */
                          'x-kind': 'rows';
                        };
                  };
                  required: string[];
                  /** @enum {string} */
                  type: 'object';
                  'x-order': string[];
                };
                id: string;
                materials: {
                  acceptanceStandard: string | null;
                  commitmentCovers: boolean;
                  fetched: {
                    boundFields: string[];
                    fetchedAt: string;
                    proof: string;
                    provider: string;
                    values: {
                      [key: string]: string;
                    };
                  } | null;
                  fileIds: string[];
                  key: string;
                  mayPledge: boolean;
                  name: string;
                  necessity: string;
                  offers: {
                    description: string;
                    fields?: string[];
                    kind: string;
                    provider: string;
                    reference: string;
                  }[];
                  pledgeDueDate: string | null;
                  reference: {
                    [key: string]: string;
                  } | null;
                  source: string | null;
                  sourceChannel: string;
                  /** @enum {unknown} */
                  status: 'provided' | 'pledged' | 'missing';
                }[];
                notices: {
                  id: string;
                  issuedAt: string;
                  kind: string;
                  number: string;
                  title: {
                    en: string;
                    zh: string;
                  };
                }[];
                parentId: string | null;
                pledgeLimit: string | null;
                promisedDueDate: string | null;
                regionCode: string;
                result: {
                  documentNumber: string | null;
                  licenceType: string | null;
                  name: string;
                  type: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                serviceCode: string;
                /** @enum {unknown} */
                serviceKind: 'item' | 'bundle';
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
                statutoryDueDate: string | null;
                submittedAt: string | null;
                suspendedWorkingDays: number;
                suspension: {
                  procedure: string;
                  reason: string;
                  since: string;
                } | null;
                tasks: {
                  completedAt: string | null;
                  departmentName: string;
                  dueDate: string | null;
                  externalSystem: string | null;
                  id: string;
                  kind: string;
                  level: string;
                  opinion: string | null;
                  outcome: string | null;
                  status: string;
                  stepName: string;
                  version: number;
                }[];
                timeline: {
                  action: string;
                  actorName: string | null;
                  at: string;
                  departmentName: string | null;
                  internal: boolean;
                  note: string | null;
                  stepName: string | null;
                }[];
                trips: number;
                version: number;
                visits: {
                  at: string;
                  kind: string;
                }[];
              };
              task: {
                claimed: boolean;
                claimedByMe: boolean;
                colleagues: {
                  id: string;
                  name: string;
                }[];
                departmentName: string;
                dueDate: string | null;
                externalState: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                mayHandle: boolean;
                outcomes: string[];
                returnableSteps: {
                  key: string;
                  name: string;
                }[];
                status: string;
                stepName: string;
                verificationMethod: string | null;
                version: number;
                workingDaysLeft: number | null;
              };
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
  '/api/v1/tasks/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 认领 Claim a task */
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
            version: number;
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
              assigneeAccountId: string | null;
              id: string;
              status: string;
              version: number;
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
  '/api/v1/tasks/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 内部意见 Add an internal comment to the case history */
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
            text: string;
          };
        };
      };
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办理 Decide a task: accept / request correction / refuse, agree / disagree, approve / deny … */
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
            corrections?: {
              field?: string;
              materialKey?: string;
              problem: string;
            }[];
            legalBasis?: string;
            note?: string;
            opinion?: string;
            /** @enum {unknown} */
            outcome:
              | 'accept'
              | 'request_correction'
              | 'refuse'
              | 'agree'
              | 'disagree'
              | 'approve'
              | 'deny'
              | 'issued'
              | 'passed'
              | 'failed';
            reason?: string;
            resultValues?: {
              [key: string]: string;
            };
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/tasks/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 放回 Release a claimed task back to the team */
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
            version: number;
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
              assigneeAccountId: string | null;
              id: string;
              status: string;
              version: number;
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
  '/api/v1/tasks/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 恢复计时 Resume the clock after a special procedure */
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
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/tasks/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回 Return the case to an earlier step */
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
            reason: string;
            toStepKey: string;
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/tasks/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 特别程序 Suspend the clock (expert review, hearing, inspection …) */
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
            /** @enum {unknown} */
            procedure: 'expert_review' | 'hearing' | 'inspection' | 'testing' | 'public_notice';
            reason: string;
            version: number;
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/tasks/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转交 Transfer a task to a colleague with the same role */
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
            toAccountId: string;
            version: number;
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
              assigneeAccountId: string | null;
              id: string;
              status: string;
              version: number;
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
  '/api/v1/window/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口收件 Window intake: file and submit a case for a person who is present */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            commitment?: boolean;
            form: {
              [key: string]: unknown;
            };
            itemCode: string;
            materials: {
              fileIds?: string[];
              key: string;
              note?: string;
              pledgeDueDate?: string;
              /** @enum {unknown} */
              source: 'upload' | 'licence' | 'shared_data' | 'pledge' | 'waived';
            }[];
            person: {
              idNumber: string;
              mobile?: string;
              name: string;
            };
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
              acceptanceDueAt: string | null;
              acceptedAt: string | null;
              /** @enum {unknown} */
              applicantKind: 'person' | 'organisation';
              applicantName: string;
              autoTrace: {
                evaluatedAt: string;
                passed: boolean;
                results: {
                  description: string;
                  key: string;
                  passed: boolean;
                  reason: {
                    en: string;
                    zh: string;
                  } | null;
                }[];
              } | null;
              caseNumber: string | null;
              /** @enum {unknown} */
              channel: 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
              checkUrl: string | null;
              children: {
                caseNumber: string | null;
                departmentName: string | null;
                dependsOn: string[];
                id: string;
                serviceName: string;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'waiting'
                  | 'submitted'
                  | 'correction_requested'
                  | 'not_accepted'
                  | 'in_review'
                  | 'suspended'
                  | 'approved'
                  | 'denied'
                  | 'withdrawn'
                  | 'revoked'
                  | 'cancelled'
                  | 'in_progress'
                  | 'completed';
                statusName: {
                  en: string;
                  zh: string;
                };
              }[];
              closedAt: string | null;
              commitment: {
                materialKeys: string[];
                text: string;
              } | null;
              commitmentSigned: boolean;
              correctionUsed: boolean;
              createdAt: string;
              decidedAt: string | null;
              decision: ('approved' | 'denied') | (never | null);
              decisionBasis: string | null;
              decisionReason: string | null;
              deemedAccepted: boolean;
              department: {
                id: string;
                name: string;
              } | null;
              expected: {
                en: string;
                zh: string;
              } | null;
              form: {
                [key: string]: unknown;
              };
              formSchema: {
                properties: {
                  [key: string]:
                    | {
                        description?: string;
                        enum?: string[];
                        maximum?: number;
                        maxLength?: number;
                        minimum?: number;
                        minLength?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {unknown} */
                        type: 'string' | 'number' | 'integer';
                        'x-concept'?: string;
                        /** @enum {unknown} */
                        'x-kind':
                          | 'text'
                          | 'textarea'
                          | 'number'
                          | 'date'
                          | 'select'
                          | 'region'
                          | 'id_number'
                          | 'uscc'
                          | 'mobile'
                          | 'address';
                      }
                    | {
                        description?: string;
                        items: {
                          properties: {
                            [key: string]: {
                              description?: string;
                              enum?: string[];
                              maximum?: number;
                              maxLength?: number;
                              minimum?: number;
                              minLength?: number;
                              title: string;
                              titleEn?: string;
                              /** @enum {unknown} */
                              type: 'string' | 'number' | 'integer';
                              'x-concept'?: string;
                              /** @enum {unknown} */
                              'x-kind':
                                | 'text'
                                | 'textarea'
                                | 'number'
                                | 'date'
                                | 'select'
                                | 'region'
                                | 'id_number'
                                | 'uscc'
                                | 'mobile'
                                | 'address';
                            };
                          };
                          required?: string[];
                          /** @enum {string} */
                          type: 'object';
                          'x-order': string[];
                        };
                        maxItems?: number;
                        minItems?: number;
                        title: string;
                        titleEn?: string;
                        /** @enum {string} */
                        type: 'array';
                        'x-concept'?: string;
                        /** @enum {string} */
                        'x-kind': 'rows';
                      };
                };
                required: string[];
                /** @enum {string} */
                type: 'object';
                'x-order': string[];
              };
              id: string;
              materials: {
                acceptanceStandard: string | null;
                commitmentCovers: boolean;
                fetched: {
                  boundFields: string[];
                  fetchedAt: string;
                  proof: string;
                  provider: string;
                  values: {
                    [key: string]: string;
                  };
                } | null;
                fileIds: string[];
                key: string;
                mayPledge: boolean;
                name: string;
                necessity: string;
                offers: {
                  description: string;
                  fields?: string[];
                  kind: string;
                  provider: string;
                  reference: string;
                }[];
                pledgeDueDate: string | null;
                reference: {
                  [key: string]: string;
                } | null;
                source: string | null;
                sourceChannel: string;
                /** @enum {unknown} */
                status: 'provided' | 'pledged' | 'missing';
              }[];
              notices: {
                id: string;
                issuedAt: string;
                kind: string;
                number: string;
                title: {
                  en: string;
                  zh: string;
                };
              }[];
              parentId: string | null;
              pledgeLimit: string | null;
              promisedDueDate: string | null;
              regionCode: string;
              result: {
                documentNumber: string | null;
                licenceType: string | null;
                name: string;
                type: string;
                values: {
                  [key: string]: string;
                };
              } | null;
              serviceCode: string;
              /** @enum {unknown} */
              serviceKind: 'item' | 'bundle';
              serviceName: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'waiting'
                | 'submitted'
                | 'correction_requested'
                | 'not_accepted'
                | 'in_review'
                | 'suspended'
                | 'approved'
                | 'denied'
                | 'withdrawn'
                | 'revoked'
                | 'cancelled'
                | 'in_progress'
                | 'completed';
              statusName: {
                en: string;
                zh: string;
              };
              statutoryDueDate: string | null;
              submittedAt: string | null;
              suspendedWorkingDays: number;
              suspension: {
                procedure: string;
                reason: string;
                since: string;
              } | null;
              tasks: {
                completedAt: string | null;
                departmentName: string;
                dueDate: string | null;
                externalSystem: string | null;
                id: string;
                kind: string;
                level: string;
                opinion: string | null;
                outcome: string | null;
                status: string;
                stepName: string;
                version: number;
              }[];
              timeline: {
                action: string;
                actorName: string | null;
                at: string;
                departmentName: string | null;
                internal: boolean;
                note: string | null;
                stepName: string | null;
              }[];
              trips: number;
              version: number;
              visits: {
                at: string;
                kind: string;
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
  '/api/v1/workflow/callbacks/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 部门系统回调 Signed callback from a department system: accepted, rejected or pending */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            opinion?: string;
            /** @enum {unknown} */
            outcome: 'accepted' | 'rejected' | 'pending';
            reference?: string;
            taskId: string;
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
              outcome: string;
              taskId: string;
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
  '/api/v1/workflow/external-systems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 部门自建系统 Registered department systems */
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
              items: {
                code: string;
                departmentId: string;
                endpointUrl: string;
                name: string;
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
    /** 登记部门自建系统 Register a department system that takes steps (the secret is shown once) */
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
            code: string;
            departmentId: string;
            /** Format: uri */
            endpointUrl: string;
            name: string;
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
              code: string;
              departmentId: string;
              endpointUrl: string;
              name: string;
              secret: string;
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
