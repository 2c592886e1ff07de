/**
 * The API's types, generated from GET /api/openapi.json by `npm run api:types`. Do not edit by hand:
 * a test compares this file with what the server describes.
 */
export interface paths {
    "/api/v1/assessment-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The assessment templates a clinician can fill in: IMTAP-style intake and validated scales, each item on its own scale, with the published scoring and sources. */
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
                        "application/json": {
                            items: {
                                key: string;
                                name: string;
                                populations: string[];
                                references: {
                                    authors: string;
                                    doi?: string;
                                    journal?: string;
                                    source?: string;
                                    title: string;
                                    year: number;
                                }[];
                                scoring: {
                                    bands?: {
                                        label: string;
                                        max: number;
                                        min: number;
                                    }[];
                                    items: string[];
                                    range: [
                                        number,
                                        number
                                    ];
                                } | null;
                                sections: {
                                    items: {
                                        anchors?: {
                                            label: string;
                                            value: number;
                                        }[];
                                        choices?: string[];
                                        help?: string;
                                        key: string;
                                        /** @enum {string} */
                                        kind: "imtap" | "rating" | "number" | "text" | "choice" | "boolean";
                                        label: string;
                                        max?: number;
                                        min?: number;
                                        step?: number;
                                        unit?: string;
                                    }[];
                                    key: string;
                                    title: string;
                                }[];
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
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            assessedOn: string;
                            assessorId: string;
                            clientId: string;
                            id: string;
                            kind: string;
                            needs: string;
                            observations: string;
                            responses: {
                                [key: string]: number | string | boolean | null;
                            };
                            /** @description the total by the scale’s published rule; null for a template without a total */
                            score: ({
                                /** @description the published severity band, or null where the source gives no cut-offs */
                                band: string | null;
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "complete";
                                total: number;
                            } | {
                                invalid: string[];
                                missing: string[];
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "incomplete";
                            }) | null;
                            strengths: string;
                            templateKey: string | null;
                            templateName: string | null;
                            version: number;
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
        patch: {
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
                    "application/json": {
                        assessedOn?: string;
                        needs?: string;
                        observations?: string;
                        responses?: {
                            [key: string]: number | string | boolean | null;
                        };
                        strengths?: string;
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
                        "application/json": {
                            assessedOn: string;
                            assessorId: string;
                            clientId: string;
                            id: string;
                            kind: string;
                            needs: string;
                            observations: string;
                            responses: {
                                [key: string]: number | string | boolean | null;
                            };
                            /** @description the total by the scale’s published rule; null for a template without a total */
                            score: ({
                                /** @description the published severity band, or null where the source gives no cut-offs */
                                band: string | null;
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "complete";
                                total: number;
                            } | {
                                invalid: string[];
                                missing: string[];
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "incomplete";
                            }) | null;
                            strengths: string;
                            templateKey: string | null;
                            templateName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/assessments/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            assessmentId: string;
                            clientId: string;
                            suggestions: {
                                baselinePercent: number;
                                domain: {
                                    category: string;
                                    id: string;
                                    key: string;
                                    name: string;
                                } | null;
                                domainKey: string;
                                itemKey: string;
                                itemLabel: string;
                                objectiveTemplates: {
                                    behaviour: string;
                                    condition: string;
                                    criterion: {
                                        /** @enum {string} */
                                        comparator: ">=" | ">" | "<=" | "<";
                                        minSessions: number;
                                        value: number;
                                        window: {
                                            /** @enum {string} */
                                            kind: "consecutive";
                                            sessions: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "of-last";
                                            met: number;
                                            sessions: number;
                                        };
                                    };
                                    /** @enum {string} */
                                    direction: "increase" | "decrease";
                                    key: string;
                                    measurement: {
                                        /**
                                         * @default percent_success
                                         * @enum {string}
                                         */
                                        metric: "percent_success" | "percent_independent";
                                        minOpportunities?: number;
                                        promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /** @enum {string} */
                                        type: "trials";
                                    } | {
                                        /** @enum {string} */
                                        counts?: "steps" | "heartbeats";
                                        /**
                                         * @default count
                                         * @enum {string}
                                         */
                                        metric: "count" | "rate_per_minute";
                                        /** @enum {string} */
                                        type: "frequency";
                                    } | {
                                        /**
                                         * @default total_seconds
                                         * @enum {string}
                                         */
                                        metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                        test?: {
                                            distanceMetres?: number;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        type: "duration";
                                    } | {
                                        /** @default 600 */
                                        maxSeconds: number;
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "median";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "latency";
                                    } | {
                                        /** @default [] */
                                        anchors: {
                                            label: string;
                                            value: number;
                                        }[];
                                        max: number;
                                        min: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        /**
                                         * @default [
                                         *       "independent",
                                         *       "gestural",
                                         *       "verbal",
                                         *       "visual",
                                         *       "model",
                                         *       "partial_physical",
                                         *       "full_physical"
                                         *     ]
                                         */
                                        hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /**
                                         * @default mean_level_score
                                         * @enum {string}
                                         */
                                        metric: "mean_level_score" | "most_independent";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "prompt_level";
                                    } | {
                                        steps: string[];
                                        /** @enum {string} */
                                        type: "task_analysis";
                                    } | {
                                        channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "pre_post_change";
                                        /** @enum {string} */
                                        primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                        /** @enum {string} */
                                        type: "physiological";
                                    } | {
                                        max: number;
                                        min: number;
                                        scaleName: string;
                                        /** @enum {string} */
                                        type: "pre_post";
                                    };
                                    populations: string[];
                                    text: string;
                                }[];
                                rating: number;
                            }[];
                            templateKey: string | null;
                            templateName: string | null;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: "read" | "create" | "update" | "delete" | "restore" | "sign" | "cosign" | "export" | "login" | "login-failed" | "logout" | "access-denied" | "grant-access" | "override";
                    actorId?: string;
                    clientId?: string;
                    from?: string;
                    limit?: number;
                    offset?: number;
                    to?: string;
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
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                at: string;
                                clientId: string | null;
                                entityId: string | null;
                                entityType: string;
                                id: number;
                                outcome: string;
                                requestId: string | null;
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
    "/api/v1/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: "read" | "create" | "update" | "delete" | "restore" | "sign" | "cosign" | "export" | "login" | "login-failed" | "logout" | "access-denied" | "grant-access" | "override";
                    actorId?: string;
                    clientId?: string;
                    from?: string;
                    to?: string;
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
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
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            organizationId: string;
                            roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/claims.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims with the fields of a CMS-1500, one row per billable service line
         * @description Answers text/csv.
         */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    from?: string;
                    to?: string;
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
    "/api/v1/billing/productivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions, units and billable minutes per therapist per week (supervisor) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                        "application/json": {
                            items: {
                                billableMinutes: number;
                                name: string;
                                sessions: number;
                                therapistId: string;
                                units: number;
                                week: string;
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
    "/api/v1/billing/provider-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** NPIs of the practice (item 33a) and its clinicians (item 24J) */
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
                        "application/json": {
                            organization: {
                                name: string;
                                npi: string | null;
                            };
                            providers: {
                                id: string;
                                name: string;
                                npi: string | null;
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
    "/api/v1/billing/school-log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * School district service log: date, minutes, IEP goals served, attendance
         * @description Answers text/csv.
         */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    from?: string;
                    to?: string;
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
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    population?: string;
                    q?: string;
                    setting?: string;
                    status?: "referred" | "assessing" | "active" | "on_hold" | "discharged";
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
                        "application/json": {
                            items: {
                                careTeam: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "primary" | "member";
                                    /** Format: uuid */
                                    userId: string;
                                }[];
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                lastName: string;
                                populations: string[];
                                preferredName: string | null;
                                setting: string;
                                /** @enum {string} */
                                status: "referred" | "assessing" | "active" | "on_hold" | "discharged";
                                version: number;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        birthDate?: string | null;
                        /** @default [] */
                        diagnoses?: {
                            /** @default  */
                            code?: string;
                            label: string;
                        }[];
                        firstName: string;
                        /** @default null */
                        gestationalAgeDays?: number | null;
                        /** @default null */
                        gestationalAgeWeeks?: number | null;
                        /** @default [] */
                        guardians?: {
                            /** @default  */
                            email?: string;
                            /** @default false */
                            isLegalGuardian?: boolean;
                            name: string;
                            /** @default  */
                            phone?: string;
                            /** @default  */
                            relationship?: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        /**
                         * @default {
                         *       "genres": [],
                         *       "songs": [],
                         *       "artists": [],
                         *       "instruments": [],
                         *       "dislikes": [],
                         *       "notes": ""
                         *     }
                         */
                        musicPreferences?: {
                            /** @default [] */
                            artists?: string[];
                            /** @default [] */
                            dislikes?: string[];
                            /** @default [] */
                            genres?: string[];
                            /** @default [] */
                            instruments?: string[];
                            /** @default  */
                            notes?: string;
                            /** @default [] */
                            songs?: string[];
                        };
                        /** @default [] */
                        populations?: string[];
                        /** @default [] */
                        precautions?: {
                            /** @enum {string} */
                            kind: "seizures_photosensitivity" | "sound_sensitivity" | "trauma_linked_music" | "hearing_device_or_shunt" | "atlanto_axial_instability" | "swallow" | "fall_risk" | "nicu_stimulation_limits" | "other";
                            /** @default  */
                            note?: string;
                        }[];
                        /** @default null */
                        preferredName?: string | null;
                        /**
                         * @default {
                         *       "source": "",
                         *       "reason": "",
                         *       "referredOn": null,
                         *       "decision": "pending",
                         *       "criteria": ""
                         *     }
                         */
                        referral?: {
                            /** @default  */
                            criteria?: string;
                            /**
                             * @default pending
                             * @enum {string}
                             */
                            decision?: "pending" | "accepted" | "declined";
                            /** @default  */
                            reason?: string;
                            /** @default null */
                            referredOn?: string | null;
                            /** @default  */
                            source?: string;
                        };
                        setting: string;
                        /**
                         * @default referred
                         * @enum {string}
                         */
                        status?: "referred" | "assessing" | "active" | "on_hold" | "discharged";
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
                        "application/json": {
                            birthDate: string | null;
                            careTeam: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            createdAt: string;
                            diagnoses: {
                                /** @default  */
                                code: string;
                                label: string;
                            }[];
                            firstName: string;
                            gestationalAgeDays: number | null;
                            gestationalAgeWeeks: number | null;
                            guardians: {
                                /** @default  */
                                email: string;
                                /** @default false */
                                isLegalGuardian: boolean;
                                name: string;
                                /** @default  */
                                phone: string;
                                /** @default  */
                                relationship: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            musicPreferences: {
                                /** @default [] */
                                artists: string[];
                                /** @default [] */
                                dislikes: string[];
                                /** @default [] */
                                genres: string[];
                                /** @default [] */
                                instruments: string[];
                                /** @default  */
                                notes: string;
                                /** @default [] */
                                songs: string[];
                            };
                            populations: string[];
                            precautions: {
                                /** @enum {string} */
                                kind: "seizures_photosensitivity" | "sound_sensitivity" | "trauma_linked_music" | "hearing_device_or_shunt" | "atlanto_axial_instability" | "swallow" | "fall_risk" | "nicu_stimulation_limits" | "other";
                                /** @default  */
                                note: string;
                            }[];
                            preferredName: string | null;
                            referral: {
                                /** @default  */
                                criteria: string;
                                /**
                                 * @default pending
                                 * @enum {string}
                                 */
                                decision: "pending" | "accepted" | "declined";
                                /** @default  */
                                reason: string;
                                /** @default null */
                                referredOn: string | null;
                                /** @default  */
                                source: string;
                            };
                            setting: string;
                            /** @enum {string} */
                            status: "referred" | "assessing" | "active" | "on_hold" | "discharged";
                            updatedAt: string;
                            version: number;
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
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            birthDate: string | null;
                            careTeam: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            createdAt: string;
                            diagnoses: {
                                /** @default  */
                                code: string;
                                label: string;
                            }[];
                            firstName: string;
                            gestationalAgeDays: number | null;
                            gestationalAgeWeeks: number | null;
                            guardians: {
                                /** @default  */
                                email: string;
                                /** @default false */
                                isLegalGuardian: boolean;
                                name: string;
                                /** @default  */
                                phone: string;
                                /** @default  */
                                relationship: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            musicPreferences: {
                                /** @default [] */
                                artists: string[];
                                /** @default [] */
                                dislikes: string[];
                                /** @default [] */
                                genres: string[];
                                /** @default [] */
                                instruments: string[];
                                /** @default  */
                                notes: string;
                                /** @default [] */
                                songs: string[];
                            };
                            populations: string[];
                            precautions: {
                                /** @enum {string} */
                                kind: "seizures_photosensitivity" | "sound_sensitivity" | "trauma_linked_music" | "hearing_device_or_shunt" | "atlanto_axial_instability" | "swallow" | "fall_risk" | "nicu_stimulation_limits" | "other";
                                /** @default  */
                                note: string;
                            }[];
                            preferredName: string | null;
                            referral: {
                                /** @default  */
                                criteria: string;
                                /**
                                 * @default pending
                                 * @enum {string}
                                 */
                                decision: "pending" | "accepted" | "declined";
                                /** @default  */
                                reason: string;
                                /** @default null */
                                referredOn: string | null;
                                /** @default  */
                                source: string;
                            };
                            setting: string;
                            /** @enum {string} */
                            status: "referred" | "assessing" | "active" | "on_hold" | "discharged";
                            updatedAt: string;
                            version: number;
                        } | {
                            careTeam: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            populations: string[];
                            preferredName: string | null;
                            setting: string;
                            /** @enum {string} */
                            status: "referred" | "assessing" | "active" | "on_hold" | "discharged";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
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
                    "application/json": {
                        birthDate?: string | null;
                        diagnoses?: {
                            /** @default  */
                            code?: string;
                            label: string;
                        }[];
                        firstName?: string;
                        gestationalAgeDays?: number | null;
                        gestationalAgeWeeks?: number | null;
                        guardians?: {
                            /** @default  */
                            email?: string;
                            /** @default false */
                            isLegalGuardian?: boolean;
                            name: string;
                            /** @default  */
                            phone?: string;
                            /** @default  */
                            relationship?: string;
                        }[];
                        lastName?: string;
                        musicPreferences?: {
                            /** @default [] */
                            artists?: string[];
                            /** @default [] */
                            dislikes?: string[];
                            /** @default [] */
                            genres?: string[];
                            /** @default [] */
                            instruments?: string[];
                            /** @default  */
                            notes?: string;
                            /** @default [] */
                            songs?: string[];
                        };
                        populations?: string[];
                        precautions?: {
                            /** @enum {string} */
                            kind: "seizures_photosensitivity" | "sound_sensitivity" | "trauma_linked_music" | "hearing_device_or_shunt" | "atlanto_axial_instability" | "swallow" | "fall_risk" | "nicu_stimulation_limits" | "other";
                            /** @default  */
                            note?: string;
                        }[];
                        preferredName?: string | null;
                        referral?: {
                            /** @default  */
                            criteria?: string;
                            /**
                             * @default pending
                             * @enum {string}
                             */
                            decision?: "pending" | "accepted" | "declined";
                            /** @default  */
                            reason?: string;
                            /** @default null */
                            referredOn?: string | null;
                            /** @default  */
                            source?: string;
                        };
                        setting?: string;
                        /** @enum {string} */
                        status?: "referred" | "assessing" | "active" | "on_hold" | "discharged";
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
                        "application/json": {
                            birthDate: string | null;
                            careTeam: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            createdAt: string;
                            diagnoses: {
                                /** @default  */
                                code: string;
                                label: string;
                            }[];
                            firstName: string;
                            gestationalAgeDays: number | null;
                            gestationalAgeWeeks: number | null;
                            guardians: {
                                /** @default  */
                                email: string;
                                /** @default false */
                                isLegalGuardian: boolean;
                                name: string;
                                /** @default  */
                                phone: string;
                                /** @default  */
                                relationship: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            musicPreferences: {
                                /** @default [] */
                                artists: string[];
                                /** @default [] */
                                dislikes: string[];
                                /** @default [] */
                                genres: string[];
                                /** @default [] */
                                instruments: string[];
                                /** @default  */
                                notes: string;
                                /** @default [] */
                                songs: string[];
                            };
                            populations: string[];
                            precautions: {
                                /** @enum {string} */
                                kind: "seizures_photosensitivity" | "sound_sensitivity" | "trauma_linked_music" | "hearing_device_or_shunt" | "atlanto_axial_instability" | "swallow" | "fall_risk" | "nicu_stimulation_limits" | "other";
                                /** @default  */
                                note: string;
                            }[];
                            preferredName: string | null;
                            referral: {
                                /** @default  */
                                criteria: string;
                                /**
                                 * @default pending
                                 * @enum {string}
                                 */
                                decision: "pending" | "accepted" | "declined";
                                /** @default  */
                                reason: string;
                                /** @default null */
                                referredOn: string | null;
                                /** @default  */
                                source: string;
                            };
                            setting: string;
                            /** @enum {string} */
                            status: "referred" | "assessing" | "active" | "on_hold" | "discharged";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                assessedOn: string;
                                assessorId: string;
                                clientId: string;
                                id: string;
                                kind: string;
                                needs: string;
                                observations: string;
                                responses: {
                                    [key: string]: number | string | boolean | null;
                                };
                                /** @description the total by the scale’s published rule; null for a template without a total */
                                score: ({
                                    /** @description the published severity band, or null where the source gives no cut-offs */
                                    band: string | null;
                                    range: [
                                        number,
                                        number
                                    ];
                                    /** @enum {string} */
                                    status: "complete";
                                    total: number;
                                } | {
                                    invalid: string[];
                                    missing: string[];
                                    range: [
                                        number,
                                        number
                                    ];
                                    /** @enum {string} */
                                    status: "incomplete";
                                }) | null;
                                strengths: string;
                                templateKey: string | null;
                                templateName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        assessedOn: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "intake" | "reassessment" | "discharge";
                        /** @default  */
                        needs?: string;
                        /** @default  */
                        observations?: string;
                        /** @default {} */
                        responses?: {
                            [key: string]: number | string | boolean | null;
                        };
                        /** @default  */
                        strengths?: string;
                        /** @default null */
                        templateKey?: string | null;
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
                        "application/json": {
                            assessedOn: string;
                            assessorId: string;
                            clientId: string;
                            id: string;
                            kind: string;
                            needs: string;
                            observations: string;
                            responses: {
                                [key: string]: number | string | boolean | null;
                            };
                            /** @description the total by the scale’s published rule; null for a template without a total */
                            score: ({
                                /** @description the published severity band, or null where the source gives no cut-offs */
                                band: string | null;
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "complete";
                                total: number;
                            } | {
                                invalid: string[];
                                missing: string[];
                                range: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                status: "incomplete";
                            }) | null;
                            strengths: string;
                            templateKey: string | null;
                            templateName: string | null;
                            version: number;
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
    "/api/v1/clients/{id}/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Authorizations with used and remaining */
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
                        "application/json": {
                            items: {
                                amount: number;
                                clientId: string;
                                endsOn: string;
                                exceeded: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "units" | "visits";
                                payer: string;
                                reference: string;
                                remaining: number;
                                serviceCodeId: string | null;
                                startsOn: string;
                                used: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        amount: number;
                        endsOn: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "units" | "visits";
                        payer: string;
                        /** @default  */
                        reference?: string;
                        /** @default null */
                        serviceCodeId?: string | null;
                        startsOn: string;
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
                        "application/json": {
                            amount: number;
                            clientId: string;
                            endsOn: string;
                            exceeded: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "units" | "visits";
                            payer: string;
                            reference: string;
                            remaining: number;
                            serviceCodeId: string | null;
                            startsOn: string;
                            used: number;
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
    "/api/v1/clients/{id}/authorizations/{authorizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    authorizationId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    authorizationId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        endsOn?: string;
                        reference?: string;
                        startsOn?: string;
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
                        "application/json": {
                            amount: number;
                            clientId: string;
                            endsOn: string;
                            exceeded: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "units" | "visits";
                            payer: string;
                            reference: string;
                            remaining: number;
                            serviceCodeId: string | null;
                            startsOn: string;
                            used: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/billing/superbill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Superbill for a period
         * @description Answers text/html or application/pdf.
         */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "pdf";
                    from?: string;
                    paper?: "a4" | "letter";
                    to?: string;
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
    "/api/v1/clients/{id}/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "primary" | "member";
                        /** Format: uuid */
                        userId: string;
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
                        "application/json": {
                            items: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
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
    "/api/v1/clients/{id}/care-team/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
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
                        "application/json": {
                            items: {
                                name: string;
                                /** @enum {string} */
                                role: "primary" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
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
    "/api/v1/clients/{id}/coverages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s coverage with each payer (CMS-1500 items 1 and 1a) */
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
                        "application/json": {
                            items: {
                                clientId: string;
                                id: string;
                                /** @enum {string} */
                                insuranceType: "medicare" | "medicaid" | "tricare" | "champva" | "group_health_plan" | "feca_black_lung" | "other";
                                memberId: string;
                                payer: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        insuranceType: "medicare" | "medicaid" | "tricare" | "champva" | "group_health_plan" | "feca_black_lung" | "other";
                        memberId: string;
                        payer: string;
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
                        "application/json": {
                            clientId: string;
                            id: string;
                            /** @enum {string} */
                            insuranceType: "medicare" | "medicaid" | "tricare" | "champva" | "group_health_plan" | "feca_black_lung" | "other";
                            memberId: string;
                            payer: string;
                            version: number;
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
    "/api/v1/clients/{id}/coverages/{coverageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    coverageId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    coverageId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        insuranceType?: "medicare" | "medicaid" | "tricare" | "champva" | "group_health_plan" | "feca_black_lung" | "other";
                        memberId?: string;
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
                        "application/json": {
                            clientId: string;
                            id: string;
                            /** @enum {string} */
                            insuranceType: "medicare" | "medicaid" | "tricare" | "champva" | "group_health_plan" | "feca_black_lung" | "other";
                            memberId: string;
                            payer: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/family-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a family member (the link is shown once) */
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
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @default 7 */
                        expiresInDays?: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        relationship: "parent" | "guardian" | "carer" | "self" | "other";
                        shares: ("goals" | "progress" | "sessions" | "home_practice")[];
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
                        "application/json": {
                            acceptedAt: string | null;
                            /** Format: uuid */
                            clientId: string;
                            consentedAt: string | null;
                            consentShares: ("goals" | "progress" | "sessions" | "home_practice")[] | null;
                            email: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string;
                            name: string;
                            path: string;
                            /** @enum {string} */
                            relationship: "parent" | "guardian" | "carer" | "self" | "other";
                            revokedAt: string | null;
                            shares: ("goals" | "progress" | "sessions" | "home_practice")[];
                            /** @enum {string} */
                            state: "invited" | "expired" | "active" | "revoked";
                            token: string;
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
    "/api/v1/clients/{id}/family-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Family invitations and links of a client */
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
                        "application/json": {
                            items: {
                                acceptedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                consentedAt: string | null;
                                consentShares: ("goals" | "progress" | "sessions" | "home_practice")[] | null;
                                email: string;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "parent" | "guardian" | "carer" | "self" | "other";
                                revokedAt: string | null;
                                shares: ("goals" | "progress" | "sessions" | "home_practice")[];
                                /** @enum {string} */
                                state: "invited" | "expired" | "active" | "revoked";
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
    "/api/v1/clients/{id}/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR R4 Bundle (collection) of one client's record */
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
                        "application/json": {
                            entry?: ({
                                fullUrl: string;
                                resource: {
                                    id: string;
                                    resourceType: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: string;
                            /** @enum {string} */
                            resourceType: "Bundle";
                            timestamp: string;
                            /** @enum {string} */
                            type: "collection";
                        } & {
                            [key: string]: unknown;
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
    "/api/v1/clients/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        domainId: string;
                        /** Format: uuid */
                        id: string;
                        statement: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "met" | "discontinued" | "on_hold";
                        /** @default null */
                        targetDate?: string | null;
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
                        "application/json": {
                            clientId: string;
                            domainId: string;
                            id: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
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
    "/api/v1/clients/{id}/home-practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Home practices with adherence */
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
                        "application/json": {
                            items: {
                                adherence: {
                                    done: number;
                                    from: string;
                                    percent: number | null;
                                    planned: number;
                                    text: string;
                                    to: string;
                                };
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                deliveredInterventionId: string;
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                intervention: string;
                                /** Format: uuid */
                                objectiveId: string;
                                objectiveLabel: string;
                                recentLogs: {
                                    note: string;
                                    /** @enum {string} */
                                    outcome: "done" | "not_today";
                                    practicedOn: string;
                                }[];
                                startsOn: string;
                                timesPerWeek: number;
                                today: ("done" | "not_today") | null;
                                what: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Assign a home practice from a delivered intervention */
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
                    "application/json": {
                        /** Format: uuid */
                        deliveredInterventionId: string;
                        /** @default null */
                        endsOn?: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        objectiveId: string;
                        startsOn: string;
                        timesPerWeek: number;
                        what: string;
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
                        "application/json": {
                            adherence: {
                                done: number;
                                from: string;
                                percent: number | null;
                                planned: number;
                                text: string;
                                to: string;
                            };
                            /** Format: uuid */
                            clientId: string;
                            /** Format: uuid */
                            deliveredInterventionId: string;
                            endsOn: string | null;
                            /** Format: uuid */
                            id: string;
                            intervention: string;
                            /** Format: uuid */
                            objectiveId: string;
                            objectiveLabel: string;
                            recentLogs: {
                                note: string;
                                /** @enum {string} */
                                outcome: "done" | "not_today";
                                practicedOn: string;
                            }[];
                            startsOn: string;
                            timesPerWeek: number;
                            today: ("done" | "not_today") | null;
                            what: string;
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
    "/api/v1/clients/{id}/ieps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The student’s IEPs on file, oldest first */
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
                        "application/json": {
                            items: {
                                annualReviewOn: string;
                                caseManager: string;
                                clientId: string;
                                /** @enum {string} */
                                eligibility: "autism" | "deaf-blindness" | "deafness" | "emotional-disturbance" | "hearing-impairment" | "intellectual-disability" | "multiple-disabilities" | "orthopedic-impairment" | "other-health-impairment" | "specific-learning-disability" | "speech-or-language-impairment" | "traumatic-brain-injury" | "visual-impairment" | "developmental-delay";
                                endsOn: string;
                                id: string;
                                progressReportDates: string[];
                                reevaluationOn: string | null;
                                serviceMinutes: number;
                                /** @enum {string} */
                                servicePer: "week" | "month";
                                serviceSetting: string;
                                startsOn: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter an IEP: dates, eligibility category, music therapy minutes */
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
                    "application/json": {
                        /** @description the date of the next annual review */
                        annualReviewOn: string;
                        /** @description the IEP case manager, as written (name and role) */
                        caseManager: string;
                        /**
                         * @description eligibility category per 34 CFR §300.8
                         * @enum {string}
                         */
                        eligibility: "autism" | "deaf-blindness" | "deafness" | "emotional-disturbance" | "hearing-impairment" | "intellectual-disability" | "multiple-disabilities" | "orthopedic-impairment" | "other-health-impairment" | "specific-learning-disability" | "speech-or-language-impairment" | "traumatic-brain-injury" | "visual-impairment" | "developmental-delay";
                        /** @description the IEP’s end date */
                        endsOn: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description the dates periodic progress reports are due, as the IEP states
                         * @default []
                         */
                        progressReportDates?: string[];
                        /** @description the date the next re-evaluation is due; null when not stated */
                        reevaluationOn: string | null;
                        /** @description music therapy minutes the IEP gives, per week or per month */
                        serviceMinutes: number;
                        /** @enum {string} */
                        servicePer: "week" | "month";
                        /** @description where the service is delivered, as the IEP says (e.g. “pull-out, resource room”) */
                        serviceSetting: string;
                        /** @description the IEP’s start (initiation) date */
                        startsOn: string;
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
                        "application/json": {
                            annualReviewOn: string;
                            caseManager: string;
                            clientId: string;
                            /** @enum {string} */
                            eligibility: "autism" | "deaf-blindness" | "deafness" | "emotional-disturbance" | "hearing-impairment" | "intellectual-disability" | "multiple-disabilities" | "orthopedic-impairment" | "other-health-impairment" | "specific-learning-disability" | "speech-or-language-impairment" | "traumatic-brain-injury" | "visual-impairment" | "developmental-delay";
                            endsOn: string;
                            id: string;
                            progressReportDates: string[];
                            reevaluationOn: string | null;
                            serviceMinutes: number;
                            /** @enum {string} */
                            servicePer: "week" | "month";
                            serviceSetting: string;
                            startsOn: string;
                            version: number;
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
    "/api/v1/clients/{id}/ieps/{iepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an IEP on file */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    iepId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the date of the next annual review */
                        annualReviewOn?: string;
                        /** @description the IEP case manager, as written (name and role) */
                        caseManager?: string;
                        /**
                         * @description eligibility category per 34 CFR §300.8
                         * @enum {string}
                         */
                        eligibility?: "autism" | "deaf-blindness" | "deafness" | "emotional-disturbance" | "hearing-impairment" | "intellectual-disability" | "multiple-disabilities" | "orthopedic-impairment" | "other-health-impairment" | "specific-learning-disability" | "speech-or-language-impairment" | "traumatic-brain-injury" | "visual-impairment" | "developmental-delay";
                        /** @description the IEP’s end date */
                        endsOn?: string;
                        /** @description the dates periodic progress reports are due, as the IEP states */
                        progressReportDates?: string[];
                        /** @description the date the next re-evaluation is due; null when not stated */
                        reevaluationOn?: string | null;
                        /** @description music therapy minutes the IEP gives, per week or per month */
                        serviceMinutes?: number;
                        /** @enum {string} */
                        servicePer?: "week" | "month";
                        /** @description where the service is delivered, as the IEP says (e.g. “pull-out, resource room”) */
                        serviceSetting?: string;
                        /** @description the IEP’s start (initiation) date */
                        startsOn?: string;
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
                        "application/json": {
                            annualReviewOn: string;
                            caseManager: string;
                            clientId: string;
                            /** @enum {string} */
                            eligibility: "autism" | "deaf-blindness" | "deafness" | "emotional-disturbance" | "hearing-impairment" | "intellectual-disability" | "multiple-disabilities" | "orthopedic-impairment" | "other-health-impairment" | "specific-learning-disability" | "speech-or-language-impairment" | "traumatic-brain-injury" | "visual-impairment" | "developmental-delay";
                            endsOn: string;
                            id: string;
                            progressReportDates: string[];
                            reevaluationOn: string | null;
                            serviceMinutes: number;
                            /** @enum {string} */
                            servicePer: "week" | "month";
                            serviceSetting: string;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/music-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            clientId: string;
                            descriptive: string;
                            objectives: {
                                byElement: {
                                    key: {
                                        label: string;
                                        mean: number;
                                        median: number;
                                        n: number;
                                    }[];
                                    song: {
                                        label: string;
                                        mean: number;
                                        median: number;
                                        n: number;
                                    }[];
                                    source: {
                                        label: string;
                                        mean: number;
                                        median: number;
                                        n: number;
                                    }[];
                                    tempo: {
                                        label: string;
                                        mean: number;
                                        median: number;
                                        n: number;
                                    }[];
                                };
                                direction: string;
                                label: string;
                                objectiveId: string;
                                sessionsWithMusic: number;
                                unit: string | null;
                                withoutMusic: number;
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
    "/api/v1/clients/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                addenda: {
                                    authorId: string;
                                    contentHash: string;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    id: string;
                                    reason: string;
                                    signedAt: string;
                                    text: string;
                                }[];
                                authorId: string;
                                clientId: string;
                                contentHash: string | null;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                dataHash: string | null;
                                /** @enum {string} */
                                format: "SOAP" | "DAP";
                                groupNoteId: string | null;
                                groupPart: {
                                    membership: string;
                                    process: string;
                                    purpose: string;
                                } | null;
                                id: string;
                                lateEntry: boolean;
                                requiresCosign: boolean;
                                sections: {
                                    [key: string]: string;
                                };
                                sessionId: string;
                                signedAt: string | null;
                                signedBy: string | null;
                                /** @enum {string} */
                                status: "draft" | "awaiting_cosign" | "signed";
                                version: number;
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
    "/api/v1/clients/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            clientId: string;
                            frequency: string;
                            goals: {
                                clientId: string;
                                domainId: string;
                                id: string;
                                objectives: {
                                    baselineNote: string;
                                    baselineValue: number | null;
                                    behaviour: string;
                                    clientId: string;
                                    condition: string;
                                    criterion: {
                                        /** @enum {string} */
                                        comparator: ">=" | ">" | "<=" | "<";
                                        minSessions: number;
                                        value: number;
                                        window: {
                                            /** @enum {string} */
                                            kind: "consecutive";
                                            sessions: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "of-last";
                                            met: number;
                                            sessions: number;
                                        };
                                    };
                                    /** @enum {string} */
                                    direction: "increase" | "decrease";
                                    goalId: string;
                                    id: string;
                                    label: string;
                                    links: {
                                        id: string;
                                        intervention: {
                                            adaptations: {
                                                easier: string[];
                                                harder: string[];
                                            };
                                            builtIn: boolean;
                                            goalDomainKeys: string[];
                                            id: string;
                                            key: string;
                                            materials: string[];
                                            musicElements: {
                                                element: string;
                                                use: string;
                                            }[];
                                            name: string;
                                            populations: string[];
                                            precautions: string[];
                                            procedure: string[];
                                            references: ({
                                                authors: string;
                                                title: string;
                                                year: number;
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            technique: string;
                                        };
                                    }[];
                                    masteryConfirmedAt: string | null;
                                    masteryMetOn: string | null;
                                    measurement: {
                                        /**
                                         * @default percent_success
                                         * @enum {string}
                                         */
                                        metric: "percent_success" | "percent_independent";
                                        minOpportunities?: number;
                                        promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /** @enum {string} */
                                        type: "trials";
                                    } | {
                                        /** @enum {string} */
                                        counts?: "steps" | "heartbeats";
                                        /**
                                         * @default count
                                         * @enum {string}
                                         */
                                        metric: "count" | "rate_per_minute";
                                        /** @enum {string} */
                                        type: "frequency";
                                    } | {
                                        /**
                                         * @default total_seconds
                                         * @enum {string}
                                         */
                                        metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                        test?: {
                                            distanceMetres?: number;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        type: "duration";
                                    } | {
                                        /** @default 600 */
                                        maxSeconds: number;
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "median";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "latency";
                                    } | {
                                        /** @default [] */
                                        anchors: {
                                            label: string;
                                            value: number;
                                        }[];
                                        max: number;
                                        min: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        /**
                                         * @default [
                                         *       "independent",
                                         *       "gestural",
                                         *       "verbal",
                                         *       "visual",
                                         *       "model",
                                         *       "partial_physical",
                                         *       "full_physical"
                                         *     ]
                                         */
                                        hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /**
                                         * @default mean_level_score
                                         * @enum {string}
                                         */
                                        metric: "mean_level_score" | "most_independent";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "prompt_level";
                                    } | {
                                        steps: string[];
                                        /** @enum {string} */
                                        type: "task_analysis";
                                    } | {
                                        channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "pre_post_change";
                                        /** @enum {string} */
                                        primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                        /** @enum {string} */
                                        type: "physiological";
                                    } | {
                                        max: number;
                                        min: number;
                                        scaleName: string;
                                        /** @enum {string} */
                                        type: "pre_post";
                                    };
                                    /** @enum {string} */
                                    promptAfterTrial: "stay" | "reset";
                                    shortLabel: string;
                                    statement: string;
                                    status: string;
                                    targetDate: string | null;
                                    version: number;
                                }[];
                                statement: string;
                                status: string;
                                targetDate: string | null;
                                version: number;
                            }[];
                            nicu: {
                                birthDate: string | null;
                                gestationalAgeDays: number | null;
                                gestationalAgeWeeks: number;
                                liveMusicMinPmaWeeks: number | null;
                            } | null;
                            notes: string;
                            precautions: string[];
                            reviewDate: string | null;
                            sessionMinutes: number | null;
                            version: number;
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
        patch: {
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
                    "application/json": {
                        frequency?: string;
                        notes?: string;
                        precautions?: string[];
                        reviewDate?: string | null;
                        sessionMinutes?: number | null;
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
                        "application/json": {
                            frequency: string;
                            notes: string;
                            precautions: string[];
                            reviewDate: string | null;
                            sessionMinutes: number | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/plan/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interventionId: string;
                        /** Format: uuid */
                        objectiveId: string;
                        overrideReason?: string;
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
                        "application/json": {
                            id: string;
                            interventionId: string;
                            objectiveId: string;
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
    "/api/v1/clients/{id}/plan/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "goal";
                        payload: {
                            /** Format: uuid */
                            domainId: string;
                            /** Format: uuid */
                            id: string;
                            statement: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status?: "active" | "met" | "discontinued" | "on_hold";
                            /** @default null */
                            targetDate?: string | null;
                        };
                        /** @default  */
                        reason?: string;
                    } | {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "objective";
                        payload: {
                            /** @default  */
                            baselineNote?: string;
                            /** @default null */
                            baselineValue?: number | null;
                            behaviour: string;
                            /** @default  */
                            condition?: string;
                            criterion: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            /** Format: uuid */
                            id: string;
                            measurement: {
                                /**
                                 * @default percent_success
                                 * @enum {string}
                                 */
                                metric?: "percent_success" | "percent_independent";
                                minOpportunities?: number;
                                promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /** @enum {string} */
                                type: "trials";
                            } | {
                                /** @enum {string} */
                                counts?: "steps" | "heartbeats";
                                /**
                                 * @default count
                                 * @enum {string}
                                 */
                                metric?: "count" | "rate_per_minute";
                                /** @enum {string} */
                                type: "frequency";
                            } | {
                                /**
                                 * @default total_seconds
                                 * @enum {string}
                                 */
                                metric?: "total_seconds" | "percent_of_observed" | "test_seconds";
                                test?: {
                                    distanceMetres?: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "duration";
                            } | {
                                /** @default 600 */
                                maxSeconds?: number;
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric?: "mean" | "median";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "latency";
                            } | {
                                /** @default [] */
                                anchors?: {
                                    label: string;
                                    value: number;
                                }[];
                                max: number;
                                min: number;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                /**
                                 * @default [
                                 *       "independent",
                                 *       "gestural",
                                 *       "verbal",
                                 *       "visual",
                                 *       "model",
                                 *       "partial_physical",
                                 *       "full_physical"
                                 *     ]
                                 */
                                hierarchy?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /**
                                 * @default mean_level_score
                                 * @enum {string}
                                 */
                                metric?: "mean_level_score" | "most_independent";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "prompt_level";
                            } | {
                                steps: string[];
                                /** @enum {string} */
                                type: "task_analysis";
                            } | {
                                channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric?: "mean" | "pre_post_change";
                                /** @enum {string} */
                                primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                type: "physiological";
                            } | {
                                max: number;
                                min: number;
                                scaleName: string;
                                /** @enum {string} */
                                type: "pre_post";
                            };
                            /** @default  */
                            shortLabel?: string;
                            statement: string;
                            /**
                             * @default baseline
                             * @enum {string}
                             */
                            status?: "baseline" | "active" | "met" | "discontinued" | "on_hold";
                            /** @default null */
                            targetDate?: string | null;
                        };
                        /** @default  */
                        reason?: string;
                        /** Format: uuid */
                        targetId: string;
                    } | {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "plan_link";
                        payload: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            interventionId: string;
                            /** Format: uuid */
                            objectiveId: string;
                            overrideReason?: string;
                        };
                        /** @default  */
                        reason?: string;
                    } | {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "objective_update";
                        payload: {
                            baselineNote?: string;
                            baselineValue?: number | null;
                            behaviour?: string;
                            condition?: string;
                            criterion?: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction?: "increase" | "decrease";
                            minOpportunities?: number | null;
                            /** @enum {string} */
                            promptAfterTrial?: "stay" | "reset";
                            shortLabel?: string;
                            statement?: string;
                            /** @enum {string} */
                            status?: "baseline" | "active" | "met" | "discontinued" | "on_hold";
                            targetDate?: string | null;
                            version: number;
                        };
                        /** @default  */
                        reason?: string;
                        /** Format: uuid */
                        targetId: string;
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
                        "application/json": {
                            authorId: string;
                            clientId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string;
                            id: string;
                            kind: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            reason: string;
                            status: string;
                            targetId: string | null;
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
    "/api/v1/clients/{id}/plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of the treatment plan as a document */
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
                        "application/json": {
                            items: {
                                acknowledgements: {
                                    acknowledgedOn: string;
                                    createdAt: string;
                                    id: string;
                                    /** @enum {string} */
                                    method: "in_person" | "electronic" | "verbal";
                                    name: string;
                                    note: string;
                                    recordedBy: string;
                                    relationship: string;
                                }[];
                                changes: string[];
                                clientId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerCredentials: string | null;
                                cosignerId: string | null;
                                cosignerName: string | null;
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                number: number;
                                overtakenBy: number | null;
                                requiresCosign: boolean;
                                signedAt: string | null;
                                signedBy: string | null;
                                signerCredentials: string | null;
                                signerName: string | null;
                                /** @enum {string} */
                                status: "draft" | "awaiting_cosign" | "signed";
                                supersedesNumber: number | null;
                            }[];
                            liveContentHash: string;
                            liveMatchesLatest: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft the next version from the live plan (an open draft is refreshed) */
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
                        "application/json": {
                            acknowledgements: {
                                acknowledgedOn: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                method: "in_person" | "electronic" | "verbal";
                                name: string;
                                note: string;
                                recordedBy: string;
                                relationship: string;
                            }[];
                            changes: string[];
                            clientId: string;
                            contentHash: string;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerCredentials: string | null;
                            cosignerId: string | null;
                            cosignerName: string | null;
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            number: number;
                            overtakenBy: number | null;
                            requiresCosign: boolean;
                            signedAt: string | null;
                            signedBy: string | null;
                            signerCredentials: string | null;
                            signerName: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            supersedesNumber: number | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgements: {
                                acknowledgedOn: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                method: "in_person" | "electronic" | "verbal";
                                name: string;
                                note: string;
                                recordedBy: string;
                                relationship: string;
                            }[];
                            changes: string[];
                            clientId: string;
                            contentHash: string;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerCredentials: string | null;
                            cosignerId: string | null;
                            cosignerName: string | null;
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            number: number;
                            overtakenBy: number | null;
                            requiresCosign: boolean;
                            signedAt: string | null;
                            signedBy: string | null;
                            signerCredentials: string | null;
                            signerName: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            supersedesNumber: number | null;
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
    "/api/v1/clients/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            clientId: string;
                            objectives: {
                                aimLine: {
                                    from: {
                                        date: string;
                                        value: number;
                                    };
                                    to: {
                                        date: string;
                                        value: number;
                                    };
                                } | null;
                                baseline: {
                                    label: string | null;
                                    /** @enum {string} */
                                    reason: "none" | "contaminated" | "too-short" | "short" | "adequate";
                                    usable: boolean;
                                };
                                baselinePhase: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "baseline" | "intervention";
                                    label: string;
                                    startDate: string;
                                } | null;
                                cued: boolean;
                                currentPhase: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "baseline" | "intervention";
                                    label: string;
                                    startDate: string;
                                } | null;
                                currentPhaseSessions: number;
                                effectSizes: {
                                    nap: number;
                                    pnd: number;
                                    tau: number;
                                    tauU: number;
                                } | null;
                                mastery: {
                                    currentWindow: {
                                        date: string;
                                        meets: boolean;
                                        value: number;
                                    }[];
                                    dataSessions: number;
                                    firstMetOn: string | null;
                                    metSessionDates: string[];
                                    sessionsNeeded: number;
                                    /** @enum {string} */
                                    status: "met" | "not-met" | "insufficient-data";
                                };
                                objective: {
                                    baselineNote: string;
                                    baselineValue: number | null;
                                    behaviour: string;
                                    clientId: string;
                                    condition: string;
                                    criterion: {
                                        /** @enum {string} */
                                        comparator: ">=" | ">" | "<=" | "<";
                                        minSessions: number;
                                        value: number;
                                        window: {
                                            /** @enum {string} */
                                            kind: "consecutive";
                                            sessions: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "of-last";
                                            met: number;
                                            sessions: number;
                                        };
                                    };
                                    /** @enum {string} */
                                    direction: "increase" | "decrease";
                                    goalId: string;
                                    id: string;
                                    label: string;
                                    masteryConfirmedAt: string | null;
                                    masteryMetOn: string | null;
                                    measurement: {
                                        /**
                                         * @default percent_success
                                         * @enum {string}
                                         */
                                        metric: "percent_success" | "percent_independent";
                                        minOpportunities?: number;
                                        promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /** @enum {string} */
                                        type: "trials";
                                    } | {
                                        /** @enum {string} */
                                        counts?: "steps" | "heartbeats";
                                        /**
                                         * @default count
                                         * @enum {string}
                                         */
                                        metric: "count" | "rate_per_minute";
                                        /** @enum {string} */
                                        type: "frequency";
                                    } | {
                                        /**
                                         * @default total_seconds
                                         * @enum {string}
                                         */
                                        metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                        test?: {
                                            distanceMetres?: number;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        type: "duration";
                                    } | {
                                        /** @default 600 */
                                        maxSeconds: number;
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "median";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "latency";
                                    } | {
                                        /** @default [] */
                                        anchors: {
                                            label: string;
                                            value: number;
                                        }[];
                                        max: number;
                                        min: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        /**
                                         * @default [
                                         *       "independent",
                                         *       "gestural",
                                         *       "verbal",
                                         *       "visual",
                                         *       "model",
                                         *       "partial_physical",
                                         *       "full_physical"
                                         *     ]
                                         */
                                        hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                        /**
                                         * @default mean_level_score
                                         * @enum {string}
                                         */
                                        metric: "mean_level_score" | "most_independent";
                                        minOpportunities?: number;
                                        /** @enum {string} */
                                        type: "prompt_level";
                                    } | {
                                        steps: string[];
                                        /** @enum {string} */
                                        type: "task_analysis";
                                    } | {
                                        channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                        /**
                                         * @default mean
                                         * @enum {string}
                                         */
                                        metric: "mean" | "pre_post_change";
                                        /** @enum {string} */
                                        primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                        /** @enum {string} */
                                        type: "physiological";
                                    } | {
                                        max: number;
                                        min: number;
                                        scaleName: string;
                                        /** @enum {string} */
                                        type: "pre_post";
                                    };
                                    /** @enum {string} */
                                    promptAfterTrial: "stay" | "reset";
                                    shortLabel: string;
                                    statement: string;
                                    status: string;
                                    targetDate: string | null;
                                    version: number;
                                };
                                phases: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "baseline" | "intervention";
                                    label: string;
                                    startDate: string;
                                }[];
                                phaseSummaries: {
                                    phase: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "baseline" | "intervention";
                                        label: string;
                                        startDate: string;
                                    };
                                    stats: {
                                        max: number | null;
                                        mean: number | null;
                                        median: number | null;
                                        min: number | null;
                                        n: number;
                                        range: number | null;
                                        sd: number | null;
                                    };
                                    trend: {
                                        intercept: number | null;
                                        n: number;
                                        origin: string | null;
                                        slope: number | null;
                                    };
                                }[];
                                projectedDate: string | null;
                                sessions: {
                                    cueTempo: {
                                        entries: number;
                                        maxBpm: number;
                                        meanBpm: number;
                                        minBpm: number;
                                    } | null;
                                    cueTempoBpm: number | null;
                                    date: string;
                                    details: {
                                        [key: string]: number | string | null;
                                    };
                                    eventCount: number;
                                    sessionId: string;
                                    unit: string;
                                    value: number | null;
                                }[];
                                /** @enum {string} */
                                status: "met" | "progressing" | "not-progressing" | "insufficient-data";
                                /** @enum {string} */
                                track: "met" | "on-track" | "not-on-track" | "too-early" | "no-target-date";
                                trend: {
                                    intercept: number | null;
                                    n: number;
                                    origin: string | null;
                                    slope: number | null;
                                };
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
    "/api/v1/clients/{id}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                bytes: number;
                                clientId: string;
                                /** @enum {string} */
                                consentBasis: "client" | "guardian" | "representative";
                                createdAt: string;
                                createdBy: string;
                                durationMs: number | null;
                                id: string;
                                legacy: boolean;
                                localDate: string;
                                /** @enum {string} */
                                mime: "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/mpeg" | "audio/wav";
                                sessionId: string;
                                sha256: string;
                                title: string;
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
    "/api/v1/clients/{id}/recordings/legacy-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
    "/api/v1/clients/{id}/repertoire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                artist: string;
                                count: number;
                                lastUsed: string;
                                title: string;
                                uses: {
                                    date: string;
                                    key: string | null;
                                    line: string;
                                    response: string;
                                    sessionId: string;
                                    tempoBpm: number | null;
                                }[];
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
    "/api/v1/clients/{id}/reports/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Discharge summary
         * @description Answers text/html (format=html) or application/pdf (format=pdf).
         */
        get: {
            parameters: {
                query?: {
                    /** @description html to read in the browser, pdf to print or share */
                    format?: "html" | "pdf";
                    /** @description PDF paper size; default: letter in the Americas, else A4 */
                    paper?: "a4" | "letter";
                    /** @description reason for discharge; default: from the objectives and the client’s status */
                    reason?: string;
                    /** @description the kind of discharge (hospice: death, hospice_revocation, transfer, moved_out_of_area, no_longer_terminally_ill); the reason text, if any, details it */
                    reasonCode?: "goals_met" | "discharged_home" | "transfer" | "moved_out_of_area" | "client_choice" | "death" | "hospice_revocation" | "no_longer_terminally_ill" | "other";
                    /** @description last day of the period (YYYY-MM-DD); default: today at the clinic */
                    to?: string;
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
    "/api/v1/clients/{id}/reports/iep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * IEP progress statements for a reporting period
         * @description Answers text/html (format=html) or application/pdf (format=pdf).
         */
        get: {
            parameters: {
                query?: {
                    /** @description html to read in the browser, pdf to print or share */
                    format?: "html" | "pdf";
                    /** @description first day of the period (YYYY-MM-DD); default: the client’s first session */
                    from?: string;
                    /** @description PDF paper size; default: letter in the Americas, else A4 */
                    paper?: "a4" | "letter";
                    /** @description last day of the period (YYYY-MM-DD); default: today at the clinic */
                    to?: string;
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
    "/api/v1/clients/{id}/reports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress report for a period
         * @description Answers text/html (format=html) or application/pdf (format=pdf).
         */
        get: {
            parameters: {
                query?: {
                    /** @description html to read in the browser, pdf to print or share */
                    format?: "html" | "pdf";
                    /** @description first day of the period (YYYY-MM-DD); default: the client’s first session */
                    from?: string;
                    /** @description PDF paper size; default: letter in the Americas, else A4 */
                    paper?: "a4" | "letter";
                    /** @description last day of the period (YYYY-MM-DD); default: today at the clinic */
                    to?: string;
                    /** @description clinical, or plain language for families */
                    voice?: "clinical" | "family";
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
    "/api/v1/clients/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
    "/api/v1/clients/{id}/service-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                        "application/json": {
                            items: {
                                belowMinimum: boolean;
                                billable: boolean;
                                chargeCents: number;
                                clientId: string;
                                code: string;
                                date: string;
                                description: string;
                                diagnosisCodes: string[];
                                documented: boolean;
                                id: string;
                                minimumMinutes: number | null;
                                minutes: number;
                                modifiers: string[];
                                payer: string;
                                placeOfService: string;
                                rateCents: number;
                                recordedMinutes: number;
                                renderingProviderId: string;
                                serviceCodeId: string;
                                sessionId: string;
                                supervisingProviderId: string | null;
                                /** @enum {string} */
                                unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                                units: number;
                                version: number;
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
    "/api/v1/cosign-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                addenda: {
                                    authorId: string;
                                    contentHash: string;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    id: string;
                                    reason: string;
                                    signedAt: string;
                                    text: string;
                                }[];
                                authorId: string;
                                clientId: string;
                                clientName: string;
                                contentHash: string | null;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                dataHash: string | null;
                                /** @enum {string} */
                                format: "SOAP" | "DAP";
                                groupNoteId: string | null;
                                groupPart: {
                                    membership: string;
                                    process: string;
                                    purpose: string;
                                } | null;
                                id: string;
                                lateEntry: boolean;
                                requiresCosign: boolean;
                                sections: {
                                    [key: string]: string;
                                };
                                sessionDate: string;
                                sessionId: string;
                                signedAt: string | null;
                                signedBy: string | null;
                                /** @enum {string} */
                                status: "draft" | "awaiting_cosign" | "signed";
                                version: number;
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
    "/api/v1/export/fhir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FHIR R4 Bundle (collection) of every client on the user's clinical caseload */
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
                        "application/json": {
                            entry?: ({
                                fullUrl: string;
                                resource: {
                                    id: string;
                                    resourceType: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: string;
                            /** @enum {string} */
                            resourceType: "Bundle";
                            timestamp: string;
                            /** @enum {string} */
                            type: "collection";
                        } & {
                            [key: string]: unknown;
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
    "/api/v1/family-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set a password and give consent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        consent: true;
                        password: string;
                        shares: ("goals" | "progress" | "sessions" | "home_practice")[];
                        token: string;
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
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            organizationId: string;
                            roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
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
    "/api/v1/family-invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation offers, before it is accepted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
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
                        "application/json": {
                            clientName: string;
                            email: string;
                            expiresAt: string;
                            hasAccount: boolean;
                            invitedBy: string;
                            name: string;
                            /** @enum {string} */
                            relationship: "parent" | "guardian" | "carer" | "self" | "other";
                            shares: ("goals" | "progress" | "sessions" | "home_practice")[];
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
    "/api/v1/family-links/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a family link (clinician, or the family member) */
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
                    "application/json": {
                        /** @default  */
                        reason?: string;
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
                        "application/json": {
                            acceptedAt: string | null;
                            /** Format: uuid */
                            clientId: string;
                            consentedAt: string | null;
                            consentShares: ("goals" | "progress" | "sessions" | "home_practice")[] | null;
                            email: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string;
                            name: string;
                            /** @enum {string} */
                            relationship: "parent" | "guardian" | "carer" | "self" | "other";
                            revokedAt: string | null;
                            shares: ("goals" | "progress" | "sessions" | "home_practice")[];
                            /** @enum {string} */
                            state: "invited" | "expired" | "active" | "revoked";
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
    "/api/v1/family/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clients a family member is linked to */
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
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                clientId: string;
                                consentedAt: string;
                                /** Format: uuid */
                                linkId: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "parent" | "guardian" | "carer" | "self" | "other";
                                shares: ("goals" | "progress" | "sessions" | "home_practice")[];
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
    "/api/v1/family/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family view of a client */
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
                        "application/json": {
                            /** Format: uuid */
                            clientId: string;
                            consentedAt: string;
                            goals: {
                                area: string;
                                objectives: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    sentences: string[];
                                    status: string | null;
                                    statusLabel: string | null;
                                }[];
                            }[];
                            homePractices: {
                                adherence: {
                                    done: number;
                                    from: string;
                                    percent: number | null;
                                    planned: number;
                                    text: string;
                                    to: string;
                                };
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                deliveredInterventionId: string;
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                intervention: string;
                                /** Format: uuid */
                                objectiveId: string;
                                objectiveLabel: string;
                                recentLogs: {
                                    note: string;
                                    /** @enum {string} */
                                    outcome: "done" | "not_today";
                                    practicedOn: string;
                                }[];
                                startsOn: string;
                                timesPerWeek: number;
                                today: ("done" | "not_today") | null;
                                what: string;
                            }[];
                            /** Format: uuid */
                            linkId: string;
                            name: string;
                            organization: string;
                            shares: ("goals" | "progress" | "sessions" | "home_practice")[];
                            today: string;
                            upcomingSessions: {
                                durationMinutes: number;
                                location: string;
                                startsAt: string;
                                therapist: string;
                                timeZone: string;
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
    "/api/v1/family/home-practices/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a day of home practice (done / not today) */
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
                    "application/json": {
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        outcome: "done" | "not_today";
                        practicedOn: string;
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
                        "application/json": {
                            adherence: {
                                done: number;
                                from: string;
                                percent: number | null;
                                planned: number;
                                text: string;
                                to: string;
                            };
                            /** Format: uuid */
                            clientId: string;
                            /** Format: uuid */
                            deliveredInterventionId: string;
                            endsOn: string | null;
                            /** Format: uuid */
                            id: string;
                            intervention: string;
                            /** Format: uuid */
                            objectiveId: string;
                            objectiveLabel: string;
                            recentLogs: {
                                note: string;
                                /** @enum {string} */
                                outcome: "done" | "not_today";
                                practicedOn: string;
                            }[];
                            startsOn: string;
                            timesPerWeek: number;
                            today: ("done" | "not_today") | null;
                            what: string;
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
    "/api/v1/goal-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                builtIn: boolean;
                                category: string;
                                definition: string;
                                id: string;
                                key: string;
                                name: string;
                                populations: string[];
                                subSkills: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "behavioural" | "emotional" | "cognitive" | "physical" | "social" | "communication";
                        /** @default  */
                        definition?: string;
                        /** Format: uuid */
                        id: string;
                        key: string;
                        name: string;
                        /** @default [] */
                        populations?: string[];
                        /** @default [] */
                        subSkills?: string[];
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
                        "application/json": {
                            builtIn: boolean;
                            category: string;
                            definition: string;
                            id: string;
                            key: string;
                            name: string;
                            populations: string[];
                            subSkills: string[];
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
    "/api/v1/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
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
                    "application/json": {
                        statement?: string;
                        /** @enum {string} */
                        status?: "active" | "met" | "discontinued" | "on_hold";
                        targetDate?: string | null;
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
                        "application/json": {
                            clientId: string;
                            domainId: string;
                            id: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/goals/{id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default  */
                        baselineNote?: string;
                        /** @default null */
                        baselineValue?: number | null;
                        behaviour: string;
                        /** @default  */
                        condition?: string;
                        criterion: {
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<";
                            minSessions: number;
                            value: number;
                            window: {
                                /** @enum {string} */
                                kind: "consecutive";
                                sessions: number;
                            } | {
                                /** @enum {string} */
                                kind: "of-last";
                                met: number;
                                sessions: number;
                            };
                        };
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /** Format: uuid */
                        id: string;
                        measurement: {
                            /**
                             * @default percent_success
                             * @enum {string}
                             */
                            metric?: "percent_success" | "percent_independent";
                            minOpportunities?: number;
                            promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                            /** @enum {string} */
                            type: "trials";
                        } | {
                            /** @enum {string} */
                            counts?: "steps" | "heartbeats";
                            /**
                             * @default count
                             * @enum {string}
                             */
                            metric?: "count" | "rate_per_minute";
                            /** @enum {string} */
                            type: "frequency";
                        } | {
                            /**
                             * @default total_seconds
                             * @enum {string}
                             */
                            metric?: "total_seconds" | "percent_of_observed" | "test_seconds";
                            test?: {
                                distanceMetres?: number;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "duration";
                        } | {
                            /** @default 600 */
                            maxSeconds?: number;
                            /**
                             * @default mean
                             * @enum {string}
                             */
                            metric?: "mean" | "median";
                            minOpportunities?: number;
                            /** @enum {string} */
                            type: "latency";
                        } | {
                            /** @default [] */
                            anchors?: {
                                label: string;
                                value: number;
                            }[];
                            max: number;
                            min: number;
                            /** @enum {string} */
                            type: "rating";
                        } | {
                            /**
                             * @default [
                             *       "independent",
                             *       "gestural",
                             *       "verbal",
                             *       "visual",
                             *       "model",
                             *       "partial_physical",
                             *       "full_physical"
                             *     ]
                             */
                            hierarchy?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                            /**
                             * @default mean_level_score
                             * @enum {string}
                             */
                            metric?: "mean_level_score" | "most_independent";
                            minOpportunities?: number;
                            /** @enum {string} */
                            type: "prompt_level";
                        } | {
                            steps: string[];
                            /** @enum {string} */
                            type: "task_analysis";
                        } | {
                            channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                            /**
                             * @default mean
                             * @enum {string}
                             */
                            metric?: "mean" | "pre_post_change";
                            /** @enum {string} */
                            primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                            /** @enum {string} */
                            type: "physiological";
                        } | {
                            max: number;
                            min: number;
                            scaleName: string;
                            /** @enum {string} */
                            type: "pre_post";
                        };
                        /** @default  */
                        shortLabel?: string;
                        statement: string;
                        /**
                         * @default baseline
                         * @enum {string}
                         */
                        status?: "baseline" | "active" | "met" | "discontinued" | "on_hold";
                        /** @default null */
                        targetDate?: string | null;
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
                        "application/json": {
                            baselineNote: string;
                            baselineValue: number | null;
                            behaviour: string;
                            clientId: string;
                            condition: string;
                            criterion: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            goalId: string;
                            id: string;
                            label: string;
                            masteryConfirmedAt: string | null;
                            masteryMetOn: string | null;
                            measurement: {
                                /**
                                 * @default percent_success
                                 * @enum {string}
                                 */
                                metric: "percent_success" | "percent_independent";
                                minOpportunities?: number;
                                promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /** @enum {string} */
                                type: "trials";
                            } | {
                                /** @enum {string} */
                                counts?: "steps" | "heartbeats";
                                /**
                                 * @default count
                                 * @enum {string}
                                 */
                                metric: "count" | "rate_per_minute";
                                /** @enum {string} */
                                type: "frequency";
                            } | {
                                /**
                                 * @default total_seconds
                                 * @enum {string}
                                 */
                                metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                test?: {
                                    distanceMetres?: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "duration";
                            } | {
                                /** @default 600 */
                                maxSeconds: number;
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "median";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "latency";
                            } | {
                                /** @default [] */
                                anchors: {
                                    label: string;
                                    value: number;
                                }[];
                                max: number;
                                min: number;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                /**
                                 * @default [
                                 *       "independent",
                                 *       "gestural",
                                 *       "verbal",
                                 *       "visual",
                                 *       "model",
                                 *       "partial_physical",
                                 *       "full_physical"
                                 *     ]
                                 */
                                hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /**
                                 * @default mean_level_score
                                 * @enum {string}
                                 */
                                metric: "mean_level_score" | "most_independent";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "prompt_level";
                            } | {
                                steps: string[];
                                /** @enum {string} */
                                type: "task_analysis";
                            } | {
                                channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "pre_post_change";
                                /** @enum {string} */
                                primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                type: "physiological";
                            } | {
                                max: number;
                                min: number;
                                scaleName: string;
                                /** @enum {string} */
                                type: "pre_post";
                            };
                            /** @enum {string} */
                            promptAfterTrial: "stay" | "reset";
                            shortLabel: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
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
    "/api/v1/group-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            authorId: string;
                            contentHash: string | null;
                            groupName: string | null;
                            id: string;
                            localDate: string;
                            members: {
                                attendance: string;
                                attended: boolean;
                                clientId: string;
                                name: string;
                                note: {
                                    addenda: {
                                        authorId: string;
                                        contentHash: string;
                                        cosignedAt: string | null;
                                        cosignedBy: string | null;
                                        cosignerId: string | null;
                                        id: string;
                                        reason: string;
                                        signedAt: string;
                                        text: string;
                                    }[];
                                    authorId: string;
                                    clientId: string;
                                    contentHash: string | null;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    dataHash: string | null;
                                    /** @enum {string} */
                                    format: "SOAP" | "DAP";
                                    groupNoteId: string | null;
                                    groupPart: {
                                        membership: string;
                                        process: string;
                                        purpose: string;
                                    } | null;
                                    id: string;
                                    lateEntry: boolean;
                                    requiresCosign: boolean;
                                    sections: {
                                        [key: string]: string;
                                    };
                                    sessionId: string;
                                    signedAt: string | null;
                                    signedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "awaiting_cosign" | "signed";
                                    version: number;
                                } | null;
                            }[];
                            sections: {
                                membership: string;
                                process: string;
                                purpose: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed";
                            version: number;
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
        patch: {
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
                    "application/json": {
                        sections: {
                            process?: string;
                            purpose?: string;
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
                        "application/json": {
                            authorId: string;
                            contentHash: string | null;
                            groupName: string | null;
                            id: string;
                            localDate: string;
                            members: {
                                attendance: string;
                                attended: boolean;
                                clientId: string;
                                name: string;
                                note: {
                                    addenda: {
                                        authorId: string;
                                        contentHash: string;
                                        cosignedAt: string | null;
                                        cosignedBy: string | null;
                                        cosignerId: string | null;
                                        id: string;
                                        reason: string;
                                        signedAt: string;
                                        text: string;
                                    }[];
                                    authorId: string;
                                    clientId: string;
                                    contentHash: string | null;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    dataHash: string | null;
                                    /** @enum {string} */
                                    format: "SOAP" | "DAP";
                                    groupNoteId: string | null;
                                    groupPart: {
                                        membership: string;
                                        process: string;
                                        purpose: string;
                                    } | null;
                                    id: string;
                                    lateEntry: boolean;
                                    requiresCosign: boolean;
                                    sections: {
                                        [key: string]: string;
                                    };
                                    sessionId: string;
                                    signedAt: string | null;
                                    signedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "awaiting_cosign" | "signed";
                                    version: number;
                                } | null;
                            }[];
                            sections: {
                                membership: string;
                                process: string;
                                purpose: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/group-notes/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default false */
                        confirmEmptySections?: boolean;
                        /** @default {} */
                        safetyResponses?: {
                            [key: string]: "addressed_in_note" | "team_notified";
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
                        "application/json": {
                            authorId: string;
                            contentHash: string | null;
                            groupName: string | null;
                            id: string;
                            localDate: string;
                            members: {
                                attendance: string;
                                attended: boolean;
                                clientId: string;
                                name: string;
                                note: {
                                    addenda: {
                                        authorId: string;
                                        contentHash: string;
                                        cosignedAt: string | null;
                                        cosignedBy: string | null;
                                        cosignerId: string | null;
                                        id: string;
                                        reason: string;
                                        signedAt: string;
                                        text: string;
                                    }[];
                                    authorId: string;
                                    clientId: string;
                                    contentHash: string | null;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    dataHash: string | null;
                                    /** @enum {string} */
                                    format: "SOAP" | "DAP";
                                    groupNoteId: string | null;
                                    groupPart: {
                                        membership: string;
                                        process: string;
                                        purpose: string;
                                    } | null;
                                    id: string;
                                    lateEntry: boolean;
                                    requiresCosign: boolean;
                                    sections: {
                                        [key: string]: string;
                                    };
                                    sessionId: string;
                                    signedAt: string | null;
                                    signedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "awaiting_cosign" | "signed";
                                    version: number;
                                } | null;
                            }[];
                            sections: {
                                membership: string;
                                process: string;
                                purpose: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed";
                            version: number;
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
    "/api/v1/home-practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a home practice */
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    domain?: string;
                    population?: string;
                    q?: string;
                    technique?: string;
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
                        "application/json": {
                            items: {
                                adaptations: {
                                    easier: string[];
                                    harder: string[];
                                };
                                builtIn: boolean;
                                goalDomainKeys: string[];
                                id: string;
                                key: string;
                                materials: string[];
                                musicElements: {
                                    element: string;
                                    use: string;
                                }[];
                                name: string;
                                populations: string[];
                                precautions: string[];
                                procedure: string[];
                                references: ({
                                    authors: string;
                                    title: string;
                                    year: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                technique: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default {
                         *       "easier": [],
                         *       "harder": []
                         *     }
                         */
                        adaptations?: {
                            /** @default [] */
                            easier?: string[];
                            /** @default [] */
                            harder?: string[];
                        };
                        goalDomainKeys: string[];
                        /** Format: uuid */
                        id: string;
                        key: string;
                        /** @default [] */
                        materials?: string[];
                        musicElements: {
                            /** @enum {string} */
                            element: "key" | "tonality" | "tempo" | "meter" | "rhythm" | "melody" | "harmony" | "instrumentation" | "lyrics" | "dynamics" | "timbre" | "form";
                            /** @default  */
                            use?: string;
                        }[];
                        name: string;
                        /** @default [] */
                        populations?: string[];
                        /** @default [] */
                        precautions?: string[];
                        /** @default [] */
                        procedure?: string[];
                        /** @default [] */
                        references?: {
                            authors: string;
                            journal?: string;
                            source?: string;
                            title: string;
                            year: number;
                        }[];
                        technique: string;
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
                        "application/json": {
                            adaptations: {
                                easier: string[];
                                harder: string[];
                            };
                            builtIn: boolean;
                            goalDomainKeys: string[];
                            id: string;
                            key: string;
                            materials: string[];
                            musicElements: {
                                element: string;
                                use: string;
                            }[];
                            name: string;
                            populations: string[];
                            precautions: string[];
                            procedure: string[];
                            references: ({
                                authors: string;
                                title: string;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            technique: string;
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
    "/api/v1/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            adaptations: {
                                easier: string[];
                                harder: string[];
                            };
                            builtIn: boolean;
                            goalDomainKeys: string[];
                            id: string;
                            key: string;
                            materials: string[];
                            musicElements: {
                                element: string;
                                use: string;
                            }[];
                            name: string;
                            populations: string[];
                            precautions: string[];
                            procedure: string[];
                            references: ({
                                authors: string;
                                title: string;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            technique: string;
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            idleMinutes: number;
                            name: string;
                            /** Format: uuid */
                            organizationId: string;
                            roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
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
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
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
        patch: {
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
                    "application/json": {
                        sections: {
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notes/{id}/addenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reason: string;
                        text: string;
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
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
    "/api/v1/notes/{id}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
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
    "/api/v1/notes/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default false */
                        confirmEmptySections?: boolean;
                        /** @enum {string} */
                        safetyResponse?: "addressed_in_note" | "team_notified";
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
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
    "/api/v1/objectives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            baselineNote: string;
                            baselineValue: number | null;
                            behaviour: string;
                            clientId: string;
                            condition: string;
                            criterion: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            goalId: string;
                            id: string;
                            label: string;
                            masteryConfirmedAt: string | null;
                            masteryMetOn: string | null;
                            measurement: {
                                /**
                                 * @default percent_success
                                 * @enum {string}
                                 */
                                metric: "percent_success" | "percent_independent";
                                minOpportunities?: number;
                                promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /** @enum {string} */
                                type: "trials";
                            } | {
                                /** @enum {string} */
                                counts?: "steps" | "heartbeats";
                                /**
                                 * @default count
                                 * @enum {string}
                                 */
                                metric: "count" | "rate_per_minute";
                                /** @enum {string} */
                                type: "frequency";
                            } | {
                                /**
                                 * @default total_seconds
                                 * @enum {string}
                                 */
                                metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                test?: {
                                    distanceMetres?: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "duration";
                            } | {
                                /** @default 600 */
                                maxSeconds: number;
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "median";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "latency";
                            } | {
                                /** @default [] */
                                anchors: {
                                    label: string;
                                    value: number;
                                }[];
                                max: number;
                                min: number;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                /**
                                 * @default [
                                 *       "independent",
                                 *       "gestural",
                                 *       "verbal",
                                 *       "visual",
                                 *       "model",
                                 *       "partial_physical",
                                 *       "full_physical"
                                 *     ]
                                 */
                                hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /**
                                 * @default mean_level_score
                                 * @enum {string}
                                 */
                                metric: "mean_level_score" | "most_independent";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "prompt_level";
                            } | {
                                steps: string[];
                                /** @enum {string} */
                                type: "task_analysis";
                            } | {
                                channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "pre_post_change";
                                /** @enum {string} */
                                primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                type: "physiological";
                            } | {
                                max: number;
                                min: number;
                                scaleName: string;
                                /** @enum {string} */
                                type: "pre_post";
                            };
                            /** @enum {string} */
                            promptAfterTrial: "stay" | "reset";
                            shortLabel: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
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
                    "application/json": {
                        baselineNote?: string;
                        baselineValue?: number | null;
                        behaviour?: string;
                        condition?: string;
                        criterion?: {
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<";
                            minSessions: number;
                            value: number;
                            window: {
                                /** @enum {string} */
                                kind: "consecutive";
                                sessions: number;
                            } | {
                                /** @enum {string} */
                                kind: "of-last";
                                met: number;
                                sessions: number;
                            };
                        };
                        /** @enum {string} */
                        direction?: "increase" | "decrease";
                        minOpportunities?: number | null;
                        /** @enum {string} */
                        promptAfterTrial?: "stay" | "reset";
                        shortLabel?: string;
                        statement?: string;
                        /** @enum {string} */
                        status?: "baseline" | "active" | "met" | "discontinued" | "on_hold";
                        targetDate?: string | null;
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
                        "application/json": {
                            baselineNote: string;
                            baselineValue: number | null;
                            behaviour: string;
                            clientId: string;
                            condition: string;
                            criterion: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            goalId: string;
                            id: string;
                            label: string;
                            masteryConfirmedAt: string | null;
                            masteryMetOn: string | null;
                            measurement: {
                                /**
                                 * @default percent_success
                                 * @enum {string}
                                 */
                                metric: "percent_success" | "percent_independent";
                                minOpportunities?: number;
                                promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /** @enum {string} */
                                type: "trials";
                            } | {
                                /** @enum {string} */
                                counts?: "steps" | "heartbeats";
                                /**
                                 * @default count
                                 * @enum {string}
                                 */
                                metric: "count" | "rate_per_minute";
                                /** @enum {string} */
                                type: "frequency";
                            } | {
                                /**
                                 * @default total_seconds
                                 * @enum {string}
                                 */
                                metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                test?: {
                                    distanceMetres?: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "duration";
                            } | {
                                /** @default 600 */
                                maxSeconds: number;
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "median";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "latency";
                            } | {
                                /** @default [] */
                                anchors: {
                                    label: string;
                                    value: number;
                                }[];
                                max: number;
                                min: number;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                /**
                                 * @default [
                                 *       "independent",
                                 *       "gestural",
                                 *       "verbal",
                                 *       "visual",
                                 *       "model",
                                 *       "partial_physical",
                                 *       "full_physical"
                                 *     ]
                                 */
                                hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /**
                                 * @default mean_level_score
                                 * @enum {string}
                                 */
                                metric: "mean_level_score" | "most_independent";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "prompt_level";
                            } | {
                                steps: string[];
                                /** @enum {string} */
                                type: "task_analysis";
                            } | {
                                channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "pre_post_change";
                                /** @enum {string} */
                                primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                type: "physiological";
                            } | {
                                max: number;
                                min: number;
                                scaleName: string;
                                /** @enum {string} */
                                type: "pre_post";
                            };
                            /** @enum {string} */
                            promptAfterTrial: "stay" | "reset";
                            shortLabel: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/objectives/{id}/confirm-mastery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
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
                        "application/json": {
                            baselineNote: string;
                            baselineValue: number | null;
                            behaviour: string;
                            clientId: string;
                            condition: string;
                            criterion: {
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<";
                                minSessions: number;
                                value: number;
                                window: {
                                    /** @enum {string} */
                                    kind: "consecutive";
                                    sessions: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "of-last";
                                    met: number;
                                    sessions: number;
                                };
                            };
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            goalId: string;
                            id: string;
                            label: string;
                            masteryConfirmedAt: string | null;
                            masteryMetOn: string | null;
                            measurement: {
                                /**
                                 * @default percent_success
                                 * @enum {string}
                                 */
                                metric: "percent_success" | "percent_independent";
                                minOpportunities?: number;
                                promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /** @enum {string} */
                                type: "trials";
                            } | {
                                /** @enum {string} */
                                counts?: "steps" | "heartbeats";
                                /**
                                 * @default count
                                 * @enum {string}
                                 */
                                metric: "count" | "rate_per_minute";
                                /** @enum {string} */
                                type: "frequency";
                            } | {
                                /**
                                 * @default total_seconds
                                 * @enum {string}
                                 */
                                metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                test?: {
                                    distanceMetres?: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "duration";
                            } | {
                                /** @default 600 */
                                maxSeconds: number;
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "median";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "latency";
                            } | {
                                /** @default [] */
                                anchors: {
                                    label: string;
                                    value: number;
                                }[];
                                max: number;
                                min: number;
                                /** @enum {string} */
                                type: "rating";
                            } | {
                                /**
                                 * @default [
                                 *       "independent",
                                 *       "gestural",
                                 *       "verbal",
                                 *       "visual",
                                 *       "model",
                                 *       "partial_physical",
                                 *       "full_physical"
                                 *     ]
                                 */
                                hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                /**
                                 * @default mean_level_score
                                 * @enum {string}
                                 */
                                metric: "mean_level_score" | "most_independent";
                                minOpportunities?: number;
                                /** @enum {string} */
                                type: "prompt_level";
                            } | {
                                steps: string[];
                                /** @enum {string} */
                                type: "task_analysis";
                            } | {
                                channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                /**
                                 * @default mean
                                 * @enum {string}
                                 */
                                metric: "mean" | "pre_post_change";
                                /** @enum {string} */
                                primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                type: "physiological";
                            } | {
                                max: number;
                                min: number;
                                scaleName: string;
                                /** @enum {string} */
                                type: "pre_post";
                            };
                            /** @enum {string} */
                            promptAfterTrial: "stay" | "reset";
                            shortLabel: string;
                            statement: string;
                            status: string;
                            targetDate: string | null;
                            version: number;
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
    "/api/v1/objectives/{id}/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "baseline" | "intervention";
                                label: string;
                                note: string;
                                objectiveId: string;
                                startDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "baseline" | "intervention";
                        label: string;
                        /** @default  */
                        note?: string;
                        startDate: string;
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
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "baseline" | "intervention";
                            label: string;
                            note: string;
                            objectiveId: string;
                            startDate: string;
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
    "/api/v1/objectives/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            aimLine: {
                                from: {
                                    date: string;
                                    value: number;
                                };
                                to: {
                                    date: string;
                                    value: number;
                                };
                            } | null;
                            baseline: {
                                label: string | null;
                                /** @enum {string} */
                                reason: "none" | "contaminated" | "too-short" | "short" | "adequate";
                                usable: boolean;
                            };
                            baselinePhase: {
                                id: string;
                                /** @enum {string} */
                                kind: "baseline" | "intervention";
                                label: string;
                                startDate: string;
                            } | null;
                            cued: boolean;
                            currentPhase: {
                                id: string;
                                /** @enum {string} */
                                kind: "baseline" | "intervention";
                                label: string;
                                startDate: string;
                            } | null;
                            currentPhaseSessions: number;
                            effectSizes: {
                                nap: number;
                                pnd: number;
                                tau: number;
                                tauU: number;
                            } | null;
                            mastery: {
                                currentWindow: {
                                    date: string;
                                    meets: boolean;
                                    value: number;
                                }[];
                                dataSessions: number;
                                firstMetOn: string | null;
                                metSessionDates: string[];
                                sessionsNeeded: number;
                                /** @enum {string} */
                                status: "met" | "not-met" | "insufficient-data";
                            };
                            objective: {
                                baselineNote: string;
                                baselineValue: number | null;
                                behaviour: string;
                                clientId: string;
                                condition: string;
                                criterion: {
                                    /** @enum {string} */
                                    comparator: ">=" | ">" | "<=" | "<";
                                    minSessions: number;
                                    value: number;
                                    window: {
                                        /** @enum {string} */
                                        kind: "consecutive";
                                        sessions: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "of-last";
                                        met: number;
                                        sessions: number;
                                    };
                                };
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: string;
                                id: string;
                                label: string;
                                masteryConfirmedAt: string | null;
                                masteryMetOn: string | null;
                                measurement: {
                                    /**
                                     * @default percent_success
                                     * @enum {string}
                                     */
                                    metric: "percent_success" | "percent_independent";
                                    minOpportunities?: number;
                                    promptLevels?: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                    /** @enum {string} */
                                    type: "trials";
                                } | {
                                    /** @enum {string} */
                                    counts?: "steps" | "heartbeats";
                                    /**
                                     * @default count
                                     * @enum {string}
                                     */
                                    metric: "count" | "rate_per_minute";
                                    /** @enum {string} */
                                    type: "frequency";
                                } | {
                                    /**
                                     * @default total_seconds
                                     * @enum {string}
                                     */
                                    metric: "total_seconds" | "percent_of_observed" | "test_seconds";
                                    test?: {
                                        distanceMetres?: number;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    type: "duration";
                                } | {
                                    /** @default 600 */
                                    maxSeconds: number;
                                    /**
                                     * @default mean
                                     * @enum {string}
                                     */
                                    metric: "mean" | "median";
                                    minOpportunities?: number;
                                    /** @enum {string} */
                                    type: "latency";
                                } | {
                                    /** @default [] */
                                    anchors: {
                                        label: string;
                                        value: number;
                                    }[];
                                    max: number;
                                    min: number;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    /**
                                     * @default [
                                     *       "independent",
                                     *       "gestural",
                                     *       "verbal",
                                     *       "visual",
                                     *       "model",
                                     *       "partial_physical",
                                     *       "full_physical"
                                     *     ]
                                     */
                                    hierarchy: ("independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical")[];
                                    /**
                                     * @default mean_level_score
                                     * @enum {string}
                                     */
                                    metric: "mean_level_score" | "most_independent";
                                    minOpportunities?: number;
                                    /** @enum {string} */
                                    type: "prompt_level";
                                } | {
                                    steps: string[];
                                    /** @enum {string} */
                                    type: "task_analysis";
                                } | {
                                    channels: ("heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state")[];
                                    /**
                                     * @default mean
                                     * @enum {string}
                                     */
                                    metric: "mean" | "pre_post_change";
                                    /** @enum {string} */
                                    primaryChannel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                    /** @enum {string} */
                                    type: "physiological";
                                } | {
                                    max: number;
                                    min: number;
                                    scaleName: string;
                                    /** @enum {string} */
                                    type: "pre_post";
                                };
                                /** @enum {string} */
                                promptAfterTrial: "stay" | "reset";
                                shortLabel: string;
                                statement: string;
                                status: string;
                                targetDate: string | null;
                                version: number;
                            };
                            phases: {
                                id: string;
                                /** @enum {string} */
                                kind: "baseline" | "intervention";
                                label: string;
                                startDate: string;
                            }[];
                            phaseSummaries: {
                                phase: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "baseline" | "intervention";
                                    label: string;
                                    startDate: string;
                                };
                                stats: {
                                    max: number | null;
                                    mean: number | null;
                                    median: number | null;
                                    min: number | null;
                                    n: number;
                                    range: number | null;
                                    sd: number | null;
                                };
                                trend: {
                                    intercept: number | null;
                                    n: number;
                                    origin: string | null;
                                    slope: number | null;
                                };
                            }[];
                            projectedDate: string | null;
                            sessions: {
                                cueTempo: {
                                    entries: number;
                                    maxBpm: number;
                                    meanBpm: number;
                                    minBpm: number;
                                } | null;
                                cueTempoBpm: number | null;
                                date: string;
                                details: {
                                    [key: string]: number | string | null;
                                };
                                eventCount: number;
                                sessionId: string;
                                unit: string;
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            status: "met" | "progressing" | "not-progressing" | "insufficient-data";
                            /** @enum {string} */
                            track: "met" | "on-track" | "not-on-track" | "too-early" | "no-target-date";
                            trend: {
                                intercept: number | null;
                                n: number;
                                origin: string | null;
                                slope: number | null;
                            };
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
    "/api/v1/organization/npi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the practice’s NPI (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        npi: string | null;
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
                        "application/json": {
                            npi: string | null;
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
    "/api/v1/organization/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The practice’s settings that its rules apply: note format and required sections, late-entry window, IEP progress-code wording, NICU live-music minimum. */
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
                        "application/json": {
                            /** @enum {string} */
                            groupNoteOthers: "count" | "first_names";
                            id: string;
                            lateEntryHours: number;
                            name: string;
                            nicuLiveMusicMinPmaWeeks: number | null;
                            /** @enum {string} */
                            noteFormat: "SOAP" | "DAP";
                            progressCodes: {
                                achieved?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                emerging?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                "insufficient-progress"?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                "not-yet-introduced"?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                progressing?: {
                                    label?: string;
                                    meaning?: string;
                                };
                            };
                            requiredNoteSections: ("subjective" | "assessment" | "plan")[];
                            timeZone: string;
                            version: number;
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
        /** @description Change the practice’s settings (admins); send the version read. Audited with each setting before and after. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        groupNoteOthers?: "count" | "first_names";
                        lateEntryHours?: number;
                        name?: string;
                        nicuLiveMusicMinPmaWeeks?: number | null;
                        /** @enum {string} */
                        noteFormat?: "SOAP" | "DAP";
                        progressCodes?: {
                            achieved?: {
                                label?: string;
                                meaning?: string;
                            };
                            emerging?: {
                                label?: string;
                                meaning?: string;
                            };
                            "insufficient-progress"?: {
                                label?: string;
                                meaning?: string;
                            };
                            "not-yet-introduced"?: {
                                label?: string;
                                meaning?: string;
                            };
                            progressing?: {
                                label?: string;
                                meaning?: string;
                            };
                        };
                        requiredNoteSections?: ("subjective" | "assessment" | "plan")[];
                        timeZone?: string;
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
                        "application/json": {
                            /** @enum {string} */
                            groupNoteOthers: "count" | "first_names";
                            id: string;
                            lateEntryHours: number;
                            name: string;
                            nicuLiveMusicMinPmaWeeks: number | null;
                            /** @enum {string} */
                            noteFormat: "SOAP" | "DAP";
                            progressCodes: {
                                achieved?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                emerging?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                "insufficient-progress"?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                "not-yet-introduced"?: {
                                    label?: string;
                                    meaning?: string;
                                };
                                progressing?: {
                                    label?: string;
                                    meaning?: string;
                                };
                            };
                            requiredNoteSections: ("subjective" | "assessment" | "plan")[];
                            timeZone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                        "application/json": {
                            byDomain: {
                                [key: string]: {
                                    "insufficient-data": number;
                                    met: number;
                                    "not-progressing": number;
                                    positiveShare: number | null;
                                    progressing: number;
                                    total: number;
                                };
                            };
                            byPopulation: {
                                [key: string]: {
                                    "insufficient-data": number;
                                    met: number;
                                    "not-progressing": number;
                                    positiveShare: number | null;
                                    progressing: number;
                                    total: number;
                                };
                            };
                            byTechnique: {
                                [key: string]: {
                                    "insufficient-data": number;
                                    met: number;
                                    "not-progressing": number;
                                    positiveShare: number | null;
                                    progressing: number;
                                    total: number;
                                };
                            };
                            objectives: number;
                            overall: {
                                "insufficient-data": number;
                                met: number;
                                "not-progressing": number;
                                positiveShare: number | null;
                                progressing: number;
                                total: number;
                            };
                            period: {
                                from?: string;
                                to?: string;
                            };
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
    "/api/v1/phases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                authorId: string;
                                clientId: string;
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                decisionNote: string;
                                id: string;
                                kind: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                status: string;
                                targetId: string | null;
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
    "/api/v1/plan-proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default  */
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorId: string;
                            clientId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string;
                            id: string;
                            kind: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            reason: string;
                            status: string;
                            targetId: string | null;
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
    "/api/v1/plan-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default  */
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorId: string;
                            clientId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string;
                            id: string;
                            kind: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            reason: string;
                            status: string;
                            targetId: string | null;
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
    "/api/v1/plan-versions/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the client’s or guardian’s acknowledgement of a signed version */
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
                    "application/json": {
                        acknowledgedOn: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        method: "in_person" | "electronic" | "verbal";
                        name: string;
                        /** @default  */
                        note?: string;
                        relationship: string;
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
                        "application/json": {
                            acknowledgedOn: string;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            method: "in_person" | "electronic" | "verbal";
                            name: string;
                            note: string;
                            recordedBy: string;
                            relationship: string;
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
    "/api/v1/plan-versions/{id}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Co-sign a version signed by an intern (their supervisor only); it is in force from then on */
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
                    "application/json": {
                        contentHash: string;
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
                        "application/json": {
                            acknowledgements: {
                                acknowledgedOn: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                method: "in_person" | "electronic" | "verbal";
                                name: string;
                                note: string;
                                recordedBy: string;
                                relationship: string;
                            }[];
                            changes: string[];
                            clientId: string;
                            contentHash: string;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerCredentials: string | null;
                            cosignerId: string | null;
                            cosignerName: string | null;
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            number: number;
                            overtakenBy: number | null;
                            requiresCosign: boolean;
                            signedAt: string | null;
                            signedBy: string | null;
                            signerCredentials: string | null;
                            signerName: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            supersedesNumber: number | null;
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
    "/api/v1/plan-versions/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A treatment plan version as a document
         * @description Answers text/html (format=html) or application/pdf (format=pdf).
         */
        get: {
            parameters: {
                query?: {
                    /** @description html to read in the browser, pdf to print or share */
                    format?: "html" | "pdf";
                    /** @description PDF paper size; default: letter in the Americas, else A4 */
                    paper?: "a4" | "letter";
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
    "/api/v1/plan-versions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a draft version; it is locked from then on */
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
                    "application/json": {
                        contentHash: string;
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
                        "application/json": {
                            acknowledgements: {
                                acknowledgedOn: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                method: "in_person" | "electronic" | "verbal";
                                name: string;
                                note: string;
                                recordedBy: string;
                                relationship: string;
                            }[];
                            changes: string[];
                            clientId: string;
                            contentHash: string;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerCredentials: string | null;
                            cosignerId: string | null;
                            cosignerName: string | null;
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            number: number;
                            overtakenBy: number | null;
                            requiresCosign: boolean;
                            signedAt: string | null;
                            signedBy: string | null;
                            signerCredentials: string | null;
                            signerName: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            supersedesNumber: number | null;
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
    "/api/v1/recordings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recordings/{id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
    "/api/v1/reports/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caseload outcome report for a supervisor
         * @description Answers text/html (format=html) or application/pdf (format=pdf).
         */
        get: {
            parameters: {
                query?: {
                    /** @description html to read in the browser, pdf to print or share */
                    format?: "html" | "pdf";
                    /** @description first day of the period (YYYY-MM-DD); default: the client’s first session */
                    from?: string;
                    /** @description PDF paper size; default: letter in the Americas, else A4 */
                    paper?: "a4" | "letter";
                    /** @description last day of the period (YYYY-MM-DD); default: today at the clinic */
                    to?: string;
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
    "/api/v1/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        entityType: "goal" | "objective" | "phase" | "plan_link" | "assessment" | "session" | "delivered_intervention" | "recording";
                        /** Format: uuid */
                        id: string;
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
                        "application/json": {
                            entityType: string;
                            id: string;
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
    "/api/v1/service-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice’s service codes */
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
                        "application/json": {
                            items: {
                                active: boolean;
                                billable: boolean;
                                code: string;
                                description: string;
                                /** @enum {string} */
                                hourRounding: "down" | "nearest" | "up";
                                id: string;
                                minimumMinutes: number | null;
                                modifiers: string[];
                                rateCents: number;
                                sessionTypes: string[];
                                settings: string[];
                                /** @enum {string} */
                                unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a service code (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /** @default true */
                        billable?: boolean;
                        code: string;
                        description: string;
                        /**
                         * @default down
                         * @enum {string}
                         */
                        hourRounding?: "down" | "nearest" | "up";
                        /** Format: uuid */
                        id: string;
                        /** @default null */
                        minimumMinutes?: number | null;
                        /** @default [] */
                        modifiers?: string[];
                        rateCents: number;
                        /** @default [] */
                        sessionTypes?: string[];
                        /** @default [] */
                        settings?: string[];
                        /** @enum {string} */
                        unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
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
                        "application/json": {
                            active: boolean;
                            billable: boolean;
                            code: string;
                            description: string;
                            /** @enum {string} */
                            hourRounding: "down" | "nearest" | "up";
                            id: string;
                            minimumMinutes: number | null;
                            modifiers: string[];
                            rateCents: number;
                            sessionTypes: string[];
                            settings: string[];
                            /** @enum {string} */
                            unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                            version: number;
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
    "/api/v1/service-codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            active: boolean;
                            billable: boolean;
                            code: string;
                            description: string;
                            /** @enum {string} */
                            hourRounding: "down" | "nearest" | "up";
                            id: string;
                            minimumMinutes: number | null;
                            modifiers: string[];
                            rateCents: number;
                            sessionTypes: string[];
                            settings: string[];
                            /** @enum {string} */
                            unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Retire a service code (admin) */
        delete: {
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
                    "application/json": {
                        reason: string;
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
            };
        };
        options?: never;
        head?: never;
        /** Change a service code (admin) */
        patch: {
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
                    "application/json": {
                        active?: boolean;
                        billable?: boolean;
                        code?: string;
                        description?: string;
                        /** @enum {string} */
                        hourRounding?: "down" | "nearest" | "up";
                        minimumMinutes?: number | null;
                        modifiers?: string[];
                        rateCents?: number;
                        sessionTypes?: string[];
                        settings?: string[];
                        /** @enum {string} */
                        unitRule?: "per_15_minutes_cms" | "per_session" | "per_hour";
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
                        "application/json": {
                            active: boolean;
                            billable: boolean;
                            code: string;
                            description: string;
                            /** @enum {string} */
                            hourRounding: "down" | "nearest" | "up";
                            id: string;
                            minimumMinutes: number | null;
                            modifiers: string[];
                            rateCents: number;
                            sessionTypes: string[];
                            settings: string[];
                            /** @enum {string} */
                            unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    from?: string;
                    limit?: number;
                    offset?: number;
                    to?: string;
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
                        "application/json": {
                            items: {
                                actualEndAt: string | null;
                                actualStartAt: string | null;
                                cancelReason: string | null;
                                durationMinutes: number;
                                groupName: string | null;
                                id: string;
                                leadTherapistId: string;
                                length: {
                                    minutes: number;
                                    /** @enum {string} */
                                    source: "recorded" | "planned";
                                };
                                localDate: string;
                                location: string;
                                makeUpFor: string | null;
                                participants: {
                                    absenceReason: string | null;
                                    attendance: string;
                                    clientId: string;
                                    lastName: string;
                                    lateMinutes: number | null;
                                    leftEarlyMinutes: number | null;
                                    name: string;
                                }[];
                                setting: string;
                                startsAt: string;
                                status: string;
                                timeZone: string;
                                type: string;
                                version: number;
                            }[];
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationMinutes: number;
                        /** @default null */
                        groupName?: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @default  */
                        location?: string;
                        /** @default null */
                        makeUpFor?: string | null;
                        participants: {
                            /**
                             * @default expected
                             * @enum {string}
                             */
                            attendance?: "expected" | "present" | "late" | "left_early" | "absent" | "cancelled";
                            /** Format: uuid */
                            clientId: string;
                        }[];
                        setting: string;
                        /** Format: date-time */
                        startsAt: string;
                        timeZone?: string;
                        /** @enum {string} */
                        type: "individual" | "group" | "family" | "co_treatment";
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
                        "application/json": {
                            actualEndAt: string | null;
                            actualStartAt: string | null;
                            cancelReason: string | null;
                            durationMinutes: number;
                            groupName: string | null;
                            id: string;
                            leadTherapistId: string;
                            length: {
                                minutes: number;
                                /** @enum {string} */
                                source: "recorded" | "planned";
                            };
                            localDate: string;
                            location: string;
                            makeUpFor: string | null;
                            participants: {
                                absenceReason: string | null;
                                attendance: string;
                                clientId: string;
                                lateMinutes: number | null;
                                leftEarlyMinutes: number | null;
                            }[];
                            setting: string;
                            startsAt: string;
                            status: string;
                            timeZone: string;
                            type: string;
                            version: number;
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
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            actualEndAt: string | null;
                            actualStartAt: string | null;
                            cancelReason: string | null;
                            delivered: {
                                delivered: boolean;
                                endedAt: string | null;
                                id: string;
                                intervention: {
                                    id: string;
                                    name: string;
                                    technique: string;
                                };
                                interventionId: string;
                                notes: string;
                                objectiveIds: string[];
                                position: number;
                                sessionId: string;
                                startedAt: string | null;
                            }[];
                            durationMinutes: number;
                            groupName: string | null;
                            id: string;
                            leadTherapistId: string;
                            length: {
                                minutes: number;
                                /** @enum {string} */
                                source: "recorded" | "planned";
                            };
                            localDate: string;
                            location: string;
                            makeUpFor: string | null;
                            participants: {
                                absenceReason: string | null;
                                attendance: string;
                                clientId: string;
                                lastName: string;
                                lateMinutes: number | null;
                                leftEarlyMinutes: number | null;
                                name: string;
                                note: {
                                    id: string;
                                    /** @enum {string} */
                                    status: "draft" | "awaiting_cosign" | "signed";
                                } | null;
                            }[];
                            setting: string;
                            startsAt: string;
                            status: string;
                            timeZone: string;
                            type: string;
                            version: number;
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
        patch: {
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
                    "application/json": {
                        actualEndAt?: string | null;
                        actualStartAt?: string | null;
                        cancelReason?: string | null;
                        durationMinutes?: number;
                        location?: string;
                        makeUpFor?: string | null;
                        /** Format: date-time */
                        startsAt?: string;
                        /** @enum {string} */
                        status?: "planned" | "in_progress" | "completed" | "cancelled";
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
                        "application/json": {
                            actualEndAt: string | null;
                            actualStartAt: string | null;
                            cancelReason: string | null;
                            durationMinutes: number;
                            groupName: string | null;
                            id: string;
                            leadTherapistId: string;
                            length: {
                                minutes: number;
                                /** @enum {string} */
                                source: "recorded" | "planned";
                            };
                            localDate: string;
                            location: string;
                            makeUpFor: string | null;
                            setting: string;
                            startsAt: string;
                            status: string;
                            timeZone: string;
                            type: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions/{id}/data-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                clientId: string;
                                cueTempoBpm: number | null;
                                deliveredInterventionId: string | null;
                                event: {
                                    /** @enum {string} */
                                    kind: "trial";
                                    /** @enum {string} */
                                    outcome: "success" | "failure";
                                    /** @enum {string} */
                                    promptLevel?: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                                } | {
                                    /** @enum {string} */
                                    kind: "occurrence";
                                } | {
                                    /** @enum {string} */
                                    kind: "observation";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "duration";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "latency";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "rating";
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "prompt";
                                    /** @enum {string} */
                                    level: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                                } | {
                                    /** @enum {string} */
                                    kind: "step";
                                    /** @enum {string} */
                                    result: "independent" | "prompted" | "not_done";
                                    step: number;
                                } | {
                                    /** @enum {string} */
                                    channel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                    /** @enum {string} */
                                    kind: "reading";
                                    value: number;
                                    /**
                                     * @default during
                                     * @enum {string}
                                     */
                                    when: "pre" | "during" | "post";
                                } | {
                                    /** @enum {string} */
                                    kind: "scale";
                                    value: number;
                                    /** @enum {string} */
                                    when: "pre" | "post";
                                };
                                id: string;
                                objectiveId: string;
                                recordedAt: string;
                                recordedBy: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        /** @default null */
                        cueTempoBpm?: number | null;
                        /** @default null */
                        deliveredInterventionId?: string | null;
                        event: {
                            /** @enum {string} */
                            kind: "trial";
                            /** @enum {string} */
                            outcome: "success" | "failure";
                            /** @enum {string} */
                            promptLevel?: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                        } | {
                            /** @enum {string} */
                            kind: "occurrence";
                        } | {
                            /** @enum {string} */
                            kind: "observation";
                            seconds: number;
                        } | {
                            /** @enum {string} */
                            kind: "duration";
                            seconds: number;
                        } | {
                            /** @enum {string} */
                            kind: "latency";
                            seconds: number;
                        } | {
                            /** @enum {string} */
                            kind: "rating";
                            value: number;
                        } | {
                            /** @enum {string} */
                            kind: "prompt";
                            /** @enum {string} */
                            level: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                        } | {
                            /** @enum {string} */
                            kind: "step";
                            /** @enum {string} */
                            result: "independent" | "prompted" | "not_done";
                            step: number;
                        } | {
                            /** @enum {string} */
                            channel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                            /** @enum {string} */
                            kind: "reading";
                            value: number;
                            /**
                             * @default during
                             * @enum {string}
                             */
                            when?: "pre" | "during" | "post";
                        } | {
                            /** @enum {string} */
                            kind: "scale";
                            value: number;
                            /** @enum {string} */
                            when: "pre" | "post";
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        objectiveId: string;
                        /** Format: date-time */
                        recordedAt: string;
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
                        "application/json": {
                            clientId: string;
                            cueTempoBpm: number | null;
                            deliveredInterventionId: string | null;
                            event: {
                                /** @enum {string} */
                                kind: "trial";
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                /** @enum {string} */
                                promptLevel?: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                            } | {
                                /** @enum {string} */
                                kind: "occurrence";
                            } | {
                                /** @enum {string} */
                                kind: "observation";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "duration";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "latency";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "rating";
                                value: number;
                            } | {
                                /** @enum {string} */
                                kind: "prompt";
                                /** @enum {string} */
                                level: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                            } | {
                                /** @enum {string} */
                                kind: "step";
                                /** @enum {string} */
                                result: "independent" | "prompted" | "not_done";
                                step: number;
                            } | {
                                /** @enum {string} */
                                channel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                kind: "reading";
                                value: number;
                                /**
                                 * @default during
                                 * @enum {string}
                                 */
                                when: "pre" | "during" | "post";
                            } | {
                                /** @enum {string} */
                                kind: "scale";
                                value: number;
                                /** @enum {string} */
                                when: "pre" | "post";
                            };
                            id: string;
                            objectiveId: string;
                            recordedAt: string;
                            recordedBy: string;
                            sessionId: string;
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
    "/api/v1/sessions/{id}/data-points/{pointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/data-points/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        points: {
                            /** Format: uuid */
                            clientId: string;
                            /** @default null */
                            cueTempoBpm?: number | null;
                            /** @default null */
                            deliveredInterventionId?: string | null;
                            event: {
                                /** @enum {string} */
                                kind: "trial";
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                /** @enum {string} */
                                promptLevel?: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                            } | {
                                /** @enum {string} */
                                kind: "occurrence";
                            } | {
                                /** @enum {string} */
                                kind: "observation";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "duration";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "latency";
                                seconds: number;
                            } | {
                                /** @enum {string} */
                                kind: "rating";
                                value: number;
                            } | {
                                /** @enum {string} */
                                kind: "prompt";
                                /** @enum {string} */
                                level: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                            } | {
                                /** @enum {string} */
                                kind: "step";
                                /** @enum {string} */
                                result: "independent" | "prompted" | "not_done";
                                step: number;
                            } | {
                                /** @enum {string} */
                                channel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                /** @enum {string} */
                                kind: "reading";
                                value: number;
                                /**
                                 * @default during
                                 * @enum {string}
                                 */
                                when?: "pre" | "during" | "post";
                            } | {
                                /** @enum {string} */
                                kind: "scale";
                                value: number;
                                /** @enum {string} */
                                when: "pre" | "post";
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            objectiveId: string;
                            /** Format: date-time */
                            recordedAt: string;
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
                        "application/json": {
                            points: {
                                clientId: string;
                                cueTempoBpm: number | null;
                                deliveredInterventionId: string | null;
                                event: {
                                    /** @enum {string} */
                                    kind: "trial";
                                    /** @enum {string} */
                                    outcome: "success" | "failure";
                                    /** @enum {string} */
                                    promptLevel?: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                                } | {
                                    /** @enum {string} */
                                    kind: "occurrence";
                                } | {
                                    /** @enum {string} */
                                    kind: "observation";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "duration";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "latency";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "rating";
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "prompt";
                                    /** @enum {string} */
                                    level: "independent" | "gestural" | "verbal" | "visual" | "model" | "partial_physical" | "full_physical";
                                } | {
                                    /** @enum {string} */
                                    kind: "step";
                                    /** @enum {string} */
                                    result: "independent" | "prompted" | "not_done";
                                    step: number;
                                } | {
                                    /** @enum {string} */
                                    channel: "heart_rate" | "spo2" | "respiratory_rate" | "behavioural_state";
                                    /** @enum {string} */
                                    kind: "reading";
                                    value: number;
                                    /**
                                     * @default during
                                     * @enum {string}
                                     */
                                    when: "pre" | "during" | "post";
                                } | {
                                    /** @enum {string} */
                                    kind: "scale";
                                    value: number;
                                    /** @enum {string} */
                                    when: "pre" | "post";
                                };
                                id: string;
                                objectiveId: string;
                                recordedAt: string;
                                recordedBy: string;
                                sessionId: string;
                            }[];
                            stored: number;
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
    "/api/v1/sessions/{id}/group-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        id: string;
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
                        "application/json": {
                            authorId: string;
                            contentHash: string | null;
                            groupName: string | null;
                            id: string;
                            localDate: string;
                            members: {
                                attendance: string;
                                attended: boolean;
                                clientId: string;
                                name: string;
                                note: {
                                    addenda: {
                                        authorId: string;
                                        contentHash: string;
                                        cosignedAt: string | null;
                                        cosignedBy: string | null;
                                        cosignerId: string | null;
                                        id: string;
                                        reason: string;
                                        signedAt: string;
                                        text: string;
                                    }[];
                                    authorId: string;
                                    clientId: string;
                                    contentHash: string | null;
                                    cosignedAt: string | null;
                                    cosignedBy: string | null;
                                    cosignerId: string | null;
                                    dataHash: string | null;
                                    /** @enum {string} */
                                    format: "SOAP" | "DAP";
                                    groupNoteId: string | null;
                                    groupPart: {
                                        membership: string;
                                        process: string;
                                        purpose: string;
                                    } | null;
                                    id: string;
                                    lateEntry: boolean;
                                    requiresCosign: boolean;
                                    sections: {
                                        [key: string]: string;
                                    };
                                    sessionId: string;
                                    signedAt: string | null;
                                    signedBy: string | null;
                                    /** @enum {string} */
                                    status: "draft" | "awaiting_cosign" | "signed";
                                    version: number;
                                } | null;
                            }[];
                            sections: {
                                membership: string;
                                process: string;
                                purpose: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "signed";
                            version: number;
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
    "/api/v1/sessions/{id}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @default false */
                        delivered?: boolean;
                        /** @default null */
                        endedAt?: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interventionId: string;
                        /** @default  */
                        notes?: string;
                        objectiveIds: string[];
                        overrideReason?: string;
                        position?: number;
                        /** @default null */
                        startedAt?: string | null;
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
                        "application/json": {
                            delivered: boolean;
                            endedAt: string | null;
                            id: string;
                            interventionId: string;
                            notes: string;
                            objectiveIds: string[];
                            position: number;
                            sessionId: string;
                            startedAt: string | null;
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
    "/api/v1/sessions/{id}/interventions/{deliveredId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveredId: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveredId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        delivered?: boolean;
                        endedAt?: string | null;
                        notes?: string;
                        overrideReason?: string;
                        startedAt?: string | null;
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
                        "application/json": {
                            delivered: boolean;
                            endedAt: string | null;
                            id: string;
                            interventionId: string;
                            notes: string;
                            objectiveIds: string[];
                            position: number;
                            sessionId: string;
                            startedAt: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sessions/{id}/music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                artist: string;
                                clientId: string | null;
                                deliveredInterventionId: string;
                                id: string;
                                instruments: string[];
                                key: string | null;
                                ledBy: string[];
                                line: string;
                                meter: string | null;
                                response: string;
                                sessionId: string;
                                source: string;
                                tempoBpm: number | null;
                                title: string;
                                version: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                    "application/json": {
                        /** @default  */
                        artist?: string;
                        /** @default null */
                        clientId?: string | null;
                        /** Format: uuid */
                        deliveredInterventionId: string;
                        /** Format: uuid */
                        id: string;
                        /** @default [] */
                        instruments?: string[];
                        /** @default null */
                        key?: ("C major" | "C♯/D♭ major" | "D major" | "E♭ major" | "E major" | "F major" | "F♯/G♭ major" | "G major" | "A♭ major" | "A major" | "B♭ major" | "B major" | "C minor" | "C♯ minor" | "D minor" | "D♯/E♭ minor" | "E minor" | "F minor" | "F♯ minor" | "G minor" | "G♯ minor" | "A minor" | "B♭ minor" | "B minor" | "other") | null;
                        /** @default [] */
                        ledBy?: ("therapist" | "client" | "family" | "group" | "staff")[];
                        /** @default null */
                        meter?: string | null;
                        /** @default  */
                        response?: string;
                        /**
                         * @default live
                         * @enum {string}
                         */
                        source?: "live" | "recorded";
                        /** @default null */
                        tempoBpm?: number | null;
                        title: string;
                        /**
                         * @default original
                         * @enum {string}
                         */
                        version?: "original" | "adapted" | "improvised" | "composed";
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
                        "application/json": {
                            artist: string;
                            clientId: string | null;
                            deliveredInterventionId: string;
                            id: string;
                            instruments: string[];
                            key: string | null;
                            ledBy: string[];
                            line: string;
                            meter: string | null;
                            response: string;
                            sessionId: string;
                            source: string;
                            tempoBpm: number | null;
                            title: string;
                            version: string;
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
    "/api/v1/sessions/{id}/music/{musicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    musicId: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        /** Format: uuid */
                        id: string;
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
                        "application/json": {
                            addenda: {
                                authorId: string;
                                contentHash: string;
                                cosignedAt: string | null;
                                cosignedBy: string | null;
                                cosignerId: string | null;
                                id: string;
                                reason: string;
                                signedAt: string;
                                text: string;
                            }[];
                            authorId: string;
                            clientId: string;
                            contentHash: string | null;
                            cosignedAt: string | null;
                            cosignedBy: string | null;
                            cosignerId: string | null;
                            dataHash: string | null;
                            /** @enum {string} */
                            format: "SOAP" | "DAP";
                            groupNoteId: string | null;
                            groupPart: {
                                membership: string;
                                process: string;
                                purpose: string;
                            } | null;
                            id: string;
                            lateEntry: boolean;
                            requiresCosign: boolean;
                            sections: {
                                [key: string]: string;
                            };
                            sessionId: string;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "awaiting_cosign" | "signed";
                            version: number;
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
    "/api/v1/sessions/{id}/participants/{clientId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        absenceReason?: ("client_cancelled" | "therapist_cancelled" | "illness" | "hospitalised" | "asleep_or_declined" | "no_show") | null;
                        /** @enum {string} */
                        attendance: "expected" | "present" | "late" | "left_early" | "absent" | "cancelled";
                        lateMinutes?: number | null;
                        leftEarlyMinutes?: number | null;
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
                        "application/json": {
                            absenceReason: string | null;
                            attendance: string;
                            clientId: string;
                            lateMinutes: number | null;
                            leftEarlyMinutes: number | null;
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
    "/api/v1/sessions/{id}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                bytes: number;
                                clientId: string;
                                /** @enum {string} */
                                consentBasis: "client" | "guardian" | "representative";
                                createdAt: string;
                                createdBy: string;
                                durationMs: number | null;
                                id: string;
                                legacy: boolean;
                                localDate: string;
                                /** @enum {string} */
                                mime: "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/mpeg" | "audio/wav";
                                sessionId: string;
                                sha256: string;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query: {
                    clientId: string;
                    consentBasis: "client" | "guardian" | "representative";
                    durationMs?: number;
                    id: string;
                    legacy?: "true" | "false";
                    title?: string;
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytes: number;
                            clientId: string;
                            /** @enum {string} */
                            consentBasis: "client" | "guardian" | "representative";
                            createdAt: string;
                            createdBy: string;
                            durationMs: number | null;
                            id: string;
                            legacy: boolean;
                            localDate: string;
                            /** @enum {string} */
                            mime: "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/mpeg" | "audio/wav";
                            sessionId: string;
                            sha256: string;
                            title: string;
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
    "/api/v1/sessions/{id}/service-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                belowMinimum: boolean;
                                billable: boolean;
                                chargeCents: number;
                                clientId: string;
                                code: string;
                                date: string;
                                description: string;
                                diagnosisCodes: string[];
                                documented: boolean;
                                id: string;
                                minimumMinutes: number | null;
                                minutes: number;
                                modifiers: string[];
                                payer: string;
                                placeOfService: string;
                                rateCents: number;
                                recordedMinutes: number;
                                renderingProviderId: string;
                                serviceCodeId: string;
                                sessionId: string;
                                supervisingProviderId: string | null;
                                /** @enum {string} */
                                unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                                units: number;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a service line for an attended client */
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
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        /** @default [] */
                        diagnosisCodes?: string[];
                        /** Format: uuid */
                        id: string;
                        minutes?: number;
                        payer: string;
                        placeOfService: string;
                        /** Format: uuid */
                        renderingProviderId?: string;
                        /** Format: uuid */
                        serviceCodeId: string;
                        supervisingProviderId?: string | null;
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
                        "application/json": {
                            belowMinimum: boolean;
                            billable: boolean;
                            chargeCents: number;
                            clientId: string;
                            code: string;
                            date: string;
                            description: string;
                            diagnosisCodes: string[];
                            documented: boolean;
                            id: string;
                            minimumMinutes: number | null;
                            minutes: number;
                            modifiers: string[];
                            payer: string;
                            placeOfService: string;
                            rateCents: number;
                            recordedMinutes: number;
                            renderingProviderId: string;
                            serviceCodeId: string;
                            sessionId: string;
                            supervisingProviderId: string | null;
                            /** @enum {string} */
                            unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                            units: number;
                            version: number;
                            warnings: ({
                                amount: number;
                                authorizationId: string;
                                /** @enum {string} */
                                kind: "authorization";
                                message: string;
                                reference: string;
                                used: number;
                            } | {
                                /** @enum {string} */
                                kind: "minimum_minutes";
                                message: string;
                                minimumMinutes: number;
                                minutes: number;
                            })[];
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
    "/api/v1/sessions/{id}/service-lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lineId: string;
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
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        diagnosisCodes?: string[];
                        minutes?: number;
                        payer?: string;
                        placeOfService?: string;
                        /** Format: uuid */
                        renderingProviderId?: string;
                        supervisingProviderId?: string | null;
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
                        "application/json": {
                            belowMinimum: boolean;
                            billable: boolean;
                            chargeCents: number;
                            clientId: string;
                            code: string;
                            date: string;
                            description: string;
                            diagnosisCodes: string[];
                            documented: boolean;
                            id: string;
                            minimumMinutes: number | null;
                            minutes: number;
                            modifiers: string[];
                            payer: string;
                            placeOfService: string;
                            rateCents: number;
                            recordedMinutes: number;
                            renderingProviderId: string;
                            serviceCodeId: string;
                            sessionId: string;
                            supervisingProviderId: string | null;
                            /** @enum {string} */
                            unitRule: "per_15_minutes_cms" | "per_session" | "per_hour";
                            units: number;
                            version: number;
                            warnings: ({
                                amount: number;
                                authorizationId: string;
                                /** @enum {string} */
                                kind: "authorization";
                                message: string;
                                reference: string;
                                used: number;
                            } | {
                                /** @enum {string} */
                                kind: "minimum_minutes";
                                message: string;
                                minimumMinutes: number;
                                minutes: number;
                            })[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default SOAP
                         * @enum {string}
                         */
                        noteFormat?: "SOAP" | "DAP";
                        organizationName: string;
                        password: string;
                        /** @default UTC */
                        timeZone?: string;
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
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            organizationId: string;
                            roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
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
    "/api/v1/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What the record still owes for sessions that have happened: attendance to record and notes to sign, oldest first; for supervisors, counts per supervisee. */
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
                        "application/json": {
                            lateHours: number;
                            owed: {
                                clientId: string;
                                clientName: string;
                                /** @description waiting longer than the organization’s late-entry window */
                                late: boolean;
                                noteId: string | null;
                                noteStatus: ("draft" | "awaiting_cosign") | null;
                                /** @enum {string} */
                                owed: "attendance" | "note";
                                sessionDate: string;
                                sessionId: string;
                                /** @description milliseconds since the session ended */
                                sinceMs: number;
                                startsAt: string;
                                timeZone: string;
                            }[];
                            team: {
                                late: number;
                                name: string;
                                oldestMs: number;
                                owed: number;
                                therapistId: string;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                        "application/json": {
                            items: {
                                active: boolean;
                                credentials: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
                                supervisorIds: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        credentials?: string | null;
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                        roles: ("admin" | "supervisor" | "therapist" | "intern")[];
                        /** @default null */
                        supervisorId?: string | null;
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
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            organizationId: string;
                            roles: ("admin" | "supervisor" | "therapist" | "intern" | "family")[];
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
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
    "/api/v1/users/{id}/npi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a clinician’s NPI (admin) */
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
                    "application/json": {
                        npi: string | null;
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
                        "application/json": {
                            id: string;
                            npi: string | null;
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
