// Generated from api/openapi.json by `npm run types:api`. Do not edit.

export interface paths {
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Concern categories, each with its responsible party and guidance */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an unsafe place; returns a reference like TRG-2026-00042 */
        post: operations["submitConcern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Hjälpte informationen på denna sida dig?" — store an answer */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/{id}": {
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
        /** Change an answer or add the follow-up comment, within 7 days */
        patch: operations["updateFeedback"];
        trace?: never;
    };
    "/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Measures with a summary by status, filtered by walk, area, status and responsible party */
        get: operations["listMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure with its timeline */
        get: operations["getMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document: the OpenAPI 3.1 contract */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responsible-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every responsible party (for filters and staff forms) */
        get: operations["listResponsibleParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only log of staff (and retention) changes, newest first */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported concerns, newest first (spam left out unless asked for) */
        get: operations["listConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/concerns.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported concerns as CSV */
        get: operations["exportConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/concerns/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One concern by its reference */
        get: operations["getConcern"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a concern’s handling status (closing starts the retention clock) */
        patch: operations["updateConcern"];
        trace?: never;
    };
    "/staff/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page-feedback answers, newest first */
        get: operations["listFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/feedback.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page-feedback answers as CSV */
        get: operations["exportFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yes and no per page, with the latest comments */
        get: operations["summarizeFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a measure (first timeline entry included) */
        post: operations["createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/measures/{id}": {
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
        /** Change a measure’s details */
        patch: operations["updateMeasure"];
        trace?: never;
    };
    "/staff/measures/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a measure to a status; declined requires a public reason */
        post: operations["addMeasureStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/registrations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ups as CSV */
        get: operations["exportRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/walks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a new walk */
        post: operations["createWalk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/walks/{id}": {
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
        /** Change a walk (SEQUENCE grows, calendars update) */
        patch: operations["updateWalk"];
        trace?: never;
    };
    "/staff/walks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a walk; it stays visible as cancelled */
        post: operations["cancelWalk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/walks/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a walk as held (no body) */
        post: operations["markWalkHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/walks/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ups for a walk, with contact details */
        get: operations["listWalkRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/walks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walks, filtered by start time, area and status */
        get: operations["listWalks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/walks.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered walks as a subscribable iCalendar feed */
        get: operations["getWalksCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/walks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One walk */
        get: operations["getWalk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/walks/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One walk as an iCalendar file ("add to calendar") */
        get: operations["getWalkCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/walks/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up for a walk: confirmed, or waitlisted when full */
        post: operations["registerForWalk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * GeoPoint
         * @description A WGS 84 position.
         */
        GeoPoint: {
            lat: number;
            lng: number;
        };
        /**
         * ResponsiblePartyKind
         * @description What kind of organisation a responsible party is.
         * @enum {string}
         */
        ResponsiblePartyKind: "municipal_department" | "municipal_company" | "property_owner" | "transport_operator" | "national_agency" | "police" | "association" | "other";
        /**
         * ResponsibleParty
         * @description Who handles a measure or a category of concerns.
         */
        ResponsibleParty: {
            /** @description Opaque identifier. */
            id: string;
            name: string;
            kind: components["schemas"]["ResponsiblePartyKind"];
            /** Format: uri */
            url?: string;
            /** @description Digits, spaces, +, -, and parentheses. */
            phone?: string;
        };
        /**
         * ResponsiblePartyList
         * @description Every responsible party, ordered by name.
         */
        ResponsiblePartyList: {
            items: components["schemas"]["ResponsibleParty"][];
        };
        /**
         * LocalizedText
         * @description Text written by staff in several languages. Clients pick their language and fall back to sv.
         */
        LocalizedText: {
            sv: string;
            en?: string;
        };
        /**
         * Link
         * @description A labelled link (http, https, mailto or tel only).
         */
        Link: {
            label: string;
            /** Format: uri */
            url: string;
        };
        /**
         * FieldErrorCode
         * @description Stable code of a field error; clients localize by it.
         * @enum {string}
         */
        FieldErrorCode: "required" | "too_long" | "too_short" | "invalid_format" | "invalid_value" | "unknown_field" | "out_of_range" | "consent_required" | "reason_required" | "not_open";
        /**
         * FieldError
         * @description One problem with one input field.
         */
        FieldError: {
            /** @description JSON pointer into the body ("/contact/email"), or "query/<name>", "path/<name>", "header/<name>". */
            field: string;
            code: components["schemas"]["FieldErrorCode"];
            /** @description English, for developers. Clients localize by code. */
            message: string;
        };
        /**
         * Problem
         * @description RFC 9457 problem details, served as application/problem+json.
         */
        Problem: {
            /** Format: uri-reference */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * WalkStatus
         * @description planned: open for sign-up until it starts; cancelled: stays visible as cancelled; held: done, measures follow.
         * @enum {string}
         */
        WalkStatus: "planned" | "cancelled" | "held";
        /**
         * Lighting
         * @description Held in daylight or after dark.
         * @enum {string}
         */
        Lighting: "daylight" | "dark";
        /**
         * MeetingPoint
         * @description Where the walk starts.
         */
        MeetingPoint: {
            name: string;
            description?: string;
            location?: components["schemas"]["GeoPoint"];
        };
        /**
         * RouteStop
         * @description A stop along the route, in walking order.
         */
        RouteStop: {
            name: string;
            location?: components["schemas"]["GeoPoint"];
        };
        /**
         * Organizer
         * @description Who leads the walk; the contact shown to residents.
         */
        Organizer: {
            name: string;
            /** Format: email */
            email?: string;
            /** @description Digits, spaces, +, -, and parentheses. */
            phone?: string;
        };
        /**
         * Walk
         * @description A safety walk (trygghetsvandring).
         */
        Walk: {
            /** @description Opaque identifier. */
            id: string;
            title: string;
            description?: string;
            area: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            endsAt: string;
            meetingPoint: components["schemas"]["MeetingPoint"];
            route: components["schemas"]["RouteStop"][];
            lighting: components["schemas"]["Lighting"];
            /** @description People; null means no limit. */
            capacity: number | null;
            /** @description People confirmed (sum of party sizes). */
            registeredCount: number;
            /** @description null when there is no limit. */
            placesLeft: number | null;
            /** @description People on the waiting list (sum of party sizes). */
            waitlistCount: number;
            status: components["schemas"]["WalkStatus"];
            cancellationReason?: string;
            organizer: components["schemas"]["Organizer"];
            accessibilityNotes?: string;
            /** @description Sign-up without e-mail or phone is allowed. */
            allowAnonymous: boolean;
            /** Format: uri */
            url?: string;
            /** @description Measures that came out of this walk. */
            measureCount: number;
            /** @description Grows on every change (iCalendar SEQUENCE). */
            sequence: number;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            updatedAt: string;
        };
        /**
         * WalkList
         * @description Walks ordered by start time, and the areas a client can filter on.
         */
        WalkList: {
            items: components["schemas"]["Walk"][];
            /** @description Every distinct area of the result before the area filter, sorted. */
            areas: string[];
        };
        /**
         * WalkInput
         * @description A new walk (staff).
         */
        WalkInput: {
            title: string;
            description?: string;
            area: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            endsAt: string;
            meetingPoint: components["schemas"]["MeetingPoint"];
            route?: components["schemas"]["RouteStop"][];
            lighting: components["schemas"]["Lighting"];
            capacity?: number | null;
            organizer: components["schemas"]["Organizer"];
            accessibilityNotes?: string;
            allowAnonymous?: boolean;
            /** Format: uri */
            url?: string;
        };
        /**
         * WalkPatch
         * @description Changes to a walk (staff). Fields left out stay; null clears an optional field.
         */
        WalkPatch: {
            title?: string;
            description?: string | null;
            area?: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            endsAt?: string;
            meetingPoint?: components["schemas"]["MeetingPoint"];
            route?: components["schemas"]["RouteStop"][];
            lighting?: components["schemas"]["Lighting"];
            capacity?: number | null;
            organizer?: components["schemas"]["Organizer"];
            accessibilityNotes?: string | null;
            allowAnonymous?: boolean;
            url?: string | null;
        };
        /**
         * WalkCancelRequest
         * @description Why a walk is cancelled; shown to residents.
         */
        WalkCancelRequest: {
            reason: string;
        };
        /**
         * RegistrationRole
         * @description In what role the person takes part.
         * @enum {string}
         */
        RegistrationRole: "resident" | "property_owner" | "association" | "transport_operator" | "municipal_staff" | "other";
        /**
         * RegistrationStatus
         * @description confirmed when the party fits in the places left (or there is no limit), else waitlisted.
         * @enum {string}
         */
        RegistrationStatus: "confirmed" | "waitlisted";
        /**
         * RegistrationRequest
         * @description A sign-up for a walk. Without the walk allowing anonymous sign-up, give e-mail or phone, and consent with either.
         */
        RegistrationRequest: {
            name: string;
            /** Format: email */
            email?: string;
            /** @description Digits, spaces, +, -, and parentheses. */
            phone?: string;
            partySize: number;
            role: components["schemas"]["RegistrationRole"];
            needs?: string;
            /** @description Consent to store the contact details; must be true when email or phone is given. */
            consent: boolean;
            /** @description BCP 47 language tag, e.g. sv, en, ar, so, fi. */
            language?: string;
            /** @description Honeypot: a hidden field a person leaves empty. Anything in it marks the request as spam. */
            website: string;
            /** @description Milliseconds between showing the form and sending it. Too fast marks the request as spam. */
            fillMs: number;
        };
        /**
         * Registration
         * @description The outcome of a sign-up.
         */
        Registration: {
            /** @description Opaque identifier. */
            id: string;
            /** @description Opaque identifier. */
            walkId: string;
            status: components["schemas"]["RegistrationStatus"];
            partySize: number;
            waitlistPosition?: number;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            createdAt: string;
        };
        /**
         * StaffRegistration
         * @description A sign-up as staff see it.
         */
        StaffRegistration: {
            /** @description Opaque identifier. */
            id: string;
            /** @description Opaque identifier. */
            walkId: string;
            name: string;
            email?: string;
            phone?: string;
            partySize: number;
            role: components["schemas"]["RegistrationRole"];
            needs?: string;
            consent: boolean;
            language?: string;
            status: components["schemas"]["RegistrationStatus"];
            waitlistPosition?: number;
            spam: boolean;
            /** @description Contact details were erased by the retention rule. */
            contactErased: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            createdAt: string;
        };
        /**
         * StaffRegistrationList
         * @description Sign-ups, oldest first.
         */
        StaffRegistrationList: {
            items: components["schemas"]["StaffRegistration"][];
        };
        /**
         * MeasureStatus
         * @description received (Mottagen), planned (Planerad), in_progress (Pågår), done (Klar), forwarded (Överlämnad till fastighetsägaren), declined (Genomförs inte; publicReason required).
         * @enum {string}
         */
        MeasureStatus: "received" | "planned" | "in_progress" | "done" | "forwarded" | "declined";
        /**
         * StatusChange
         * @description One step in a measure’s timeline.
         */
        StatusChange: {
            status: components["schemas"]["MeasureStatus"];
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            at: string;
            note?: string;
        };
        /**
         * MeasureOriginWalk
         * @description The measure answers remarks from a safety walk.
         */
        MeasureOriginWalk: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "walk";
            /** @description Opaque identifier. */
            walkId: string;
            walkTitle: string;
        };
        /**
         * MeasureOriginConcern
         * @description The measure answers a reported concern.
         */
        MeasureOriginConcern: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "concern";
            /** @description Human-readable reference: TRG-<year>-<5-digit sequence per year>. */
            reference: string;
        };
        /**
         * MeasureOrigin
         * @description Where the remarks behind a measure came from.
         */
        MeasureOrigin: components["schemas"]["MeasureOriginWalk"] | components["schemas"]["MeasureOriginConcern"];
        /**
         * Measure
         * @description A measure (åtgärd) and its public history.
         */
        Measure: {
            /** @description Opaque identifier. */
            id: string;
            title: string;
            description?: string;
            place: string;
            area: string;
            location?: components["schemas"]["GeoPoint"];
            responsibleParty: components["schemas"]["ResponsibleParty"];
            status: components["schemas"]["MeasureStatus"];
            /**
             * Format: date
             * @description Calendar date (YYYY-MM-DD).
             */
            targetDate?: string;
            publicReason?: string;
            origin: components["schemas"]["MeasureOrigin"];
            /** @description Remarks (synpunkter) this measure answers. */
            remarkCount: number;
            links: components["schemas"]["Link"][];
            /** @description Oldest first; the last entry is the current status. */
            timeline: components["schemas"]["StatusChange"][];
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            updatedAt: string;
        };
        /**
         * MeasureStatusCounts
         * @description Measures per status.
         */
        MeasureStatusCounts: {
            received: number;
            planned: number;
            in_progress: number;
            done: number;
            forwarded: number;
            declined: number;
        };
        /**
         * MeasureSummary
         * @description Totals for the filtered set.
         */
        MeasureSummary: {
            remarks: number;
            measures: number;
            byStatus: components["schemas"]["MeasureStatusCounts"];
        };
        /**
         * MeasureList
         * @description Measures, most recently updated first, with a summary.
         */
        MeasureList: {
            items: components["schemas"]["Measure"][];
            summary: components["schemas"]["MeasureSummary"];
        };
        /**
         * MeasureOriginWalkInput
         * @description Remarks from this walk.
         */
        MeasureOriginWalkInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "walk";
            /** @description Opaque identifier. */
            walkId: string;
        };
        /**
         * MeasureOriginInput
         * @description The walk or concern the measure answers.
         */
        MeasureOriginInput: components["schemas"]["MeasureOriginWalkInput"] | components["schemas"]["MeasureOriginConcern"];
        /**
         * MeasureInput
         * @description A new measure (staff).
         */
        MeasureInput: {
            title: string;
            description?: string;
            place: string;
            area: string;
            location?: components["schemas"]["GeoPoint"];
            /** @description Opaque identifier. */
            responsiblePartyId: string;
            status?: components["schemas"]["MeasureStatus"];
            /**
             * Format: date
             * @description Calendar date (YYYY-MM-DD).
             */
            targetDate?: string;
            publicReason?: string;
            origin: components["schemas"]["MeasureOriginInput"];
            remarkCount?: number;
            links?: components["schemas"]["Link"][];
            note?: string;
        };
        /**
         * MeasurePatch
         * @description Changes to a measure (staff). Status changes go through the status endpoint; null clears an optional field.
         */
        MeasurePatch: {
            title?: string;
            description?: string | null;
            place?: string;
            area?: string;
            location?: components["schemas"]["GeoPoint"] | null;
            /** @description Opaque identifier. */
            responsiblePartyId?: string;
            targetDate?: string | null;
            remarkCount?: number;
            links?: components["schemas"]["Link"][];
        };
        /**
         * MeasureStatusRequest
         * @description A new status for a measure (staff).
         */
        MeasureStatusRequest: {
            status: components["schemas"]["MeasureStatus"];
            note?: string;
            publicReason?: string;
        };
        /**
         * ConcernCategory
         * @description A kind of unsafe place a resident can report, and who handles it.
         */
        ConcernCategory: {
            /** @description Category slug. */
            id: string;
            label: components["schemas"]["LocalizedText"];
            guidance: components["schemas"]["LocalizedText"];
            responsibleParty: components["schemas"]["ResponsibleParty"];
            /** @description Not for this form: the resident should call `phone` instead. */
            callInstead: boolean;
            /** @description Digits, spaces, +, -, and parentheses. */
            phone?: string;
        };
        /**
         * CategoryList
         * @description Concern categories in display order.
         */
        CategoryList: {
            items: components["schemas"]["ConcernCategory"][];
        };
        /**
         * TimeOfDay
         * @description When the place feels unsafe.
         * @enum {string}
         */
        TimeOfDay: "day" | "evening" | "night";
        /**
         * DayType
         * @description On which days the place feels unsafe.
         * @enum {string}
         */
        DayType: "weekdays" | "weekends";
        /**
         * ConcernStatus
         * @description Handling status of a concern (staff only). Contact details of closed concerns are erased after the retention period.
         * @enum {string}
         */
        ConcernStatus: "received" | "in_progress" | "closed";
        /**
         * ConcernPlace
         * @description Where the unsafe place is.
         */
        ConcernPlace: {
            description: string;
            /** @description The area the form was embedded for, e.g. "Sandviken". */
            area?: string;
            location?: components["schemas"]["GeoPoint"];
        };
        /**
         * ConcernContact
         * @description Optional contact for a follow-up. Stored only when consent is true.
         */
        ConcernContact: {
            name?: string;
            /** Format: email */
            email?: string;
            /** @description Digits, spaces, +, -, and parentheses. */
            phone?: string;
            consent: boolean;
        };
        /**
         * ConcernRequest
         * @description A report of an unsafe place.
         */
        ConcernRequest: {
            /** @description Category slug. */
            categoryId: string;
            place: components["schemas"]["ConcernPlace"];
            timeOfDay: components["schemas"]["TimeOfDay"][];
            dayType: components["schemas"]["DayType"][];
            description: string;
            contact?: components["schemas"]["ConcernContact"];
            /** @description BCP 47 language tag, e.g. sv, en, ar, so, fi. */
            language?: string;
            /** @description Honeypot: a hidden field a person leaves empty. Anything in it marks the request as spam. */
            website: string;
            /** @description Milliseconds between showing the form and sending it. Too fast marks the request as spam. */
            fillMs: number;
        };
        /**
         * ConcernReceipt
         * @description What the resident gets back: the reference to quote.
         */
        ConcernReceipt: {
            /** @description Human-readable reference: TRG-<year>-<5-digit sequence per year>. */
            reference: string;
            /** @description Category slug. */
            categoryId: string;
            responsibleParty: components["schemas"]["ResponsibleParty"];
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            createdAt: string;
        };
        /**
         * StaffConcernContact
         * @description Contact details given with consent.
         */
        StaffConcernContact: {
            name?: string;
            email?: string;
            phone?: string;
        };
        /**
         * StaffConcern
         * @description A concern as staff see it.
         */
        StaffConcern: {
            /** @description Human-readable reference: TRG-<year>-<5-digit sequence per year>. */
            reference: string;
            /** @description Category slug. */
            categoryId: string;
            place: components["schemas"]["ConcernPlace"];
            timeOfDay: components["schemas"]["TimeOfDay"][];
            dayType: components["schemas"]["DayType"][];
            description: string;
            contact?: components["schemas"]["StaffConcernContact"];
            consent: boolean;
            language?: string;
            status: components["schemas"]["ConcernStatus"];
            spam: boolean;
            /** @description Contact details were erased by the retention rule. */
            contactErased: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            closedAt?: string;
        };
        /**
         * StaffConcernList
         * @description Concerns, newest first.
         */
        StaffConcernList: {
            items: components["schemas"]["StaffConcern"][];
        };
        /**
         * ConcernUpdate
         * @description A new handling status for a concern (staff).
         */
        ConcernUpdate: {
            status: components["schemas"]["ConcernStatus"];
        };
        /**
         * FeedbackRequest
         * @description "Hjälpte informationen på denna sida dig?" — the answer, and an optional comment.
         */
        FeedbackRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; it is the capability to change the answer later.
             */
            id: string;
            pageId: string;
            pageTitle?: string;
            /** @description BCP 47 language tag, e.g. sv, en, ar, so, fi. */
            language: string;
            helpful: boolean;
            comment?: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            pageLastModified?: string;
            /** @description Honeypot: a hidden field a person leaves empty. Anything in it marks the request as spam. */
            website: string;
            /** @description Milliseconds between showing the form and sending it. Too fast marks the request as spam. */
            fillMs: number;
        };
        /**
         * FeedbackUpdate
         * @description A changed answer or a follow-up comment, within 7 days of the first answer.
         */
        FeedbackUpdate: {
            helpful?: boolean;
            comment?: string;
        };
        /**
         * FeedbackReceipt
         * @description The answer was stored.
         */
        FeedbackReceipt: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            receivedAt: string;
        };
        /**
         * StaffFeedback
         * @description One page-feedback answer as staff see it.
         */
        StaffFeedback: {
            /** Format: uuid */
            id: string;
            pageId: string;
            pageTitle?: string;
            language: string;
            helpful: boolean;
            comment?: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            pageLastModified?: string;
            spam: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            updatedAt: string;
        };
        /**
         * StaffFeedbackList
         * @description Answers, newest first.
         */
        StaffFeedbackList: {
            items: components["schemas"]["StaffFeedback"][];
        };
        /**
         * FeedbackComment
         * @description A recent comment on a page.
         */
        FeedbackComment: {
            comment: string;
            helpful: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            receivedAt: string;
        };
        /**
         * FeedbackPageSummary
         * @description Yes and no answers for one page.
         */
        FeedbackPageSummary: {
            pageId: string;
            pageTitle?: string;
            yes: number;
            no: number;
            shareYes: number;
            latestComments: components["schemas"]["FeedbackComment"][];
        };
        /**
         * FeedbackSummary
         * @description Per-page totals, pages with most answers first.
         */
        FeedbackSummary: {
            pages: components["schemas"]["FeedbackPageSummary"][];
        };
        /**
         * AuditEntry
         * @description One staff (or system) change; the log is append-only.
         */
        AuditEntry: {
            /** @description Opaque identifier. */
            id: string;
            /**
             * Format: date-time
             * @description RFC 3339 date-time; responses use UTC with Z.
             */
            at: string;
            actor: string;
            /** @description e.g. walk.create, walk.update, walk.cancel, measure.status, concern.status. */
            action: string;
            /** @description walk, measure, concern, registration, feedback. */
            entity: string;
            entityId: string;
            /** @description What changed (new values; for updates also the old ones). */
            change: {
                [key: string]: unknown;
            };
        };
        /**
         * AuditList
         * @description Audit entries, newest first.
         */
        AuditList: {
            items: components["schemas"]["AuditEntry"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Categories in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
        };
    };
    submitConcern: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A report of an unsafe place. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcernRequest"];
            };
        };
        responses: {
            /** @description Received. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcernReceipt"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitFeedback: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description "Hjälpte informationen på denna sida dig?" — the answer, and an optional comment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackRequest"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceipt"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A changed answer or a follow-up comment, within 7 days of the first answer. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackUpdate"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceipt"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Opaque identifier. */
                walk?: string;
                area?: string;
                /** @description May repeat. */
                status?: components["schemas"]["MeasureStatus"][];
                /** @description Opaque identifier. */
                responsible?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Measures, most recently updated first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    listResponsibleParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responsible parties by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsiblePartyList"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                limit?: number;
                entity?: string;
                /** @description Opaque identifier. */
                entityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConcerns: {
        parameters: {
            query?: {
                /** @description May repeat. */
                status?: components["schemas"]["ConcernStatus"][];
                /** @description Category slug. */
                category?: string;
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Concerns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffConcernList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportConcerns: {
        parameters: {
            query?: {
                /** @description May repeat. */
                status?: components["schemas"]["ConcernStatus"][];
                /** @description Category slug. */
                category?: string;
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, UTF-8 with BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Human-readable reference: TRG-<year>-<5-digit sequence per year>. */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The concern. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffConcern"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateConcern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Human-readable reference: TRG-<year>-<5-digit sequence per year>. */
                reference: string;
            };
            cookie?: never;
        };
        /** @description A new handling status for a concern (staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcernUpdate"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffConcern"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                pageId?: string;
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffFeedbackList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFeedback: {
        parameters: {
            query?: {
                pageId?: string;
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, UTF-8 with BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    summarizeFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-page totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummary"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new measure (staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Changes to a measure (staff). Status changes go through the status endpoint; null clears an optional field. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasurePatch"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMeasureStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A new status for a measure (staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureStatusRequest"];
            };
        };
        responses: {
            /** @description The measure with its new timeline entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRegistrations: {
        parameters: {
            query?: {
                /** @description Opaque identifier. */
                walk?: string;
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV, UTF-8 with BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWalk: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new walk (staff). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalkInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Walk"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWalk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Changes to a walk (staff). Fields left out stay; null clears an optional field. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalkPatch"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Walk"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelWalk: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why a walk is cancelled; shown to residents. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalkCancelRequest"];
            };
        };
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Walk"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markWalkHeld: {
        parameters: {
            query?: never;
            header?: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked as held. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Walk"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWalkRegistrations: {
        parameters: {
            query?: {
                /** @description Include requests flagged as spam (left out by default). */
                includeSpam?: boolean;
            };
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sign-ups, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRegistrationList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid staff token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Staff access is not possible from here. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWalks: {
        parameters: {
            query?: {
                /** @description A date-time, or a date read as midnight in Europe/Stockholm. */
                from?: string;
                /** @description A date-time, or a date read as midnight in Europe/Stockholm. */
                to?: string;
                area?: string;
                /** @description May repeat. */
                status?: components["schemas"]["WalkStatus"][];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Walks ordered by start time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkList"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalksCalendar: {
        parameters: {
            query?: {
                /** @description A date-time, or a date read as midnight in Europe/Stockholm. */
                from?: string;
                /** @description A date-time, or a date read as midnight in Europe/Stockholm. */
                to?: string;
                area?: string;
                /** @description May repeat. */
                status?: components["schemas"]["WalkStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar, Europe/Stockholm times. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The walk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Walk"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar with one event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerForWalk: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per intended action; retries reuse it. */
                "idempotency-key": string;
            };
            path: {
                /** @description Opaque identifier. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A sign-up for a walk. Without the walk allowing anonymous sign-up, give e-mail or phone, and consent with either. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRequest"];
            };
        };
        responses: {
            /** @description Signed up. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description The request does not match the contract (see errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the same Idempotency-Key is still in flight. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule on the content failed (see errors), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
