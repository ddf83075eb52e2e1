// Generated from the api's OpenAPI document by test/web-client.e2e-spec.ts (UPDATE_WEB_CLIENT=1 to rewrite). Do not edit.
export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password; returns a short-lived bearer token and sets the refresh cookie
         * @description The refresh token goes in the httpOnly cookie plenary_refresh (Path=/auth), for POST /auth/refresh. Failed logins are limited per client IP and per account from that client (429 with Retry-After). The answer is the same for an unknown email and a wrong password.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out on this browser: its refresh token is revoked and the cookie cleared */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out on every device: all refresh tokens revoked, and every access token refused from now on */
        post: operations["AuthController_logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their roles on each event */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The signed-in user's language, chosen with the page's language switch */
        put: operations["AuthController_setLanguage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password (the current one is needed); other sessions end, this one gets new tokens
         * @description A wrong current password counts as a failed login (429 with Retry-After past the limits).
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a single-use link to choose a new password
         * @description The answer is the same whether or not the email has an account. Requests are limited per client (429 with Retry-After) and per address (no more mail for a while).
         */
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the mailed link; every session of the account ends */
        post: operations["AuthController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new access token for the refresh cookie, which is rotated
         * @description Each refresh token works once. One used a second time revokes every token of its sign-in, since someone copied it. A sign-in lasts 12 hours without use and 7 days at most.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All events, newest first */
        get: operations["EventsController_list"];
        put?: never;
        /** Create an event (platform admin); the creator becomes its organiser */
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its rooms and tracks, named in ?language= (one the event offers) or its first language */
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event (organiser) */
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/events/{slug}/accessibility.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmed delegates by accessibility need as CSV, one line per need (organiser) */
        get: operations["CateringController_accessibilityCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My cities’ applications in every round, at whatever stage, rounds named in ?language= or the event’s first (representative) */
        get: operations["ApplicationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cities of the registry, searchable without diacritics ("son la" finds "Sơn La"), by region, country or GNLC membership year */
        get: operations["CitiesController_list"];
        put?: never;
        /** Add a city to the registry (organiser) */
        post: operations["CitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities/{cityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One city of the registry */
        get: operations["CitiesController_get"];
        /** Correct a city of the registry (organiser) */
        put: operations["CitiesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities/{cityId}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The representatives of a city (organiser) */
        get: operations["CitiesController_listRepresentatives"];
        put?: never;
        /**
         * Make a user with the representative role a representative of this city, who may then nominate it (organiser)
         * @description The user must already hold the representative role on the event (422 otherwise). Returns the city’s representatives.
         */
        post: operations["CitiesController_addRepresentative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities/{cityId}/representatives/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a user representing this city (organiser) */
        delete: operations["CitiesController_removeRepresentative"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import cities from a spreadsheet, all or nothing (organiser)
         * @description Anything wrong: 422 with a line-by-line report in details, each problem with a code to translate, and nothing imported.
         */
        post: operations["CitiesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/cities/represented": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cities I represent in this event, which I may nominate (representative) */
        get: operations["CitiesController_represented"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/commission/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The applications addressed to my National Commission, and its endorsements against each round’s limit, named in ?language= or the event’s first (commission officer) */
        get: operations["ApplicationsController_commissionDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/commissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The National Commissions of the event, one per country, with their contacts, named in ?language= or the event’s first */
        get: operations["CommissionsController_list"];
        put?: never;
        /** Add a country’s National Commission (organiser); one per country (409 otherwise) */
        post: operations["CommissionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/commissions/{commissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a National Commission without nominations (organiser; 409 once it has nominated) */
        delete: operations["CommissionsController_remove"];
        options?: never;
        head?: never;
        /** Rename a National Commission, in the event’s first language or its others (organiser) */
        patch: operations["CommissionsController_update"];
        trace?: never;
    };
    "/events/{slug}/awards/commissions/{commissionId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a user with the commission role a contact of this National Commission, who may then nominate its country’s cities (organiser) */
        post: operations["CommissionsController_addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/commissions/{commissionId}/contacts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact from a National Commission (organiser) */
        delete: operations["CommissionsController_removeContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/gnlc-intakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The GNLC membership intakes recognised at this event, newest year first (organiser) */
        get: operations["GnlcIntakesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/gnlc-intakes/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One year’s intake (organiser) */
        get: operations["GnlcIntakesController_get"];
        /**
         * Set a year’s new GNLC members and the ceremony that recognises them (organiser)
         * @description Replaces the list. Cities new to the registry are added to it. With a ceremony session, the run of show gets one membership item per city after its other items (rebuilt on each change). 422 names each problem.
         */
        put: operations["GnlcIntakesController_set"];
        post?: never;
        /** Remove a year’s intake and its membership items from the run of show (organiser) */
        delete: operations["GnlcIntakesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/gnlc-intakes/{year}/certificates.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A membership certificate for every new member city, dated on the ceremony day, one A4 landscape page each (organiser) */
        get: operations["GnlcIntakesController_allCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/gnlc-intakes/{year}/members/{memberId}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One new member city’s membership certificate (organiser) */
        get: operations["GnlcIntakesController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/jury/rounds/{roundId}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My nominations to judge (juror) */
        get: operations["JuryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my nominations with its dossier (juror) */
        get: operations["JuryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict of interest: the nomination is hidden from me from now on and my scores for it are withdrawn (juror) */
        post: operations["JuryController_declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a dossier file of one of my nominations (juror) */
        get: operations["DossiersController_jurorDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/jury/rounds/{roundId}/nominations/{nominationId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My scores for a nomination; once the round has closed, every juror’s (juror) */
        get: operations["JuryController_scores"];
        /** Score a nomination, 0–10 per criterion with a comment; editable until the judging deadline (juror) */
        put: operations["JuryController_score"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Award rounds of the event with their rules, criteria and deadlines, named in ?language= (one the event offers) or its first language */
        get: operations["AwardRoundsController_list"];
        put?: never;
        /** Open an award round: rules (each can be switched off with null), per-region quota (default 6), weighted criteria, deadlines (organiser) */
        post: operations["AwardRoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One award round, named in ?language= (one the event offers) or its first language */
        get: operations["AwardRoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a round’s name, rules, deadlines or (before any score) criteria, until its winners are released (organiser) */
        patch: operations["AwardRoundsController_update"];
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications endorsed by their Commissions, and those shortlisted, named in ?language= or the event’s first (organiser, as the secretariat) */
        get: operations["ApplicationsController_forSecretariat"];
        put?: never;
        /** Draft an application of a city I represent, addressed to its country’s National Commission (representative) */
        post: operations["ApplicationsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}": {
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
        /** Change the summary of my draft or returned application (representative) */
        patch: operations["ApplicationsController_update"];
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of an application, at a stage the caller takes part in
         * @description The city’s representative always; its Commission’s officers once submitted; the secretariat (organisers) once endorsed; jurors once shortlisted and assigned. Anyone else: 404.
         */
        get: operations["ApplicationsController_downloadDocument"];
        put?: never;
        post?: never;
        /** Take a file or link off my draft or returned application (representative) */
        delete: operations["ApplicationsController_removeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Endorse a submitted application, within the round’s limit per Commission (422 beyond it) (commission officer) */
        post: operations["ApplicationsController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/items/{requirementId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the file of a checklist item of my draft or returned application (representative)
         * @description Streamed multipart, one field "file", of the types the item accepts, detected from the content. Too large: 413; another type: 415.
         */
        post: operations["ApplicationsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/items/{requirementId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the link (a video) of a checklist item of my draft or returned application (representative) */
        post: operations["ApplicationsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/not-shortlisted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an endorsed application not shortlisted, saying why; the city and its Commission are told (organiser, as the secretariat) */
        post: operations["ApplicationsController_notShortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted application to the city with what to change (commission officer) */
        post: operations["ApplicationsController_returnToCity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist an endorsed, complete application for the jury (organiser, as the secretariat) */
        post: operations["ApplicationsController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/applications/{applicationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit my application to the National Commission: complete and eligible, before the deadline (representative) */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign nominations to a juror (organiser)
         * @description Nominations from the juror’s own country or with a conflict they declared are refused (422, each named), and nothing is assigned.
         */
        post: operations["AwardRoundsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/certificates.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate for every confirmed winner, one landscape A4 page each (organiser) */
        get: operations["AwardRoundsController_allCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/jurors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s jury (organiser) */
        get: operations["AwardRoundsController_jurors"];
        put?: never;
        /** Put a user with the juror role on the round’s jury, with their country (organiser) */
        post: operations["AwardRoundsController_addJuror"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every nomination of the round, with contacts and confirmed winners (organiser) */
        get: operations["AwardRoundsController_listNominations"];
        put?: never;
        /**
         * Nominate a city through its National Commission, checked against every rule of the round (organiser, the Commission’s officers, or a representative of that city)
         * @description The nominating body is the National Commission of the city’s country (commissionId; 422 if unknown or of another country), counted against the round’s limit per Commission (the (N+1)th is refused with 422 naming the limit). An organiser may nominate any city of the registry; a Commission’s officers any city of its country; a representative only a city the organisers linked them to (403 otherwise). An ineligible city is refused with 422 naming every rule it fails in details ({ rule, message }). One nomination per city per round (409). Dossier documents are recorded as metadata.
         */
        post: operations["AwardRoundsController_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One nomination with its dossier (organiser) */
        get: operations["AwardRoundsController_nomination"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate of one winning city: city, country, award, round and date (organiser) */
        get: operations["AwardRoundsController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a file to a nomination’s dossier until judging closes (organiser)
         * @description Streamed multipart, one field "file": PDF, PNG or JPEG, detected from the content. Too large: 413; another type: 415.
         */
        post: operations["DossiersController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a dossier file (organiser) */
        get: operations["DossiersController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/nominations/{nominationId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every juror’s scores for a nomination, juror by juror, at any time (organiser)
         * @description Jurors themselves see only their own scores until the round closes; organisers see each juror’s scores, comments and weighted mean throughout.
         */
        get: operations["AwardRoundsController_nominationScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release the winners, now or at a set time (organiser)
         * @description From that time the winners are on the public endpoint, and every nominated city’s contact is told its outcome by mail in their language. Once released, winners no longer change.
         */
        post: operations["AwardRoundsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/required-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s checklist of required documents: each a file of given types, or a link (videos), labelled in ?language= or the event’s first */
        get: operations["ApplicationsController_requiredDocuments"];
        /** Set the round’s checklist of required documents (organiser) */
        put: operations["ApplicationsController_setRequiredDocuments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results per region with the shortlist; confidential until released (organiser)
         * @description Ranked per UNESCO region by weighted mean score, Σ(score × weight) / Σ(weight) over every score given, highest first (unscored last). Ties are broken, in order, by more jurors having scored, then the earlier nomination, then the nomination id, so the order never changes between two reads. The shortlist is the top of each region up to its quota.
         */
        get: operations["AwardRoundsController_resultsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/winners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The winners, once released (404 until then); the round named in ?language= or the event’s first language */
        get: operations["AwardRoundsController_winners"];
        put?: never;
        /**
         * Confirm a winner after the judging deadline (organiser)
         * @description Never more winners in a region than its quota, nor in a country than the round allows: the database holds the counts, and the confirmation past a limit is refused with 409, however many arrive at once.
         */
        post: operations["AwardRoundsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/awards/rounds/{roundId}/winners/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a confirmed winner, before the release (organiser) */
        delete: operations["AwardRoundsController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/badge-layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badge size, the fields printed and whether badges go on A4 sheets (organiser) */
        get: operations["BadgeLayoutController_get"];
        /** Choose the badge size, the fields printed and sheet printing with crop marks (organiser) */
        put: operations["BadgeLayoutController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/badges.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Badges of the confirmed delegates matching the list filters, one A6 page each, as one PDF (organiser) */
        get: operations["BadgesController_eventBadges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/catering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each meal with confirmed and checked-in delegates by dietary need (organiser) */
        get: operations["CateringController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/catering.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catering counts as CSV, one line per meal and dietary need (organiser) */
        get: operations["CateringController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/ceremonies/{sessionId}/run-of-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run of show as JSON, each item with its start and end in the event’s time zone, titled in ?language= or the event’s first language (organiser) */
        get: operations["CeremoniesController_get"];
        /**
         * Set the run of show of a ceremony session: ordered award presentations and recognitions of new GNLC members (organiser)
         * @description Items must fit the session’s time; an award item names a confirmed winner. 422 names each problem.
         */
        put: operations["CeremoniesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/ceremonies/{sessionId}/run-of-show.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run of show, printable, as PDF (organiser) */
        get: operations["CeremoniesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/certificates-of-attendance.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates of attendance for every delegate checked in, one page each in their language (organiser) */
        get: operations["AttendanceController_eventCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a delegate in by the code on their badge, once per event day (organiser or staff)
         * @description The day is today in the event’s time zone; organisers may give an earlier day of the event with the time the delegate arrived. The first scan of a day answers 201; any later scan that day answers 200 with alreadyCheckedIn, the time and the desk of the first. Before the event, `rehearsal: true` records a practice scan kept apart from the real ones. Outside the event’s days, or for a badge of a registration that is not confirmed, 409; an unknown badge, 404.
         */
        post: operations["CheckInController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/desk-snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The confirmed badges, for a desk to check people in while offline (organiser or staff)
         * @description Names, delegations, categories and countries only: no photos, no contact details. The desk wipes it when its person signs out.
         */
        get: operations["CheckInController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a delegate at the desk by name (accents and case ignored) or badge code (organiser or staff) */
        get: operations["CheckInController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/rehearsal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear the practice scans (organiser) */
        delete: operations["CheckInController_clearRehearsal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/reprint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print a replacement badge at the desk (organiser or staff)
         * @description The same badge and code as before; each reprint is recorded with its desk, and X-Badge-Reprints says how many there have been.
         */
        post: operations["AttendanceController_reprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attendance at each session’s door against its sign-ups, seat limit and room’s seats (organiser or staff)
         * @description Door scans are sent through POST …/check-ins/sync with a sessionId, online or after a desk was offline.
         */
        get: operations["AttendanceController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/sessions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same attendance per session as CSV, UTF-8 with a byte-order mark (organiser) */
        get: operations["AttendanceController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delegates checked in on each day of the event, and practice scans before it (organiser or staff) */
        get: operations["CheckInController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/check-ins/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the scans a desk made while offline (organiser or staff)
         * @description Each scan keeps the moment the desk made it. Sending the same scans again records nothing twice (their clientId); a delegate scanned at two desks is checked in once, and the later desk learns when and where. One result per scan, in order.
         */
        post: operations["CheckInController_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delegations with their members and states (organiser) */
        get: operations["DelegationsController_list"];
        put?: never;
        /**
         * Register a city delegation: its head and members, all or none
         * @description Each member is a registration of its own and is notified in their own language; capacity counts every member.
         */
        post: operations["DelegationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an event like this one (platform admin)
         * @description Copies rooms, tracks, registration settings (window moved to the new dates) and categories, speaker settings and, with copyProgramme, the draft programme moved to the new dates. No people and no registrations. The creator becomes its organiser.
         */
        post: operations["EventDuplicationController_duplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/gnlc-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New GNLC members recognised at this event, listed once their ceremony is over (public) */
        get: operations["GnlcIntakesController_publicMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/hotel-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rooms held in hotels for delegates, with how many are booked (organiser) */
        get: operations["HotelBlocksController_list"];
        put?: never;
        /** Hold a block of rooms in a hotel for given nights (organiser) */
        post: operations["HotelBlocksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/hotel-blocks/{blockId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a block nobody has booked (409 otherwise) (organiser) */
        delete: operations["HotelBlocksController_remove"];
        options?: never;
        head?: never;
        /** Change a block; never fewer rooms than are booked (409) (organiser) */
        patch: operations["HotelBlocksController_update"];
        trace?: never;
    };
    "/events/{slug}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity documents print: emblem, colours, organiser, signatories (organiser) */
        get: operations["EventIdentityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the organiser name and colours printed on documents (organiser) */
        patch: operations["EventIdentityController_update"];
        trace?: never;
    };
    "/events/{slug}/identity/emblem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The emblem (public: it heads the event’s page as it heads its documents) */
        get: operations["EventIdentityController_emblem"];
        /** Set the emblem: PNG or JPEG by content, at most 2 MB (organiser) */
        put: operations["EventIdentityController_setEmblem"];
        post?: never;
        /** Remove the emblem (organiser) */
        delete: operations["EventIdentityController_removeEmblem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/identity/signatories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set who signs the event’s documents, in order; those named by id keep their signature image (organiser) */
        put: operations["EventIdentityController_setSignatories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/identity/signatories/{signatoryId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signatory’s signature image (organiser only: a signature is not for the public) */
        get: operations["EventIdentityController_signature"];
        /** Set a signatory’s signature image: PNG or JPEG by content, at most 2 MB (organiser) */
        put: operations["EventIdentityController_setSignature"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations to roles, newest first (organiser) */
        get: operations["PeopleController_pending"];
        put?: never;
        /**
         * Invite a person by email to a role on the event (organiser)
         * @description Mails a single-use link that expires, in the invitee's language. A city representative is invited to represent one registry city.
         */
        post: operations["PeopleController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation (organiser); its link stops working */
        delete: operations["PeopleController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new link with a new expiry (organiser); the previous link stops working */
        post: operations["PeopleController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link offers, and whether the invited email has an account (anyone with the link)
         * @description 404 for an unknown link or one of another event; 410 once used, expired, revoked or replaced.
         */
        get: operations["PeopleController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept: grants the role and signs the person in, as POST /auth/login does (anyone with the link)
         * @description Someone new gives a name and a password. Someone with an account is signed in as the invited email, or gives its password (limited as logins are). The answer carries the access token and sets the refresh cookie plenary_refresh.
         */
        post: operations["PeopleController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/mail-wordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automatic mails organisers may re-word: placeholders, shipped words and overrides per language (organiser) */
        get: operations["MailWordingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/mail-wordings/{kind}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Re-word an automatic mail in one language (organiser)
         * @description Sent from then on instead of the shipped words, in the same layout. A placeholder the mail does not have answers 422 naming it.
         */
        put: operations["MailWordingsController_put"];
        post?: never;
        /** Back to the shipped words of an automatic mail in one language (organiser) */
        delete: operations["MailWordingsController_reset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/mail-wordings/{kind}/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Words as a made-up recipient would read them, without saving (organiser) */
        post: operations["MailWordingsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/meals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a meal served on a day of the event; answers the counts with it (organiser) */
        post: operations["CateringController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/meals/{mealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a meal (organiser) */
        delete: operations["CateringController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event’s messages, newest first (organiser) */
        get: operations["MessagesController_list"];
        put?: never;
        /**
         * Send a message now, at a time (sendAt), or hold it for review (organiser; staff when the settings allow)
         * @description One mail per recipient, each in their language (else the event’s first). The Idempotency-Key header is required: a request repeated with the same key answers 200 with the first message and sends nothing again.
         */
        post: operations["MessagesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A message with its recipients and how delivery went (organiser) */
        get: operations["MessagesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a held or scheduled message before it goes out: audience, words or time (organiser) */
        patch: operations["MessagesController_update"];
        trace?: never;
    };
    "/events/{slug}/messages/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a held or scheduled message before it goes out (organiser) */
        post: operations["MessagesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a held or scheduled message now, or at another time (organiser) */
        post: operations["MessagesController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send every failed delivery of the message again (organiser) */
        post: operations["MessagesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people a message would reach, the first of them, and each language as the first would read it (organiser; staff when allowed) */
        post: operations["MessagesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/messages/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may send the event’s messages besides its organisers (organiser) */
        get: operations["MessagesController_settings"];
        /** Let the event’s staff send messages, or not (organiser) */
        put: operations["MessagesController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/notification-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kinds of message held for review before sending (organiser) */
        get: operations["EventNotificationsController_holds"];
        /** Choose which kinds are held for review; everything else is sent without waiting (organiser) */
        put: operations["EventNotificationsController_setHolds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of the event, newest first, filtered by state, kind or recipient (organiser) */
        get: operations["EventNotificationsController_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/notifications/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop held messages, chosen by ids or by filter (organiser) */
        post: operations["EventNotificationsController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/notifications/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send held messages, chosen by ids or by filter (organiser) */
        post: operations["EventNotificationsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/passport-access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who viewed, exported or erased passport data, newest first (organiser) */
        get: operations["ProtocolController_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone with a role on the event, and the pending invitations (organiser) */
        get: operations["PeopleController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest published programme for the web timetable: days (in the event’s zone) → rooms → sessions → slots */
        get: operations["ScheduleExportsController_timetable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/programme/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changelog publishing now would produce (organiser) */
        get: operations["ProgrammeController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/programme/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as the next version (organiser)
         * @description Freezes v1, v2, … with a changelog from the previous version, and tells every speaker and delegate whose sessions changed.
         */
        post: operations["ProgrammeController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/programme/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions with their changelogs, newest first (organiser) */
        get: operations["ProgrammeController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/programme/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Soft conflicts in the draft (organiser)
         * @description Speakers going straight between rooms, seat limits above room capacity, delegates whose agenda now overlaps, sessions without a chair.
         */
        get: operations["ProgrammeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registration categories (delegate, observer, press, …) with quotas and places taken */
        get: operations["RegistrationsController_categories"];
        put?: never;
        /** Add a registration category, optionally with a quota (organiser) */
        post: operations["RegistrationsController_addCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-categories/{categoryId}": {
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
        /** Rename a registration category or change its quota; null removes the quota (organiser) */
        patch: operations["RegistrationsController_updateCategory"];
        trace?: never;
    };
    "/events/{slug}/registration-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registration counts by state, category and country, and per day (organiser) */
        get: operations["RegistrationsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The custom questions of the registration form, in order, with their labels per event language */
        get: operations["RegistrationFormController_form"];
        /** Set until when delegates may change their answers (organiser) */
        put: operations["RegistrationFormController_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a question at the end of the form (organiser); 422 QUESTION_INVALID says what is wrong with it */
        post: operations["RegistrationFormController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a question with its answers and the questions shown only after it (organiser) */
        delete: operations["RegistrationFormController_remove"];
        options?: never;
        head?: never;
        /** Change a question’s labels, choices, categories, condition or whether it is required (organiser) */
        patch: operations["RegistrationFormController_update"];
        trace?: never;
    };
    "/events/{slug}/registration-questions/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put the questions in a new order, naming every one (organiser) */
        put: operations["RegistrationFormController_reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registration-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When registration opens and closes, the capacity and places taken */
        get: operations["RegistrationsController_getSettings"];
        /** Set the registration window, capacity, approval and waiting-list promotion (organiser) */
        put: operations["RegistrationsController_setSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations, filtered by state, category, country, delegation, check-in, or a search (organiser) */
        get: operations["RegistrationsController_list"];
        put?: never;
        /**
         * Register for the event
         * @description Confirmed at once while places remain (or pending when the organisers approve registrations), otherwise waitlisted in order of arrival. A private management link is emailed to the delegate. One registration per email per event (409).
         */
        post: operations["RegistrationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same list as CSV, UTF-8 with a byte-order mark (organiser); passport columns only with include=passport, which is recorded in the audit trail */
        get: operations["RegistrationsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration (organiser) */
        get: operations["RegistrationRecordsController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a registration's details or category (organiser); recorded in its history */
        patch: operations["RegistrationRecordsController_update"];
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending registration: confirmed if a place is free, waitlisted otherwise (organiser) */
        post: operations["RegistrationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration; a freed place goes to the next on the waiting list (organiser) */
        post: operations["RegistrationsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration's history: its state changes and edits with who made them, and the mails sent about it (organiser) */
        get: operations["RegistrationRecordsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delegate’s honorific and passport details (organiser; recorded in the passport audit trail) */
        get: operations["ProtocolController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending or waitlisted registration (organiser) */
        post: operations["RegistrationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{id}/visa-letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitation letter for a visa application of a confirmed delegate, as PDF (organiser; recorded in the passport audit trail) */
        get: operations["BadgesController_visaLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{registrationId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delegate’s answers (organiser) */
        get: operations["RegistrationFormController_registrationAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/{registrationId}/answers/{questionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file a delegate gave as an answer (organiser) */
        get: operations["RegistrationFormController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, reject or cancel many registrations at once (organiser)
         * @description All or nothing: each registration goes through the rules of the single action (places, waiting-list promotion, the delegate's mail), in order of arrival, in one transaction. The first one refused undoes the whole batch: 409 BULK_ACTION_REFUSED naming it (data.registrationId, data.reason), and nothing is changed or mailed.
         */
        post: operations["RegistrationRecordsController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/registrations/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a new private link to a registration; the answer is the same whether or not the email is registered */
        post: operations["RegistrationsController_newLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event’s reminders with the time each goes out (organiser) */
        get: operations["RemindersController_list"];
        put?: never;
        /**
         * Add a reminder relative to the event’s first or last day (organiser)
         * @description It goes out at sendTime in the event’s time zone on the day given, following any change of the event’s dates, once, to whoever matches the audience then (for instance only those checked in), each in their language; recipients may opt out of reminders.
         */
        post: operations["RemindersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/reminders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a reminder that has not gone out (organiser) */
        delete: operations["RemindersController_remove"];
        options?: never;
        head?: never;
        /** Change a reminder that has not gone out (organiser) */
        patch: operations["RemindersController_update"];
        trace?: never;
    };
    "/events/{slug}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds which role on the event (organiser) */
        get: operations["EventRolesController_list"];
        put?: never;
        /**
         * Grant a user a role on the event (platform admin); they are told by mail, and reminded the day before. Granting twice changes nothing
         * @description Organisers invite people by email instead (POST /events/{slug}/invitations): a user id names anyone on the platform.
         */
        post: operations["EventRolesController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/roles/{userId}/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role (organiser) */
        delete: operations["EventRolesController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooming-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each block with the delegates booked in it, for the hotels (organiser) */
        get: operations["HotelBlocksController_roomingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooming-list.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rooming list as CSV, UTF-8 with a byte-order mark (organiser) */
        get: operations["HotelBlocksController_roomingCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooming-list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rooming list, printable, under the event’s letterhead (organiser) */
        get: operations["HotelBlocksController_roomingPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's rooms */
        get: operations["RoomsController_list"];
        put?: never;
        /** Add a room (organiser) */
        post: operations["RoomsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a room (organiser) */
        delete: operations["RoomsController_remove"];
        options?: never;
        head?: never;
        /** Edit a room (organiser) */
        patch: operations["RoomsController_update"];
        trace?: never;
    };
    "/events/{slug}/rooms/{roomId}/slides.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current slides of a room's sessions on one day, a folder per session, streamed as a zip (organiser, staff: the AV team) */
        get: operations["SlideHandOffController_roomZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/rooms/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every room's stream and interpretation channels (organiser): sessions without their own use their room's */
        get: operations["RoomsController_access"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/schedule.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published programme as an iCalendar feed (RFC 5545), one event per session
         * @description Stable UIDs, so a subscribed calendar updates sessions in place.
         */
        get: operations["ScheduleExportsController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/schedule.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published programme in the c3voc schedule JSON form
         * @description Valid against the c3voc schedule schema.json (draft-06).
         */
        get: operations["ScheduleExportsController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/schedule.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published programme as frab / "Fahrplan" schedule.xml
         * @description Valid against the c3voc schedule.xml.xsd; read by Giggity, EventFahrplan, ConfClerk. Days run from 04:00 to 04:00 in the event’s zone.
         */
        get: operations["ScheduleExportsController_xml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every session of the draft, with slots, in time order (organiser) */
        get: operations["SessionsController_list"];
        put?: never;
        /**
         * Add a session to the draft (organiser)
         * @description Times are in the event's time zone unless they carry an offset. 409 names the session holding the room, or says the event's dates.
         */
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session of the draft (organiser) */
        get: operations["SessionsController_get"];
        put?: never;
        post?: never;
        /** Remove a session from the draft (organiser); published versions keep it until the next publication */
        delete: operations["SessionsController_remove"];
        options?: never;
        head?: never;
        /** Edit or move a session; its slots move with it (organiser) */
        patch: operations["SessionsController_update"];
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seats taken, the seat limit and the waiting list of a session (organiser) */
        get: operations["SessionAttendanceController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/public-slides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's talks whose slides anyone may download: a speaker shared them and the talk is over */
        get: operations["SlideHandOffController_publicSlides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/slide-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Slide status of every slot of a session, in speaking order: which lack slides (organiser) */
        get: operations["SlideHandOffController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/slides.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current slides of every slot of a session, named in speaking order, streamed as a zip (organiser, staff) */
        get: operations["SlideHandOffController_sessionZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a speaker slot inside the session (organiser); 409 names a speaker who is elsewhere then */
        post: operations["SessionsController_addSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/sessions/{sessionId}/slots/{slotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a slot (organiser) */
        delete: operations["SessionsController_removeSlot"];
        options?: never;
        head?: never;
        /** Edit a slot: title, time, duration or speakers (organiser) */
        patch: operations["SessionsController_updateSlot"];
        trace?: never;
    };
    "/events/{slug}/sessions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import sessions and slots from a spreadsheet, all or nothing (organiser)
         * @description Anything wrong: 422 with a line-by-line report in details, and nothing imported.
         */
        post: operations["SessionsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slide-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slide status of every slot of the event, with its session: the whole board in one request (organiser)
         * @description Sessions by start time, slots in speaking order; each item as in the session's slide status, plus sessionId and sessionTitle.
         */
        get: operations["SlideHandOffController_eventStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slides.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current slides of one day, a folder per room and session, streamed as a zip (organiser, staff: the AV team) */
        get: operations["SlideHandOffController_dayZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slots/{slotId}/slides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the slides, newest (current) first (the slot's speakers, organisers) */
        get: operations["SlidesController_versions"];
        put?: never;
        /**
         * Upload a new version of the slot's slides (the slot's speakers, organisers)
         * @description Streamed multipart, one field "file". PDF, PPTX, PPT, KEY or ODP, detected from the content. Too large: 413; another type: 415.
         */
        post: operations["SlidesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slots/{slotId}/slides/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the current slides
         * @description The slot's speakers, organisers and staff; everyone once a speaker has made them public and the slot is over.
         */
        get: operations["SlidesController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slots/{slotId}/slides/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share the slides with everyone after the session, or stop sharing (the slot's speakers, organisers) */
        put: operations["SlidesController_setPublic"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/slots/{slotId}/slides/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of the slides (organisers; the current one also its speakers and staff) */
        get: operations["SlidesController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The times each speaker cannot speak (organiser); speakers with none are left out */
        get: operations["SpeakerAvailabilityController_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-availability/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a speaker's unavailable times (organiser) */
        put: operations["SpeakerAvailabilityController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-availability/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The times I cannot speak (speaker) */
        get: operations["SpeakerAvailabilityController_mine"];
        /**
         * Replace the times I cannot speak (speaker)
         * @description Times in the event's zone; the programme editor warns of talks in them.
         */
        put: operations["SpeakerAvailabilityController_setMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every speaker invitation of the event, newest first (organiser) */
        get: operations["SpeakerInvitationsController_list"];
        put?: never;
        /**
         * Invite a person by email to speak in one or more slots (organiser)
         * @description Sends a single-use link that expires, in the invitee's language. The slots are held until the answer.
         */
        post: operations["SpeakerInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link offers (anyone with the link), the talks named in ?language= where given
         * @description 404 for an unknown link or one of another event; 410 once used or expired.
         */
        get: operations["SpeakerInvitationsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept: creates or links the account, with the speaker role and the invited slots (anyone with the link)
         * @description With `unavailableTimes`, the times the speaker cannot speak are saved in the same transaction.
         */
        post: operations["SpeakerInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-invitations/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline: frees the slots and tells the organiser (anyone with the link) */
        post: operations["SpeakerInvitationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speaker-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When slides are due (organiser) */
        get: operations["SpeakerInvitationsController_getSettings"];
        /** Set when slides are due; pending reminders move with it (organiser) */
        put: operations["SpeakerInvitationsController_putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Speakers of the latest published programme, by name, with their sessions (404 before the first publication) */
        get: operations["PublicSpeakersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's tracks */
        get: operations["TracksController_list"];
        put?: never;
        /** Add a track (organiser) */
        post: operations["TracksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/tracks/{trackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a track (organiser) */
        delete: operations["TracksController_remove"];
        options?: never;
        head?: never;
        /** Edit a track (organiser) */
        patch: operations["TracksController_update"];
        trace?: never;
    };
    "/events/{slug}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Airport-transfer manifest: confirmed delegates who asked for a transfer, by airport and time window (organiser) */
        get: operations["HotelBlocksController_transfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/transfers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The transfer manifest as CSV (organiser) */
        get: operations["HotelBlocksController_transfersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/transfers.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The transfer manifest, printable, a section per airport and time window (organiser) */
        get: operations["HotelBlocksController_transfersPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{slug}/visa-letter-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signatory, who bears the costs per category, and the retention date of passport data (organiser) */
        get: operations["ProtocolController_getSettings"];
        /** Set the signatory, who bears the costs per category, and the retention date (organiser) */
        put: operations["ProtocolController_putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State of the database and the queue: 200 when the database is up, 503 when it is down */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own speaker slots across events: session, room, time in the event's zone, slide status
         * @description Named in ?language= (the page being read) where the organiser gave it, else in the account’s language, else as entered.
         */
        get: operations["SpeakerPortalController_slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/speaker-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's speaker profile */
        get: operations["SpeakerPortalController_profile"];
        /** Edit the caller's speaker profile: name, title, organisation, city, country, biography per language */
        put: operations["SpeakerPortalController_updateProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/speaker-profile/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the caller's photo: JPEG, PNG or WebP by content, at most PHOTO_MAX_BYTES; re-encoded without metadata */
        put: operations["SpeakerPortalController_setPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notification and its delivery state (organiser of its event) */
        get: operations["NotificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the subject or text of a held message before it is released (organiser) */
        patch: operations["NotificationsController_edit"];
        trace?: never;
    };
    "/notifications/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sent or failed message to the same person again, as a new notification (organiser) */
        post: operations["NotificationsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a failed notification again (organiser of its event) */
        post: operations["NotificationsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My registration, with the event it is for (404 for any link that is not a registration) */
        get: operations["ManageRegistrationController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit my details (name, organisation, language, needs, visa letter) */
        patch: operations["ManageRegistrationController_update"];
        trace?: never;
    };
    "/registrations/manage/{token}/accept-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a place offered to me from the waiting list, before the offer lapses */
        post: operations["ManageRegistrationController_acceptOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My agenda: the sessions I signed up for or wait for, in order of start time, in the event’s time zone */
        get: operations["AgendaController_view"];
        put?: never;
        /**
         * Sign up for a session: a seat while seats remain, otherwise a place on its waiting list
         * @description Only a confirmed registration may sign up (409). A session that overlaps one already in the agenda, signed up or waiting, is refused with 409 naming that session and its time.
         */
        post: operations["AgendaController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My agenda as an iCalendar feed a phone or calendar app can subscribe to (keep the address to yourself) */
        get: operations["AgendaController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/agenda/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave a session; a seat I held goes to the first on its waiting list, who is told by mail */
        delete: operations["AgendaController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questions for my category and my answers */
        get: operations["DelegateAnswersController_mine"];
        /** Change my answers (those given replace, null clears; the rest stay); 422 names the question refused */
        put: operations["DelegateAnswersController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/answers/{questionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file I gave as an answer */
        get: operations["DelegateAnswersController_file"];
        /** Answer a file question: PDF, PNG or JPEG by content, at most ANSWER_FILE_MAX_BYTES (413; another type 415) */
        put: operations["DelegateAnswersController_upload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/badge.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My badge as PDF: name, organisation, place, category and a QR code of my badge code (confirmed registrations only) */
        get: operations["BadgesController_myBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my registration; my place goes to the next on the waiting list */
        post: operations["ManageRegistrationController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificate of attendance as PDF: the days I was checked in and the sessions I attended (409 before any check-in) */
        get: operations["AttendanceController_myCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My delegation and its members (head of delegation) */
        get: operations["ManageRegistrationController_delegation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/delegation/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to my delegation until registration closes (head of delegation) */
        post: operations["ManageRegistrationController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/delegation/members/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from my delegation until registration closes (head of delegation) */
        delete: operations["ManageRegistrationController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase my passport details and free-text needs now; the registration itself stays */
        post: operations["DelegateDataController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/hotel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hotel blocks with rooms left, and my booking */
        get: operations["DelegateLogisticsController_hotel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/hotel-booking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Book a room in a block (or move my booking); 409 when the block is full or my registration is not confirmed */
        put: operations["DelegateLogisticsController_book"];
        post?: never;
        /** Give my room back */
        delete: operations["DelegateLogisticsController_release"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/members/{memberId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s questions and answers (head of delegation) */
        get: operations["DelegateAnswersController_member"];
        /** Change a member’s answers (head of delegation) */
        put: operations["DelegateAnswersController_saveMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/members/{memberId}/answers/{questionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer a member’s file question (head of delegation) */
        put: operations["DelegateAnswersController_uploadForMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/members/{memberId}/hotel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s hotel booking (head of delegation) */
        get: operations["DelegateLogisticsController_memberHotel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/members/{memberId}/hotel-booking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Book a room for a member (head of delegation) */
        put: operations["DelegateLogisticsController_bookForMember"];
        post?: never;
        /** Give a member’s room back (head of delegation) */
        delete: operations["DelegateLogisticsController_releaseForMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/members/{memberId}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s arrival and departure (head of delegation) */
        get: operations["DelegateLogisticsController_memberPlan"];
        /** Set a member’s arrival and departure (head of delegation) */
        put: operations["DelegateLogisticsController_saveMemberPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/my-data.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about my registration, as JSON to keep */
        get: operations["DelegateDataController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My honorific and passport details (change them with PATCH of my registration, field protocol) */
        get: operations["DelegateDataController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My arrival and departure */
        get: operations["DelegateLogisticsController_plan"];
        /** Set my arrival and departure (local times at the airport); fields left out keep their value */
        put: operations["DelegateLogisticsController_savePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registrations/manage/{token}/visa-letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My invitation letter for a visa application as PDF (confirmed registrations that asked for one, with passport details; 409 says what is missing) */
        get: operations["BadgesController_myVisaLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/speakers/{userId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A speaker's photo (public, as on a printed programme) */
        get: operations["SpeakerPortalController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an unsubscribe link stops, and whether it already has (anyone with the link) */
        get: operations["UnsubscribeController_describe"];
        put?: never;
        /**
         * Stop future messages of this kind from this event (anyone with the link)
         * @description Also the RFC 8058 one-click target: mail programs POST `List-Unsubscribe=One-Click` as a form. Doing it twice is harmless.
         */
        post: operations["UnsubscribeController_optOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a user account (platform admin) */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a visa letter’s verification code (404 for an unknown code) */
        get: operations["VisaLetterVerificationController_verify"];
        put?: never;
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
    schemas: {
        AcceptedInvitationResponse: {
            accountCreated: boolean;
            userId: string;
        };
        AcceptedRoleInvitationResponse: {
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            /** @enum {string} */
            role: "organiser" | "staff" | "speaker" | "juror" | "representative";
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserResponse"];
        };
        AcceptInvitationDto: {
            /** @description Password of the new account, when none exists for the invited email */
            password?: string;
            /** @description Times the speaker cannot speak, added to any given before; saved with the acceptance or not at all */
            unavailableTimes?: components["schemas"]["UnavailableTimeDto"][];
        };
        AcceptRoleInvitationDto: {
            /** @description For a new account: the name shown to others */
            displayName?: string;
            /** @description A new account's password, or the existing account's when not signed in as it */
            password?: string;
        };
        AccessTokenResponse: {
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserResponse"];
        };
        AddCommissionContactDto: {
            /** @description A user holding the commission role on the event */
            userId: string;
        };
        AddJurorDto: {
            /**
             * @description The juror's country: nominations from it are never theirs to see
             * @example TH
             */
            country: string;
            /** @description A user holding the juror role on the event */
            userId: string;
        };
        AddMemberDto: {
            accessibilityChoices?: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            accessibilityNeeds?: string;
            /**
             * @description Answers by question id: text, long_text, date ("YYYY-MM-DD"), single_choice (a key) and country (ISO code) as strings; number as a number; yes_no as a boolean; multiple_choice as an array of keys; null clears. A file answer is uploaded from the private link.
             * @example {
             *       "6f1c…": "vegetarian"
             *     }
             */
            answers?: {
                [key: string]: unknown;
            };
            /**
             * @description Code of a registration category of the event
             * @example delegate
             */
            category: string;
            /** @example Hà Nội */
            city?: string;
            consent: components["schemas"]["ConsentDto"];
            /** @example VN */
            country: string;
            /** @description What the caterer counts; kept after the sweep */
            dietaryChoices?: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            dietaryNeeds?: string;
            /** @example lan.nguyen@hanoi.gov.vn */
            email: string;
            /** @example Nguyễn Thị Lan */
            fullName: string;
            /**
             * @description One of the languages Plenary is shipped in whole (UI, mail, documents)
             * @example vi
             * @enum {string}
             */
            language: "en" | "th" | "vi";
            /** @example Hanoi Department of Education and Training */
            organisation?: string;
            /** @description Honorific, and passport details when a visa letter is asked for */
            protocol?: components["schemas"]["ProtocolDetailsDto"];
            /** @example Deputy Director */
            title?: string;
            /** @default false */
            visaLetterNeeded: boolean;
        };
        AddRepresentativeDto: {
            /** @description A user holding the representative role on the event */
            userId: string;
        };
        AgendaEntryResponse: {
            /** @example 2030-05-06T10:30:00+07:00 */
            endsAt: string;
            /** @description Interpretation channels, for a confirmed registration only */
            interpretation: components["schemas"]["AgendaInterpretationResponse"][];
            room?: components["schemas"]["AgendaRoomResponse"] | null;
            sessionId: string;
            /**
             * @description ISO 8601 with the offset of the event's time zone
             * @example 2030-05-06T09:00:00+07:00
             */
            startsAt: string;
            /** @enum {string} */
            state: "signed-up" | "waitlisted";
            /** @description The stream, for a confirmed registration only */
            streamUrl?: string | null;
            /** @description The session's title in the delegate's language (or the event's first language that has one) */
            title: string;
            /** @example workshop */
            type: string;
            /** @description Place on the waiting list (1 = next); null when signed up */
            waitlistPosition?: number | null;
        };
        AgendaInterpretationResponse: {
            /** @example Channel 2 */
            channel?: string;
            /** @example vi */
            language: string;
            /** @example https://interpret.example.org/vi */
            link?: string;
        };
        AgendaResponse: {
            /** @description In order of start time */
            entries: components["schemas"]["AgendaEntryResponse"][];
            /** @example Asia/Ho_Chi_Minh */
            timeZone: string;
        };
        AgendaRoomResponse: {
            id: string;
            name: string;
        };
        AnswerFileResponse: {
            mediaType: string;
            name: string;
            size: number;
        };
        AnswerResponse: {
            file: components["schemas"]["AnswerFileResponse"] | null;
            /** Format: uuid */
            questionId: string;
            value: (string | number | boolean | string[]) | null;
        };
        /**
         * @description Stable, machine-readable reason; clients translate this (with `data`), not `message`
         * @enum {string}
         */
        ApiErrorCode: "ACCOUNT_DETAILS_REQUIRED" | "AGENDA_NOT_CONFIRMED" | "AGENDA_OVERLAP" | "ALREADY_IN_AGENDA" | "ALREADY_NOMINATED" | "ALREADY_REGISTERED" | "ALREADY_WINNER" | "ANSWERS_CLOSED" | "ANSWER_FILE_NOT_FOUND" | "ANSWER_INVALID" | "ANSWER_NOT_A_CHOICE" | "ANSWER_REQUIRED" | "ANSWER_UNKNOWN_QUESTION" | "APPLICATION_INCOMPLETE" | "APPLICATION_NOT_FOUND" | "ASSIGNMENT_REFUSED" | "BADGE_NOT_CONFIRMED" | "BADGE_NOT_FOUND" | "BAD_REQUEST" | "BIOGRAPHY_INVALID" | "BODY_TOO_LARGE" | "BOOKING_NEEDS_CONFIRMED_REGISTRATION" | "BULK_ACTION_REFUSED" | "CAPACITY_BELOW_CONFIRMED" | "CATEGORY_EXISTS" | "CATEGORY_FULL" | "CATEGORY_NOT_FOUND" | "CATEGORY_QUOTA_BELOW_CONFIRMED" | "CERTIFICATE_NOT_ATTENDED" | "CHECKLIST_INVALID" | "CHECK_IN_DAY_NOT_COME" | "CHECK_IN_ID_REUSED" | "CHECK_IN_NOT_CONFIRMED" | "CHECK_IN_OTHER_DAY_FORBIDDEN" | "CHECK_IN_OUTSIDE_EVENT" | "CHECK_IN_REHEARSAL_OVER" | "CHECK_IN_TIME_NOT_COME" | "CHECK_IN_TIME_REQUIRED" | "CITY_EXISTS" | "CITY_NOT_FOUND" | "CITY_NOT_IN_REGISTRY" | "COMMISSION_EXISTS" | "COMMISSION_IN_USE" | "COMMISSION_MISSING" | "COMMISSION_NOT_FOUND" | "COMMISSION_OTHER_COUNTRY" | "COMMISSION_ROLE_REQUIRED" | "CONFLICT_ALREADY_DECLARED" | "CONSTRAINT_VIOLATED" | "COUNTRY_LIMIT_REACHED" | "CRITERIA_SCORED" | "CRITERION_SCORED_TWICE" | "CSV_REQUIRED" | "CURRENT_PASSWORD_WRONG" | "DATABASE_UNAVAILABLE" | "DATE_OF_BIRTH_INVALID" | "DEADLINES_REVERSED" | "DELEGATION_HEAD_ENDED" | "DELEGATION_MEMBER_NOT_FOUND" | "DOSSIER_DOCUMENT_NOT_FOUND" | "DOSSIER_FILE_MISSING" | "EMAIL_TAKEN" | "EMBLEM_NOT_FOUND" | "ENDORSEMENT_LIMIT_REACHED" | "ENDS_BEFORE_START" | "EVENT_DATES_REVERSED" | "EVENT_NOT_FOUND" | "EVENT_SLUG_TAKEN" | "FILE_EMPTY" | "FILE_MISSING" | "FILE_NOT_EXPECTED" | "FILE_TOO_LARGE" | "FILE_TYPE_REFUSED" | "FORBIDDEN_ROLE" | "GNLC_INTAKE_INVALID" | "GNLC_INTAKE_NOT_FOUND" | "GNLC_MEMBER_NOT_FOUND" | "HOTEL_BLOCK_BELOW_BOOKED" | "HOTEL_BLOCK_FULL" | "HOTEL_BLOCK_IN_USE" | "HOTEL_BLOCK_NIGHTS_INVALID" | "HOTEL_BLOCK_NOT_FOUND" | "IDEMPOTENCY_KEY_REQUIRED" | "IMAGE_UNREADABLE" | "IMPORT_COLUMNS_MISSING" | "IMPORT_FILE_EMPTY" | "IMPORT_FILE_UNREADABLE" | "IMPORT_LINE_INVALID" | "IMPORT_REJECTED" | "INTERNAL_ERROR" | "INTERPRETATION_NEEDS_LINK_OR_CHANNEL" | "INVALID_DATE_TIME" | "INVALID_VALUE" | "INVITATION_EXPIRED" | "INVITATION_LINK_INVALID" | "INVITATION_NOT_FOUND" | "INVITATION_PENDING" | "INVITATION_USED" | "JSON_TOO_DEEP" | "JUDGING_CLOSED" | "JUDGING_OPEN" | "JUROR_ROLE_REQUIRED" | "LANGUAGE_NOT_OFFERED" | "LANGUAGE_NOT_SHIPPED" | "LINK_NOT_EXPECTED" | "LOGIN_FAILED" | "MAIL_KIND_NOT_WORDABLE" | "MAIL_LANGUAGE_UNKNOWN" | "MAIL_PLACEHOLDER_UNKNOWN" | "MAIL_WORDING_TOO_LARGE" | "MALFORMED_JSON" | "MAY_NOT_NOMINATE" | "MEAL_DAY_OUTSIDE_EVENT" | "MEAL_EXISTS" | "MEAL_NOT_FOUND" | "MESSAGE_AUDIENCE_EMPTY" | "MESSAGE_LANGUAGE_MISSING" | "MESSAGE_LANGUAGE_UNKNOWN" | "MESSAGE_NOT_EDITABLE" | "MESSAGE_NOT_FOUND" | "MESSAGE_PLACEHOLDER_NOT_FOR_AUDIENCE" | "MESSAGE_PLACEHOLDER_UNKNOWN" | "MESSAGE_SEND_AT_PAST" | "MESSAGE_STAFF_NOT_ALLOWED" | "MESSAGE_TOO_LARGE" | "METHOD_NOT_ALLOWED" | "MULTIPART_REQUIRED" | "MULTIPART_UNREADABLE" | "NATIONALITY_UNKNOWN" | "NOMINATIONS_CLOSED" | "NOMINATION_NOT_FOUND" | "NOTIFICATION_NOT_EDITABLE" | "NOTIFICATION_NOT_FOUND" | "NOTIFICATION_NOT_RESENDABLE" | "NOTIFICATION_NOT_RETRYABLE" | "NOT_A_CEREMONY" | "NOT_CITY_REPRESENTATIVE" | "NOT_COMMISSION_CONTACT" | "NOT_DELEGATION_HEAD" | "NOT_DELEGATION_MEMBER" | "NOT_ELIGIBLE" | "NOT_EVENT_SPEAKERS" | "NOT_IN_AGENDA" | "NOT_PENDING" | "NOT_REJECTABLE" | "NOT_ROUND_JUROR" | "NO_BADGES_TO_PRINT" | "NO_CERTIFICATES_TO_ISSUE" | "NO_OPEN_OFFER" | "NO_WINNERS_YET" | "NO_WINNER_CONFIRMED" | "NUL_CHARACTER" | "PASSPORT_DATA_ERASED" | "PASSPORT_DETAILS_INCOMPLETE" | "PASSPORT_EXPIRES_TOO_SOON" | "PASSPORT_NUMBER_INVALID" | "PASSWORD_REQUIRED" | "PASSWORD_RESET_EXPIRED" | "PASSWORD_RESET_NOT_FOUND" | "PASSWORD_RESET_USED" | "PHOTO_NOT_FOUND" | "PHOTO_UNREADABLE" | "PLATFORM_ADMIN_REQUIRED" | "PRIVACY_NOTICE_OUTDATED" | "PROGRAMME_NOT_PUBLISHED" | "PROGRAMME_UNCHANGED" | "QUESTION_INVALID" | "QUESTION_NOT_FOUND" | "QUESTION_ORDER_INVALID" | "QUOTA_BELOW_CONFIRMED" | "QUOTA_REACHED" | "RATE_LIMITED" | "REFERENCE_NOT_FOUND" | "REFRESH_TOKEN_INVALID" | "REGION_QUOTA_REPEATED" | "REGISTRATION_ALREADY_ENDED" | "REGISTRATION_CLOSED" | "REGISTRATION_LINK_INVALID" | "REGISTRATION_NOT_EDITABLE" | "REGISTRATION_NOT_FOUND" | "REGISTRATION_NOT_OPEN" | "REGISTRATION_NOT_SET_UP" | "REGISTRATION_NOT_YET_OPEN" | "REMINDER_NOT_FOUND" | "REMINDER_SENT" | "REPRESENTATIVE_ROLE_REQUIRED" | "REQUIREMENT_NOT_FOUND" | "RETENTION_DATE_BEFORE_EVENT_END" | "ROLE_ALREADY_HELD" | "ROLE_INVITATION_EXPIRED" | "ROLE_INVITATION_NOT_FOUND" | "ROLE_INVITATION_PENDING" | "ROLE_INVITATION_REPLACED" | "ROLE_INVITATION_REVOKED" | "ROLE_INVITATION_USED" | "ROLE_NOT_HELD" | "ROOM_BOOKED" | "ROOM_IN_USE" | "ROOM_NAME_TAKEN" | "ROOM_NOT_FOUND" | "ROOM_NOT_IN_EVENT" | "ROOM_TAKEN" | "ROUND_NAME_TAKEN" | "ROUND_NOT_FOUND" | "ROUTE_NOT_FOUND" | "RUN_OF_SHOW_INVALID" | "SCORING_CLOSED" | "SEAT_LIMIT_BELOW_TAKEN" | "SERVICE_UNAVAILABLE" | "SESSION_NOT_FOUND" | "SESSION_OUTSIDE_EVENT" | "SIGNATORY_NOT_FOUND" | "SLIDES_NOT_FOUND" | "SLIDES_VERSION_NOT_FOUND" | "SLOTS_NOT_IN_EVENT" | "SLOTS_OVERLAP" | "SLOTS_REPEATED" | "SLOT_NOT_FOUND" | "SLOT_OUTSIDE_SESSION" | "SPEAKER_ALREADY_BOOKED" | "SPEAKER_BUSY" | "STAGE_CHANGED" | "TIME_SKIPPED_BY_DST" | "TOKEN_INVALID" | "TRACK_NAME_TAKEN" | "TRACK_NOT_FOUND" | "TRACK_NOT_IN_EVENT" | "TRAVEL_ORDER_INVALID" | "UNAUTHENTICATED" | "UNAVAILABLE_TIMES_OVERLAP" | "UNKNOWN_CATEGORY" | "UNKNOWN_COMMISSION" | "UNKNOWN_CRITERIA" | "UNSUBSCRIBE_LINK_INVALID" | "UNSUPPORTED_MEDIA_TYPE" | "UPLOAD_INTERRUPTED" | "USER_NOT_FOUND" | "VALIDATION_FAILED" | "VISA_LETTER_CODE_UNKNOWN" | "VISA_LETTER_NOT_CONFIRMED" | "VISA_LETTER_NOT_REQUESTED" | "VISA_LETTER_PASSPORT_MISSING" | "WINDOW_REVERSED" | "WINNERS_LIMIT_REACHED" | "WINNERS_NOT_ANNOUNCED" | "WINNERS_RELEASED" | "WINNER_NOT_FOUND";
        ApiErrorResponse: {
            /**
             * @description Stable, machine-readable reason; clients translate this (with `data`), not `message`
             * @example VALIDATION_FAILED
             */
            code: components["schemas"]["ApiErrorCode"];
            /**
             * @description The values a translated message of this code needs, e.g. { room, session, from, to } for ROOM_TAKEN
             * @example {
             *       "opensAt": "2026-03-01T00:00:00.000Z"
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @description Machine-readable particulars; for validation errors a list of { field, messages }
             * @example [
             *       {
             *         "field": "timeZone",
             *         "messages": [
             *           "timeZone must be an IANA time zone such as \"Asia/Bangkok\""
             *         ]
             *       }
             *     ]
             */
            details?: Record<string, never>;
            /** @example Bad Request */
            error: string;
            /**
             * @description English, for logs and API clients
             * @example Validation failed: timeZone must be an IANA time zone such as "Asia/Bangkok"
             */
            message: string;
            /** @description The request id, also in the X-Request-Id header */
            requestId?: string;
            /** @example 400 */
            statusCode: number;
        };
        ApplicationDocumentResponse: {
            contentType: string;
            filename: string;
            id: string;
            sizeBytes: number | null;
            /** @description For a link item */
            url: string | null;
        };
        ApplicationLinkDto: {
            /** @example https://www.youtube.com/watch?v=example */
            url: string;
        };
        ApplicationResponse: {
            checklist: components["schemas"]["ChecklistItemResponse"][];
            city: string;
            cityId: string;
            commission: string;
            commissionId: string;
            /** @description Every required item has a file or a link */
            complete: boolean;
            country: string;
            createdAt: string;
            id: string;
            roundId: string;
            roundName: string;
            /** @enum {string} */
            stage: "draft" | "submitted" | "returned" | "endorsed" | "shortlisted" | "not_shortlisted";
            summary: string;
            transitions: components["schemas"]["StageTransitionResponse"][];
        };
        AssignmentResultResponse: {
            /** @description How many nominations were newly assigned (ones already assigned are not counted) */
            assigned: number;
        };
        AssignNominationsDto: {
            nominationIds: string[];
            userId: string;
        };
        AudienceDto: {
            /** @description Category codes */
            categories?: string[];
            checkedIn?: boolean;
            /**
             * Format: date
             * @description With checkedIn: on this day rather than on any day
             */
            checkedInOn?: string;
            /** @description ISO 3166-1 alpha-2 codes */
            countries?: string[];
            /** @description true: heads of delegation only; false: everyone but them */
            delegationHead?: boolean;
            /** Format: uuid */
            delegationId?: string;
            /** @description People holding any of these: speakers of the published programme, speakers of coming slots without slides, jurors, city representatives. With registration fields too, only those of them whose registration matches. */
            roles?: ("speakers" | "speakers-without-slides" | "jurors" | "representatives")[];
            /**
             * Format: uuid
             * @description Signed up for this session
             */
            sessionId?: string;
            states?: ("pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected")[];
            visaLetterNeeded?: boolean;
        };
        AudienceSampleResponse: {
            email: string;
            language: string;
            name: string;
        };
        BadgeLayoutDto: {
            /** @description What prints besides the name and the event */
            fields: ("honorific" | "organisation" | "delegation" | "country" | "category" | "qr" | "dietary-icons")[];
            /** @description As many badges as fit on each A4 sheet, with crop marks; otherwise one badge per page of its size */
            sheet: boolean;
            /**
             * @description a6: 105 × 148 mm insert; cr80: 85.6 × 54 mm card; 4x3in: 4 × 3 in card
             * @enum {string}
             */
            size: "a6" | "cr80" | "4x3in";
        };
        BadgeLayoutResponse: {
            /** @description What prints besides the name and the event */
            fields: ("honorific" | "organisation" | "delegation" | "country" | "category" | "qr" | "dietary-icons")[];
            /** @description Badges on each A4 sheet when printing on sheets */
            perSheet: number;
            /** @description As many badges as fit on each A4 sheet, with crop marks; otherwise one badge per page of its size */
            sheet: boolean;
            /**
             * @description a6: 105 × 148 mm insert; cr80: 85.6 × 54 mm card; 4x3in: 4 × 3 in card
             * @enum {string}
             */
            size: "a6" | "cr80" | "4x3in";
        };
        BookRoomDto: {
            /**
             * Format: uuid
             * @description The hotel block to take a room in; booking again moves the booking
             */
            blockId: string;
        };
        BulkRegistrationActionDto: {
            /** @enum {string} */
            action: "approve" | "reject" | "cancel";
            ids: string[];
        };
        BulkRegistrationActionResponse: {
            /** @description Every registration named, after the action, in order of arrival */
            items: components["schemas"]["RegistrationResponse"][];
        };
        BulkResultResponse: {
            affected: number;
        };
        CategoryResponse: {
            code: string;
            confirmedCount: number;
            id: string;
            name: string;
            quota?: number | null;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        CateringResponse: {
            /** @description Confirmed delegates by accessibility choice, for the venue */
            accessibility: components["schemas"]["NeedCountResponse"][];
            /** @description Meals by day, in serving order */
            meals: components["schemas"]["MealResponse"][];
        };
        CeremonyItemDto: {
            /**
             * @description What sound, light and screens do
             * @example Slide 12; fanfare; lights up
             */
            avCue?: string;
            /** @description recognition: the new GNLC member cities receiving the symbol; membership: the one city */
            cityIds?: string[];
            /** @example 5 */
            durationMinutes: number;
            /**
             * @description membership: one new GNLC member city of an intake
             * @enum {string}
             */
            kind: "award" | "recognition" | "membership";
            /** @description award: the winning nomination presented */
            nominationId?: string;
            /** @example Photo with the certificate after the handover */
            notes?: string;
            /**
             * @description Who stands on stage
             * @example Mayor of Sơn La; UIL Director
             */
            onStage?: string;
            /** @example Director, UNESCO Institute for Lifelong Learning */
            presenter?: string;
            /**
             * @description Who receives on the city's behalf
             * @example Vice-Chair of the Provincial People’s Committee
             */
            recipient?: string;
            /**
             * @description In the event’s first language; without one the item is named from its award and city in the language read
             * @example Recognition of new GNLC members
             */
            title?: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        ChangelogEntryResponse: {
            after?: components["schemas"]["SessionPlaceResponse"];
            before?: components["schemas"]["SessionPlaceResponse"];
            /** @enum {string} */
            kind: "added" | "cancelled" | "moved" | "re-roomed" | "speakers-changed" | "retitled" | "access-changed";
            sessionId: string;
            title: {
                [key: string]: string;
            };
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CheckInCandidate: {
            badgeCode: string;
            /** @description Code of the registration category */
            category: string;
            /** @description Already checked in today */
            checkedInToday: boolean;
            /** @example VN */
            country: string;
            /** @description City of the delegation */
            delegation: string | null;
            fullName: string;
            registrationId: string;
            /** @example confirmed */
            state: string;
        };
        CheckInDayCount: {
            /** @description Delegates checked in that day */
            checkedIn: number;
            /** Format: date */
            day: string;
        };
        CheckInDto: {
            /**
             * @description The code in the QR code on the badge (also printed under it)
             * @example K7M2QX9PLA
             */
            badgeCode: string;
            /**
             * Format: uuid
             * @description The id the desk gave this scan: sending it again records nothing twice
             */
            clientId?: string;
            /**
             * Format: date
             * @description Organisers only: check in for an earlier day of the event (then `time` is required). Default: today in the event’s time zone
             * @example 2024-10-29
             */
            day?: string;
            /**
             * @description The desk that scanned, shown to a desk that scans the same badge later
             * @example Desk B
             */
            desk?: string;
            /** @description A practice scan before the event: kept apart from the real check-ins and cleared by organisers */
            rehearsal?: boolean;
            /**
             * @description When the delegate arrived, in the event’s time zone; required for an earlier day. Default: now
             * @example 08:42
             */
            time?: string;
        };
        CheckInLookupResponse: {
            /** @description At most 20, by name */
            items: components["schemas"]["CheckInCandidate"][];
        };
        CheckInRehearsalSummary: {
            /** @description Practice scans recorded and not yet cleared */
            checkedIn: number;
            /** @description True before the first day of the event: scans today are practice */
            open: boolean;
        };
        CheckInResponse: {
            /** @description True when this badge had already been scanned that day (the answer is then 200, not 201) */
            alreadyCheckedIn: boolean;
            /** @description Code of the registration category */
            category: string;
            /**
             * Format: date-time
             * @description When the delegate was first checked in that day
             */
            checkedInAt: string;
            /**
             * Format: date
             * @description The event day, in the event’s time zone
             */
            day: string;
            /** @description The desk of the first scan that day, when it named one */
            desk: string | null;
            fullName: string;
            /** @example already checked in at 08:42 */
            message: string;
            registrationId: string;
            /** @description A practice scan before the event, counted apart */
            rehearsal: boolean;
        };
        CheckInSummaryResponse: {
            /** @description Delegates checked in on at least one day */
            checkedInAnyDay: number;
            /** @description Confirmed registrations now */
            confirmed: number;
            /** @description Every day of the event, in order, with zero for a day without check-ins */
            days: components["schemas"]["CheckInDayCount"][];
            rehearsal: components["schemas"]["CheckInRehearsalSummary"];
            /**
             * Format: date
             * @description Today in the event’s time zone
             */
            today: string;
        };
        ChecklistItemResponse: {
            documents: components["schemas"]["ApplicationDocumentResponse"][];
            fileTypes: ("pdf" | "png" | "jpeg")[];
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description In the language read (?language=), else the event’s first */
            label: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "label": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    label?: string;
                };
            };
        };
        CityImportLine: {
            /**
             * @description Line of the file, the header being line 1
             * @example 2
             */
            line: number;
            problems: components["schemas"]["CityImportProblem"][];
        };
        CityImportProblem: {
            /** @description Stable reason; clients translate this with `data` */
            code: components["schemas"]["CityImportProblemCode"];
            /**
             * @description What a translated sentence needs: { value } (COUNTRY_INVALID), { value, allowed } (REGION_UNKNOWN), { value, min, max } (NUMBER_OUT_OF_RANGE), { max } (NAME_TOO_LONG), { line, name, country } (DUPLICATE_LINE), { missing, expected } (COLUMNS_MISSING)
             * @example {
             *       "value": "Vietnam"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description The CSV column at fault, if one is
             * @example country
             */
            field: string | null;
            /**
             * @description English, for logs and API clients
             * @example country must be an ISO 3166-1 alpha-2 code such as VN
             */
            message: string;
        };
        /**
         * @description Stable reason; clients translate this with `data`
         * @enum {string}
         */
        CityImportProblemCode: "COLUMNS_MISSING" | "NAME_REQUIRED" | "NAME_TOO_LONG" | "NAME_NOT_ONE_LINE" | "COUNTRY_INVALID" | "REGION_UNKNOWN" | "NUMBER_OUT_OF_RANGE" | "MONTH_INVALID" | "DUPLICATE_LINE" | "LINE_REFUSED";
        CityImportRejectedResponse: {
            /**
             * @description Stable, machine-readable reason; clients translate this (with `data`), not `message`
             * @example VALIDATION_FAILED
             */
            code: components["schemas"]["ApiErrorCode"];
            /**
             * @description The values a translated message of this code needs, e.g. { room, session, from, to } for ROOM_TAKEN
             * @example {
             *       "opensAt": "2026-03-01T00:00:00.000Z"
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @description Every wrong line (line 1 is the header), each with its problems
             * @example [
             *       {
             *         "field": "timeZone",
             *         "messages": [
             *           "timeZone must be an IANA time zone such as \"Asia/Bangkok\""
             *         ]
             *       }
             *     ]
             */
            details?: components["schemas"]["CityImportLine"][];
            /** @example Bad Request */
            error: string;
            /**
             * @description English, for logs and API clients
             * @example Validation failed: timeZone must be an IANA time zone such as "Asia/Bangkok"
             */
            message: string;
            /** @description The request id, also in the X-Request-Id header */
            requestId?: string;
            /** @example 400 */
            statusCode: number;
        };
        CityImportResponse: {
            created: number;
            updated: number;
        };
        CityResponse: {
            country: string;
            /**
             * @description Month of admission to the GNLC
             * @example 2023-03
             */
            gnlcMemberSince: string | null;
            id: string;
            lastAwardYear: number | null;
            name: string;
            population: number | null;
            /** @enum {string} */
            region: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
            /** @description The name without diacritics, lower case */
            searchName: string;
        };
        CommissionContactResponse: {
            displayName: string;
            userId: string;
        };
        CommissionDeskResponse: {
            applications: components["schemas"]["ApplicationResponse"][];
            limits: components["schemas"]["CommissionRoundLimitResponse"][];
        };
        CommissionResponse: {
            contacts: components["schemas"]["CommissionContactResponse"][];
            country: string;
            id: string;
            /** @description In the language read (?language=), else the event’s first */
            name: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        CommissionRoundLimitResponse: {
            commission: string;
            commissionId: string;
            country: string;
            /** @description Applications and nominations the Commission has endorsed in the round */
            endorsed: number;
            /** @description The most it may endorse; null when the round sets none */
            limit: number | null;
            roundId: string;
            roundName: string;
        };
        ComposeMessageDto: {
            audience: components["schemas"]["AudienceDto"];
            /** @description One per event language; the event's first language is required */
            content: components["schemas"]["MessageTextDto"][];
        };
        ConfirmWinnerDto: {
            nominationId: string;
        };
        ConsentDto: {
            /** @example true */
            accepted: boolean;
            /**
             * @description Version of the event's privacy notice the delegate accepted
             * @example 1
             */
            privacyNoticeVersion: string;
        };
        CreateApplicationDto: {
            /** @description A city the caller represents */
            cityId: string;
            /** @description What the application shows */
            summary?: string;
        };
        CreateCategoryDto: {
            /** @example delegate */
            code: string;
            /** @example City delegate */
            name: string;
            /**
             * @description Most confirmed places for this category; none = only the event capacity
             * @example 150
             */
            quota?: number;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        CreateCityDto: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            country: string;
            /**
             * @description Month UNESCO admitted the city to the Global Network of Learning Cities (YYYY-MM, from 2013-01)
             * @example 2024-09
             */
            gnlcMemberSince?: string | null;
            /**
             * @description Year of an award won before this registry; awards won in rounds here are counted on their own
             * @example null
             */
            lastAwardYear?: number | null;
            /** @example Sơn La */
            name: string;
            /** @example 128000 */
            population?: number | null;
            /**
             * @example asia-pacific
             * @enum {string}
             */
            region: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
        };
        CreateCommissionDto: {
            /**
             * @description ISO 3166-1 alpha-2; one Commission per country per event
             * @example VN
             */
            country: string;
            /**
             * @description In the event’s first language
             * @example Viet Nam National Commission for UNESCO
             */
            name: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        CreateDelegationDto: {
            /** @example Hà Nội */
            city: string;
            /** @example VN */
            country: string;
            /** @description Is the city a member of the UNESCO Global Network of Learning Cities? */
            gnlcMember: boolean;
            /** @description The head of delegation */
            head: components["schemas"]["RegisterDto"];
            members: components["schemas"]["RegisterDto"][];
        };
        CreateEventDto: {
            /** @example Bangkok */
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example TH
             */
            country: string;
            description?: string;
            /**
             * Format: date
             * @example 2024-10-30
             */
            endDate: string;
            /**
             * @description Languages offered, as ISO 639-1 codes
             * @example [
             *       "en",
             *       "vi"
             *     ]
             */
            languages: string[];
            /** @example ASEAN+3 Regional Conference on Learning Cities */
            name: string;
            /** @example UNESCO Bangkok */
            organiser?: string;
            /**
             * @description Lower-case letters, digits and single hyphens
             * @example aseanplus3-learning-cities-2024
             */
            slug: string;
            /**
             * Format: date
             * @example 2024-10-29
             */
            startDate: string;
            /**
             * @description IANA time zone; every time of the event is shown in it
             * @example Asia/Bangkok
             */
            timeZone: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…",
             *         "venue": "…",
             *         "organiser": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    description?: string;
                    name?: string;
                    organiser?: string;
                    venue?: string;
                };
            };
            /** @example Bangkok Marriott Marquis Queen’s Park */
            venue?: string;
        };
        CreateHotelBlockDto: {
            /**
             * Format: date
             * @description First night
             * @example 2024-10-28
             */
            checkIn: string;
            /**
             * Format: date
             * @description The morning the rooms are left
             * @example 2024-10-31
             */
            checkOut: string;
            /** @example Centara Grand at CentralWorld */
            hotel: string;
            /** @example Breakfast included; shuttle to the venue at 08:00 */
            note?: string;
            /** @example 40 */
            roomsAvailable: number;
            /** @example Deluxe twin */
            roomType: string;
        };
        CreateMealDto: {
            /**
             * Format: date
             * @description A day of the event
             * @example 2024-10-29
             */
            day: string;
            /**
             * @example lunch
             * @enum {string}
             */
            kind: "breakfast" | "coffee" | "lunch" | "dinner" | "reception";
            /** @example Terrace restaurant, level 2 */
            venue?: string;
        };
        CreateMessageDto: {
            audience: components["schemas"]["AudienceDto"];
            /** @description One per event language; the event's first language is required */
            content: components["schemas"]["MessageTextDto"][];
            /** @description Keep it for review: nothing is sent until it is released */
            hold?: boolean;
            /**
             * Format: date-time
             * @description Send at this time instead of now
             */
            sendAt?: string;
        };
        CreateNominationDto: {
            cityId: string;
            /** @description The National Commission for UNESCO of the city’s country that nominates it (see the Commissions list) */
            commissionId: string;
            /** @example contact@sonla.gov.vn */
            contactEmail: string;
            /**
             * @description The language the contact is written to in
             * @default en
             * @enum {string}
             */
            contactLanguage: "en" | "th" | "vi";
            /**
             * @description The city's contact, told the outcome
             * @example Lò Văn Hùng
             */
            contactName: string;
            /** @description Dossier documents (metadata; the files go through the storage port) */
            documents?: components["schemas"]["DossierDocumentDto"][];
            /** @description What the dossier shows */
            summary?: string;
        };
        CreateQuestionDto: {
            /**
             * @description Category codes the question is for; none: every category
             * @example [
             *       "delegate"
             *     ]
             */
            categories?: string[];
            /** @description For single and multiple choice: at least two */
            choices?: components["schemas"]["QuestionChoiceDto"][];
            /**
             * @description The question as shown, per event language; the event’s first language is needed
             * @example {
             *       "en": "Dietary needs",
             *       "vi": "Nhu cầu ăn uống"
             *     }
             */
            labels: {
                [key: string]: string;
            };
            /** @default false */
            required: boolean;
            /** @description Shown only when this other answer has this value */
            shownWhen?: components["schemas"]["QuestionConditionDto"] | null;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "date" | "single_choice" | "multiple_choice" | "yes_no" | "country" | "file";
        };
        CreateReminderDto: {
            /**
             * @description Counted from the first day (start) or the last day (end) of the event
             * @enum {string}
             */
            anchor: "start" | "end";
            audience: components["schemas"]["AudienceDto"];
            /** @description One per event language; the event's first language is required */
            content: components["schemas"]["MessageTextDto"][];
            /**
             * @description Days after the anchor day; negative for before (-3: three days before)
             * @example -3
             */
            offsetDays: number;
            /**
             * @description The time of day in the event’s time zone
             * @example 09:00
             */
            sendTime: string;
        };
        CreateRoomDto: {
            /** @example 250 */
            capacity: number;
            /** @description Shown to registered delegates only */
            interpretation?: components["schemas"]["InterpretationChannelDto"][];
            /**
             * @description Where it is: shown with the room on the public programme
             * @example Level 3, east wing: take the lifts by the registration desk
             */
            locationNote?: string;
            /** @example Grand Ballroom */
            name: string;
            /**
             * @description Shown to registered delegates only
             * @example https://stream.example.org/opening
             */
            streamUrl?: string | null;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "locationNote": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    locationNote?: string;
                    name?: string;
                };
            };
        };
        CreateRoundDto: {
            criteria: components["schemas"]["CriterionDto"][];
            /** @example What the jury looks for, in the event’s first language */
            description?: string;
            /** Format: date-time */
            judgingDeadline: string;
            /** @example UNESCO Learning City Award 2024 */
            name: string;
            /** Format: date-time */
            nominationDeadline: string;
            /** @description Regions with a quota other than rules.regionQuota (each region once) */
            regionQuotas?: components["schemas"]["RegionQuotaDto"][];
            rules?: components["schemas"]["RoundRulesDto"];
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    description?: string;
                    name?: string;
                };
            };
            /** @example 2024 */
            year: number;
        };
        CreateSessionDto: {
            /**
             * @example {
             *       "en": "Welcome and keynote"
             *     }
             */
            abstract?: {
                [key: string]: string;
            };
            /**
             * @example [
             *       "Dr. Nguyễn Văn A"
             *     ]
             */
            chairs?: string[];
            /** @example 2024-10-29T10:30 */
            end: string;
            /** @description Shown to registered delegates only */
            interpretation?: components["schemas"]["InterpretationChannelDto"][];
            /**
             * @description Languages the session is spoken in (ISO 639-1), in order
             * @example [
             *       "vi",
             *       "en"
             *     ]
             */
            languages?: string[];
            roomId?: string | null;
            /** @description Defaults to the room's capacity */
            seatLimit?: number;
            /**
             * @description In the event's time zone unless an offset is given
             * @example 2024-10-29T09:00
             */
            start: string;
            /**
             * @description Shown to registered delegates only
             * @example https://stream.example.org/opening
             */
            streamUrl?: string | null;
            /**
             * @example {
             *       "en": "Opening plenary",
             *       "vi": "Phiên toàn thể khai mạc"
             *     }
             */
            title: {
                [key: string]: string;
            };
            trackId?: string | null;
            /** @enum {string} */
            type: "plenary" | "parallel" | "workshop" | "panel" | "ceremony" | "break" | "social";
        };
        CreateSlotDto: {
            /**
             * @description Minutes
             * @example 20
             */
            durationMinutes: number;
            /** @description Users with the speaker role on the event */
            speakerIds: string[];
            /** @example 2024-10-29T14:00 */
            start: string;
            /** @example Sơn La: a learning city that leaves no one behind */
            title: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        CreateTrackDto: {
            /**
             * @description Hex colour #rrggbb (lower case)
             * @example #1f77b4
             */
            colour: string;
            /** @example Learning for sustainable cities */
            name: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        CreateUserDto: {
            /** @example Nguyễn Thị Lan */
            displayName: string;
            /** @example nguyen.thi.lan@hanoi.gov.vn */
            email: string;
            /**
             * @description Language of the messages this user receives (default en)
             * @example vi
             * @enum {string}
             */
            language?: "en" | "th" | "vi";
            /** @description Omit for an account that cannot log in with a password yet */
            password?: string;
        };
        CriterionDto: {
            /** @example What the jury looks for, in the event’s first language */
            description?: string;
            /** @example Planning and governance */
            name: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    description?: string;
                    name?: string;
                };
            };
            /**
             * @description Relative weight, above 0
             * @example 1.5
             */
            weight: number;
        };
        CriterionResponse: {
            description: string;
            id: string;
            /** @description In the language read (?language=), else the event’s first */
            name: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    description?: string;
                    name?: string;
                };
            };
            weight: number;
        };
        DayCountResponse: {
            count: number;
            /**
             * @description Date in the event’s zone
             * @example 2024-10-01
             */
            key: string;
        };
        DeclareConflictDto: {
            /** @example I advised this city on its dossier */
            reason?: string;
        };
        DelegateDataHistory: {
            /** Format: date-time */
            at: string;
            fields: string[];
            /** @enum {string} */
            kind: "created" | "state" | "edited";
            state: string;
        };
        DelegateDataRegistration: {
            accessibilityChoices: string[];
            accessibilityNeeds: string;
            category: string;
            city: string;
            /** Format: date-time */
            consentedAt: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            dietaryChoices: string[];
            dietaryNeeds: string;
            email: string;
            fullName: string;
            id: string;
            language: string;
            organisation: string;
            position: string;
            privacyNoticeVersion: string;
            state: string;
            visaLetterNeeded: boolean;
        };
        DelegateDataResponse: {
            /** Format: date-time */
            exportedAt: string;
            history: components["schemas"]["DelegateDataHistory"][];
            protocol: components["schemas"]["ProtocolDetailsResponse"];
            registration: components["schemas"]["DelegateDataRegistration"];
        };
        DelegateHotelResponse: {
            /** @description The blocks the event offers, with the rooms left */
            blocks: components["schemas"]["HotelBlockResponse"][];
            booking: components["schemas"]["HotelBookingResponse"] | null;
        };
        DelegationCreatedResponse: {
            delegationId: string;
            /** @description The head first, then the members, each with their state */
            registrations: components["schemas"]["RegistrationResponse"][];
        };
        DelegationMemberResponse: {
            /** @description Category code */
            category: string;
            email: string;
            fullName: string;
            id: string;
            isHead: boolean;
            /** @enum {string} */
            state: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
        };
        DelegationResponse: {
            city: string;
            country: string;
            gnlcMember: boolean;
            id: string;
            /** @description The head first, then the members in order of registration */
            members: components["schemas"]["DelegationMemberResponse"][];
        };
        DeskBadge: {
            badgeCode: string;
            /** @description Code of the registration category */
            category: string;
            /** @example VN */
            country: string;
            /** @description City of the delegation */
            delegation: string | null;
            fullName: string;
        };
        DeskScanDto: {
            /**
             * Format: date-time
             * @description When the desk scanned the badge
             */
            at: string;
            /** @example K7M2QX9PLA */
            badgeCode: string;
            /** Format: uuid */
            clientId: string;
            /**
             * Format: uuid
             * @description A scan at this session’s door (attendance), instead of a check-in for the day
             */
            sessionId?: string;
        };
        DeskScanResult: {
            /**
             * Format: date-time
             * @description When the delegate was first checked in that day
             */
            checkedInAt: string | null;
            /** Format: uuid */
            clientId: string;
            /** @description The desk of that first check-in */
            desk: string | null;
            fullName: string | null;
            /**
             * @description replayed: this very scan had been synced before; outside-session: more than an hour before the session or after its end
             * @enum {string}
             */
            outcome: "checked-in" | "already-checked-in" | "replayed" | "unknown-badge" | "not-confirmed" | "outside-event" | "in-future" | "unknown-session" | "outside-session";
            /**
             * Format: uuid
             * @description The session of a door scan; null for a day’s check-in
             */
            sessionId: string | null;
            /** @description The registration’s state, for a badge that opens no door */
            state: string | null;
        };
        DeskSession: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            number: number;
            room: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @description The title in each language it has */
            title: {
                [key: string]: string;
            };
        };
        DeskSnapshotResponse: {
            /** @description Every confirmed badge of the event (no photos, no contact details) */
            badges: components["schemas"]["DeskBadge"][];
            /** Format: date */
            endDate: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description The sessions, by start: a desk at a room’s door records attendance at one */
            sessions: components["schemas"]["DeskSession"][];
            /** Format: date */
            startDate: string;
            /**
             * Format: date
             * @description Today in the event’s time zone
             */
            today: string;
        };
        DeskSyncDto: {
            /** @example Desk B */
            desk: string;
            /** @description Scans recorded while offline, at most 2,000 per request */
            scans: components["schemas"]["DeskScanDto"][];
        };
        DeskSyncResponse: {
            /** @description One per scan sent, in the same order */
            results: components["schemas"]["DeskScanResult"][];
        };
        DossierDocumentDto: {
            /** @example application/pdf */
            contentType: string;
            /** @example dossier-son-la.pdf */
            filename: string;
            /** @example 1048576 */
            sizeBytes?: number;
        };
        DossierDocumentResponse: {
            contentType: string;
            filename: string;
            id: string;
            sizeBytes: number | null;
            /** @description Whether the file itself is stored (uploads go through the storage port) */
            stored: boolean;
        };
        DuplicateEventDto: {
            /**
             * @description Copy the draft programme (sessions and slots, no speakers), moved to the new dates
             * @default false
             */
            copyProgramme: boolean;
            /** @example ASEAN+3 Regional Conference on Learning Cities */
            name: string;
            /**
             * @description Lower-case letters, digits and single hyphens
             * @example aseanplus3-learning-cities-2024
             */
            slug: string;
            /**
             * Format: date
             * @example 2024-10-29
             */
            startDate: string;
        };
        EditHeldNotificationDto: {
            /** @description Replaces the rendered subject */
            subject?: string;
            /** @description Replaces the rendered body (plain text) */
            text?: string;
        };
        ErasureResponse: {
            /** Format: date-time */
            erasedAt: string;
        };
        EventDetailResponse: {
            city: string;
            country: string;
            description: string;
            /** Format: date */
            endDate: string;
            id: string;
            languages: string[];
            name: string;
            organiser: string;
            rooms: components["schemas"]["RoomResponse"][];
            slug: string;
            /** Format: date */
            startDate: string;
            timeZone: string;
            tracks: components["schemas"]["TrackResponse"][];
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…",
             *         "venue": "…",
             *         "organiser": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    description?: string;
                    name?: string;
                    organiser?: string;
                    venue?: string;
                };
            };
            venue: string;
        };
        EventIdentityResponse: {
            accentColour: string;
            hasEmblem: boolean;
            /** @description As entered; empty when the event’s organiser is used */
            organiserName: string;
            primaryColour: string;
            /** @description What documents print */
            printedOrganiserName: string;
            signatories: components["schemas"]["SignatoryResponse"][];
        };
        EventPeopleResponse: {
            invitations: components["schemas"]["RoleInvitationResponse"][];
            people: components["schemas"]["PersonResponse"][];
        };
        EventRoleResponse: {
            displayName: string;
            /** @enum {string} */
            role: "organiser" | "staff" | "delegate" | "speaker" | "juror" | "representative" | "commission";
            userId: string;
        };
        EventSlotSlideStatusResponse: {
            /** @description null: no slides yet */
            currentVersion: number | null;
            public: boolean;
            /** @description The session the slot belongs to */
            sessionId: string;
            /**
             * @description The session's title by language
             * @example {
             *       "en": "Learning cities"
             *     }
             */
            sessionTitle: {
                [key: string]: string;
            };
            slotId: string;
            speakers: string[];
            start: string;
            title: string;
            /** @description When the current version was uploaded; null: no slides yet */
            uploadedAt: string | null;
        };
        EventSummaryResponse: {
            city: string;
            country: string;
            /** Format: date */
            endDate: string;
            id: string;
            languages: string[];
            name: string;
            organiser: string;
            slug: string;
            /** Format: date */
            startDate: string;
            timeZone: string;
            venue: string;
        };
        GnlcIntakeResponse: {
            /** @description Local start of the ceremony in the event’s zone */
            ceremonyStart: string | null;
            id: string;
            members: components["schemas"]["GnlcMemberResponse"][];
            sessionId: string | null;
            /** @description The ceremony’s title, when one is set */
            sessionTitle: string | null;
            year: number;
        };
        GnlcMemberResponse: {
            /** @example 2024-09-10 */
            admittedOn: string;
            city: string;
            cityId: string;
            country: string;
            id: string;
        };
        GnlcNewMemberDto: {
            /**
             * @description The day UNESCO admitted the city to the GNLC
             * @example 2024-09-10
             */
            admittedOn: string;
            /**
             * @description The city’s name in its own script
             * @example Sơn La
             */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            country: string;
            /**
             * @description Needed only for a city new to the registry in a country it holds no city of
             * @enum {string}
             */
            region?: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
        };
        GrantEventRoleDto: {
            /** @enum {string} */
            role: "organiser" | "staff" | "delegate" | "speaker" | "juror" | "representative" | "commission";
            userId: string;
        };
        HealthResponse: {
            /**
             * @description Every indicator
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "queue": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                };
            };
            /**
             * @description Indicators that are down
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "queue": {
             *         "status": "up"
             *       }
             *     }
             */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                };
            };
            /**
             * @description Indicators that are up
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "queue": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "degraded" | "down";
                };
            };
            /** @enum {string} */
            status: "ok" | "error" | "degraded" | "shutting_down";
        };
        HeldSelectionDto: {
            /** @description These held messages; omit to select by filter */
            ids?: string[];
            /** @example role-granted */
            kind?: string;
            recipient?: string;
        };
        HotelBlockResponse: {
            /** Format: date */
            checkIn: string;
            /** Format: date */
            checkOut: string;
            hotel: string;
            /** Format: uuid */
            id: string;
            nights: number;
            note: string;
            roomsAvailable: number;
            roomsBooked: number;
            roomsLeft: number;
            roomType: string;
        };
        HotelBookingResponse: {
            block: components["schemas"]["HotelBlockResponse"];
            /** Format: date-time */
            bookedAt: string;
            /** Format: uuid */
            registrationId: string;
        };
        InterpretationChannelDto: {
            /**
             * @description A radio channel of the room
             * @example Channel 2
             */
            channel?: string;
            /**
             * @description ISO 639 code of the language interpreted into
             * @example vi
             */
            language: string;
            /** @example https://interpret.example.org/vi */
            link?: string;
        };
        InvitationResponse: {
            createdAt: string;
            email: string;
            expiresAt: string;
            id: string;
            language: string;
            name: string;
            respondedAt: string | null;
            slotIds: string[];
            /** @enum {string} */
            state: "pending" | "accepted" | "declined";
        };
        InvitationSlotResponse: {
            end: string;
            id: string;
            start: string;
            title: string;
        };
        InvitationViewResponse: {
            /** @description False: accepting needs a password for the new account */
            accountExists: boolean;
            email: string;
            eventName: string;
            eventSlug: string;
            expiresAt: string;
            name: string;
            slots: components["schemas"]["InvitationSlotResponse"][];
        };
        InviteSpeakerDto: {
            /** @example lan.nguyen@example.org */
            email: string;
            /**
             * @description Days until the link expires (1–60, default 14)
             * @example 14
             */
            expiresInDays?: number;
            /**
             * @description The invitation's language; defaults to the account's, else en
             * @example vi
             */
            language?: string;
            /** @example Nguyễn Thị Lan */
            name: string;
            /** @description Slots of this event the person is invited to speak in */
            slotIds: string[];
        };
        InviteToRoleDto: {
            /** @description Required for a city representative: the registry city they will represent */
            cityId?: string;
            /** @example lan.nguyen@example.org */
            email: string;
            /**
             * @description Days until the link expires (1–60, default 14)
             * @example 14
             */
            expiresInDays?: number;
            /**
             * @description The mail's language; defaults to the account's, else en
             * @example vi
             */
            language?: string;
            /**
             * @description How the mail greets them; they choose their own name on accepting
             * @example Nguyễn Thị Lan
             */
            name?: string;
            /** @enum {string} */
            role: "organiser" | "staff" | "speaker" | "juror" | "representative";
        };
        JurorResponse: {
            assigned: number;
            country: string;
            displayName: string;
            userId: string;
        };
        JurorScoreDetail: {
            comment: string;
            criterion: string;
            criterionId: string;
            score: number;
            updatedAt: string;
            weight: number;
        };
        JurorScoresResponse: {
            /** @description The juror’s country on this round’s jury (null if they have left it) */
            country: string | null;
            displayName: string;
            scores: components["schemas"]["JurorScoreDetail"][];
            userId: string;
            /** @description This juror’s Σ(score × weight) / Σ(weight) over the criteria they scored */
            weightedMean: number;
        };
        LinkRequestAcceptedResponse: {
            /** @description Always true: the answer does not tell whether the email is registered */
            accepted: boolean;
        };
        LoginDto: {
            /** @example admin@plenary.local */
            email: string;
            password: string;
        };
        MailWordingKindResponse: {
            /** @example registration-confirmed */
            kind: string;
            /** @description One per event language, in the event’s order */
            languages: components["schemas"]["MailWordingLanguageResponse"][];
            /** @description The placeholders this mail may use */
            placeholders: string[];
        };
        MailWordingLanguageResponse: {
            /** @description The shipped words, as a starting point in the same Markdown and placeholders */
            default: components["schemas"]["MailWordsResponse"];
            /** @example vi */
            language: string;
            /** @description The organiser’s words; null when the shipped mail is sent */
            override: components["schemas"]["MailWordingOverrideResponse"] | null;
        };
        MailWordingListResponse: {
            kinds: components["schemas"]["MailWordingKindResponse"][];
        };
        MailWordingOverrideResponse: {
            body: string;
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MailWordingPreviewResponse: {
            /** @description The body as the mail shows it (safe HTML), inside the event’s mail layout */
            html: string;
            language: string;
            subject: string;
            text: string;
        };
        MailWordsDto: {
            /** @description Markdown (raw HTML is shown as text); the kind’s placeholders such as {{name}} */
            body: string;
            /** @description Plain text; placeholders such as {{eventName}} are filled per recipient */
            subject: string;
        };
        MailWordsResponse: {
            body: string;
            subject: string;
        };
        ManagedRegistrationResponse: {
            accessibilityChoices: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            accessibilityNeeds: string;
            /** @description Only once confirmed */
            badgeCode?: string | null;
            category: string;
            city: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            delegationId?: string | null;
            dietaryChoices: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            dietaryNeeds: string;
            email: string;
            event: components["schemas"]["RegistrationEventResponse"];
            fullName: string;
            id: string;
            isDelegationHead: boolean;
            language: string;
            /** Format: date-time */
            offerExpiresAt?: string | null;
            organisation: string;
            /** @enum {string} */
            state: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
            title: string;
            visaLetterNeeded: boolean;
            /** @description Place on the waiting list (1 = next) */
            waitlistPosition?: number | null;
        };
        MealNeedCountResponse: {
            /** @description Of them, checked in on the meal’s day */
            checkedIn: number;
            /** @description Confirmed delegates with this need */
            confirmed: number;
            /**
             * @description A choice the delegate ticked; "other" for those who also wrote needs in their own words; empty for no special need
             * @example halal
             */
            need: string;
        };
        MealResponse: {
            /** @description Confirmed delegates checked in on the meal’s day */
            checkedIn: number;
            /** @description Confirmed delegates */
            confirmed: number;
            /** Format: date */
            day: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "breakfast" | "coffee" | "lunch" | "dinner" | "reception";
            /** @description The counts by dietary choice: no special need first, then the choices in list order, then "other"; someone with two choices counts in both */
            needs: components["schemas"]["MealNeedCountResponse"][];
            venue: string;
        };
        MeResponse: {
            displayName: string;
            email: string;
            id: string;
            isPlatformAdmin: boolean;
            language: string;
            roles: components["schemas"]["RoleOnEvent"][];
        };
        MessageDeliveryCounts: {
            delivered: number;
            failed: number;
            /** @description Not gone out yet (scheduled, held, queued) */
            waiting: number;
        };
        MessageDetailResponse: {
            audience: components["schemas"]["AudienceDto"];
            content: components["schemas"]["MessageTextDto"][];
            counts: components["schemas"]["MessageDeliveryCounts"];
            /** Format: date-time */
            createdAt: string;
            id: string;
            recipientCount: number;
            recipients: components["schemas"]["MessageRecipientResponse"][];
            /** Format: date-time */
            sendAt?: string | null;
            /** @enum {string} */
            status: "held" | "scheduled" | "sent" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
        };
        MessageListResponse: {
            items: components["schemas"]["MessageResponse"][];
        };
        MessagePreviewResponse: {
            count: number;
            /** @description Each language as the first recipient would read it */
            rendered: components["schemas"]["RenderedMessageResponse"][];
            /** @description The first recipients, at most 10 */
            sample: components["schemas"]["AudienceSampleResponse"][];
        };
        MessageRecipientResponse: {
            email: string;
            language: string;
            lastError?: string | null;
            name: string;
            /** @description Its row in the delivery log */
            notificationId?: string | null;
            /** Format: date-time */
            sentAt?: string | null;
            /** @description held, pending, queued, sending, sent, failed or discarded */
            state: string;
        };
        MessageResponse: {
            audience: components["schemas"]["AudienceDto"];
            content: components["schemas"]["MessageTextDto"][];
            /** Format: date-time */
            createdAt: string;
            id: string;
            recipientCount: number;
            /** Format: date-time */
            sendAt?: string | null;
            /** @enum {string} */
            status: "held" | "scheduled" | "sent" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
        };
        MessageSettingsDto: {
            /** @description Whether the event’s staff may send messages (organisers always may) */
            staffMaySend: boolean;
        };
        MessageSettingsResponse: {
            staffMaySend: boolean;
        };
        MessageTextDto: {
            /** @description Markdown (raw HTML is shown as text); placeholders such as {{name}} */
            body: string;
            /** @example vi */
            language: string;
            /** @description Plain text; placeholders such as {{name}} are filled per recipient */
            subject: string;
        };
        MySlotEventResponse: {
            name: string;
            slug: string;
            timeZone: string;
        };
        MySlotResponse: {
            end: string;
            event: components["schemas"]["MySlotEventResponse"];
            /** @description Room name */
            room: string | null;
            session: components["schemas"]["MySlotSessionResponse"];
            slides: components["schemas"]["MySlotSlidesResponse"];
            slotId: string;
            /** @description ISO 8601 in the event's time zone */
            start: string;
            title: string;
        };
        MySlotSessionResponse: {
            id: string;
            title: string;
        };
        MySlotSlidesResponse: {
            /** @description null until something is uploaded */
            currentVersion: number | null;
            dueAt: string;
            /** @description Whether everyone may download them once the slot is over */
            public: boolean;
            uploadedAt: string | null;
        };
        NeedCountResponse: {
            /** @description Confirmed delegates with this need */
            confirmed: number;
            /**
             * @description A choice the delegate ticked; "other" for those who also wrote needs in their own words; empty for no special need
             * @example wheelchair
             */
            need: string;
        };
        NewLinkDto: {
            email: string;
        };
        NominationAdminResponse: {
            city: string;
            cityId: string;
            commissionId: string;
            contactEmail: string;
            contactLanguage: string;
            contactName: string;
            country: string;
            createdAt: string;
            documents: components["schemas"]["DossierDocumentResponse"][];
            id: string;
            /** @description The nominating National Commission’s name */
            nominatingBody: string;
            region: string;
            roundId: string;
            summary: string;
            winner: boolean;
        };
        NominationResponse: {
            city: string;
            cityId: string;
            commissionId: string;
            country: string;
            createdAt: string;
            documents: components["schemas"]["DossierDocumentResponse"][];
            id: string;
            /** @description The nominating National Commission’s name */
            nominatingBody: string;
            region: string;
            roundId: string;
            summary: string;
        };
        NominationScoresResponse: {
            city: string;
            country: string;
            /** @description Every juror who scored the nomination, by name */
            jurors: components["schemas"]["JurorScoresResponse"][];
            nominationId: string;
        };
        NotificationHoldsDto: {
            /**
             * @description Kinds held for review before sending
             * @example [
             *       "role-granted"
             *     ]
             */
            kinds: string[];
        };
        NotificationLogResponse: {
            /** @description Count per state for the whole event */
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["NotificationResponse"][];
            total: number;
        };
        NotificationResponse: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            failedAt?: string | null;
            id: string;
            kind: string;
            language: string;
            lastError?: string | null;
            /** Format: date-time */
            queuedAt?: string | null;
            recipientEmail: string;
            recipientName: string;
            resentFrom?: string | null;
            /**
             * Format: date-time
             * @description Not sent before this time (reminders)
             */
            sendAfter?: string | null;
            /** Format: date-time */
            sentAt?: string | null;
            smtpMessageId?: string | null;
            /** @enum {string} */
            state: "held" | "pending" | "queued" | "sending" | "sent" | "failed" | "discarded";
            subjectOverride?: string | null;
            textOverride?: string | null;
        };
        NotShortlistedDto: {
            /** @description Why, for the city, its Commission and the record */
            note: string;
        };
        OrganiserUpdateRegistrationDto: {
            accessibilityChoices?: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            accessibilityNeeds?: string;
            /**
             * @description Code of a registration category of the event
             * @example press
             */
            category?: string;
            /** @example Hà Nội */
            city?: string;
            /** @example VN */
            country?: string;
            /** @description What the caterer counts; kept after the sweep */
            dietaryChoices?: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            dietaryNeeds?: string;
            /** @example Nguyễn Thị Lan */
            fullName?: string;
            /**
             * @description One of the languages Plenary is shipped in whole (UI, mail, documents)
             * @example vi
             * @enum {string}
             */
            language?: "en" | "th" | "vi";
            /** @example Hanoi Department of Education and Training */
            organisation?: string;
            /** @description Honorific, and passport details when a visa letter is asked for */
            protocol?: components["schemas"]["ProtocolDetailsDto"];
            /** @example Deputy Director */
            title?: string;
            /** @default false */
            visaLetterNeeded: boolean;
        };
        PassportAccessListResponse: {
            items: components["schemas"]["PassportAccessResponse"][];
        };
        PassportAccessResponse: {
            /** @enum {string} */
            action: "view" | "export" | "letter" | "download" | "erase";
            /** @enum {string} */
            actor: "organiser" | "delegate" | "retention";
            /** @description The organiser’s email */
            actorEmail?: string | null;
            /** Format: date-time */
            at: string;
            delegate?: string | null;
            detail: string;
            id: string;
        };
        PasswordResetConfirmDto: {
            password: string;
            /** @description The token from the link in the mail */
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example nguyen.thi.lan@hanoi.gov.vn */
            email: string;
        };
        PasswordResetRequestedResponse: {
            /** @description Always true: the answer does not tell whether the email has an account */
            accepted: boolean;
        };
        PersonCityResponse: {
            country: string;
            id: string;
            name: string;
        };
        PersonResponse: {
            cities: components["schemas"]["PersonCityResponse"][];
            displayName: string;
            email: string;
            roles: ("organiser" | "staff" | "delegate" | "speaker" | "juror" | "representative" | "commission")[];
            userId: string;
        };
        ProgrammeImportResponse: {
            /** @description Sessions imported */
            sessions: number;
            /** @description Slots imported */
            slots: number;
        };
        ProgrammePreviewResponse: {
            changelog: components["schemas"]["ChangelogEntryResponse"][];
            nextVersion: number;
        };
        ProgrammeWarningResponse: {
            /** @description The figures and names the message is made of (speaker, first, second, title, seatLimit, room, capacity, count) */
            data: {
                [key: string]: string | number;
            };
            /** @enum {string} */
            kind: "speaker-room-change" | "seat-limit-above-capacity" | "agenda-overlap" | "no-chair" | "speaker-unavailable";
            /** @description In English; a page words it from kind and data */
            message: string;
            sessionIds: string[];
        };
        ProtocolDetailsDto: {
            /**
             * @description The embassy or consulate the letter is addressed to
             * @example Embassy of the Kingdom of Thailand, Hanoi
             */
            consulate?: string;
            /**
             * Format: date
             * @example 1980-04-12
             */
            dateOfBirth?: string;
            /**
             * @description Empty for none
             * @enum {string}
             */
            honorific?: "" | "H.E." | "Hon." | "Dr" | "Prof." | "Mr" | "Ms" | "Mrs" | "Mx";
            /**
             * @description ISO 3166-1 alpha-2 code of the passport’s country
             * @example VN
             */
            nationality?: string;
            /**
             * Format: date
             * @example 2032-01-31
             */
            passportExpiry?: string;
            /**
             * @description Exactly as in the passport
             * @example NGUYEN THI LAN
             */
            passportName?: string;
            /** @example C1234567 */
            passportNumber?: string;
        };
        ProtocolDetailsResponse: {
            consulate?: string | null;
            /** Format: date */
            dateOfBirth?: string | null;
            /**
             * Format: date-time
             * @description When passport data and free-text needs were erased
             */
            erasedAt?: string | null;
            /** @enum {string} */
            honorific: "" | "H.E." | "Hon." | "Dr" | "Prof." | "Mr" | "Ms" | "Mrs" | "Mx";
            nationality?: string | null;
            /** Format: date */
            passportExpiry?: string | null;
            passportName?: string | null;
            passportNumber?: string | null;
        };
        PublicGnlcMemberResponse: {
            admittedOn: string;
            city: string;
            country: string;
            year: number;
        };
        PublicSlidesResponse: {
            /** @enum {string} */
            extension: "pdf" | "pptx" | "ppt" | "key" | "odp";
            /** @example Nguyen-Thi-Lan-Learning-cities.pdf */
            fileName: string;
            /** @description Download at /events/{slug}/slots/{slotId}/slides/current */
            slotId: string;
            speakers: string[];
            title: string;
        };
        PublicSpeakerResponse: {
            /** @description Per language code */
            biography: {
                [key: string]: string;
            };
            /** @description GET /speakers/{userId}/photo has it */
            hasPhoto: boolean;
            name: string;
            organisation: string;
            /** @description Sessions of the published programme they speak in, in start order */
            sessionIds: string[];
            title: string;
            userId: string;
        };
        PublicWinner: {
            city: string;
            country: string;
            region: string;
            regionName: string;
        };
        PublicWinnersResponse: {
            name: string;
            releasedAt: string;
            roundId: string;
            winners: components["schemas"]["PublicWinner"][];
            year: number;
        };
        PublishedVersionResponse: {
            /** @description What changed since the version before */
            changelog: components["schemas"]["ChangelogEntryResponse"][];
            publishedAt: string;
            /** @example 2 */
            version: number;
        };
        QuestionChoiceDto: {
            /**
             * @description Stable key stored in answers (a-z, 0-9, _ and -)
             * @example vegetarian
             */
            key: string;
            /**
             * @description The choice as shown, per event language
             * @example {
             *       "en": "Dietary needs",
             *       "vi": "Nhu cầu ăn uống"
             *     }
             */
            labels: {
                [key: string]: string;
            };
        };
        QuestionChoiceResponse: {
            key: string;
            /**
             * @example {
             *       "en": "Dietary needs",
             *       "vi": "Nhu cầu ăn uống"
             *     }
             */
            labels: {
                [key: string]: string;
            };
        };
        QuestionConditionDto: {
            /**
             * Format: uuid
             * @description The question whose answer decides
             */
            questionId: string;
            /**
             * @description A choice key, or "yes"/"no" for a yes/no question
             * @example yes
             */
            value: string;
        };
        QuestionConditionResponse: {
            /** Format: uuid */
            questionId: string;
            value: string;
        };
        QuestionResponse: {
            /** @description Category codes; empty: every category */
            categories: string[];
            choices: components["schemas"]["QuestionChoiceResponse"][];
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "en": "Dietary needs",
             *       "vi": "Nhu cầu ăn uống"
             *     }
             */
            labels: {
                [key: string]: string;
            };
            position: number;
            required: boolean;
            shownWhen: components["schemas"]["QuestionConditionResponse"] | null;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "date" | "single_choice" | "multiple_choice" | "yes_no" | "country" | "file";
        };
        RankedNomination: {
            city: string;
            /** @description When the winner was confirmed */
            confirmedAt: string | null;
            /** @description Who confirmed the winner (their name) */
            confirmedBy: string | null;
            country: string;
            jurors: number;
            nominationId: string;
            rank: number;
            /** @description Within the region's quota by rank */
            shortlisted: boolean;
            submittedAt: string;
            /** @description Σ(score × weight) / Σ(weight) over every score given, to 3 decimals; null when unscored */
            weightedMean: number | null;
            winner: boolean;
        };
        RegionQuotaDto: {
            /**
             * @description Most winners in this region; null returns the region to the round’s default quota
             * @example 2
             */
            quota: number | null;
            /**
             * @example arab-states
             * @enum {string}
             */
            region: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
        };
        RegionQuotaResponse: {
            quota: number;
            /** @enum {string} */
            region: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
        };
        RegionResult: {
            nominations: components["schemas"]["RankedNomination"][];
            quota: number;
            region: string;
            regionName: string;
            winners: number;
        };
        RegisterDto: {
            accessibilityChoices?: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            accessibilityNeeds?: string;
            /**
             * @description Answers by question id: text, long_text, date ("YYYY-MM-DD"), single_choice (a key) and country (ISO code) as strings; number as a number; yes_no as a boolean; multiple_choice as an array of keys; null clears. A file answer is uploaded from the private link.
             * @example {
             *       "6f1c…": "vegetarian"
             *     }
             */
            answers?: {
                [key: string]: unknown;
            };
            /**
             * @description Code of a registration category of the event
             * @example delegate
             */
            category: string;
            /** @example Hà Nội */
            city?: string;
            consent: components["schemas"]["ConsentDto"];
            /** @example VN */
            country: string;
            /** @description What the caterer counts; kept after the sweep */
            dietaryChoices?: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            dietaryNeeds?: string;
            /** @example lan.nguyen@hanoi.gov.vn */
            email: string;
            /** @example Nguyễn Thị Lan */
            fullName: string;
            /**
             * @description One of the languages Plenary is shipped in whole (UI, mail, documents)
             * @example vi
             * @enum {string}
             */
            language: "en" | "th" | "vi";
            /** @example Hanoi Department of Education and Training */
            organisation?: string;
            /** @description Honorific, and passport details when a visa letter is asked for */
            protocol?: components["schemas"]["ProtocolDetailsDto"];
            /** @example Deputy Director */
            title?: string;
            /** @default false */
            visaLetterNeeded: boolean;
        };
        RegistrationAnswersResponse: {
            answers: components["schemas"]["AnswerResponse"][];
            /** Format: date-time */
            answersDeadline: string | null;
            /** @description Whether the delegate may still change the answers */
            editable: boolean;
            /** @description The questions for this registration’s category, in order */
            questions: components["schemas"]["QuestionResponse"][];
            /** Format: uuid */
            registrationId: string;
        };
        RegistrationChangeResponse: {
            /**
             * @description A signed-in user, the delegate through their link, or the system (a promotion, a lapsed offer)
             * @enum {string}
             */
            actorKind: "user" | "delegate" | "system";
            actorName?: string | null;
            /** Format: date-time */
            at: string;
            /** @description The fields an edit changed */
            fields: string[];
            /** @enum {string|null} */
            fromState?: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected" | null;
            /** @enum {string} */
            kind: "created" | "state" | "edited";
            /** @enum {string} */
            toState: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
        };
        RegistrationCountsResponse: {
            /**
             * @example {
             *       "delegate": 100,
             *       "press": 12
             *     }
             */
            byCategory: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "VN": 80,
             *       "TH": 20
             *     }
             */
            byCountry: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "confirmed": 120,
             *       "waitlisted": 8
             *     }
             */
            byState: {
                [key: string]: number;
            };
            /** @description Registrations per day, in date order */
            perDay: components["schemas"]["DayCountResponse"][];
        };
        RegistrationEventResponse: {
            /** Format: date */
            endDate: string;
            name: string;
            /** @example aseanplus3-learning-cities-2024 */
            slug: string;
            /** Format: date */
            startDate: string;
            /** @example Asia/Bangkok */
            timeZone: string;
        };
        RegistrationFormResponse: {
            /** Format: date-time */
            answersDeadline: string | null;
            /** @description The event’s languages, the first being the one every label has */
            languages: string[];
            questions: components["schemas"]["QuestionResponse"][];
        };
        RegistrationFormSettingsDto: {
            /**
             * Format: date-time
             * @description Until when delegates may change their answers; null: as long as the registration lives
             */
            answersDeadline: string | null;
        };
        RegistrationHistoryResponse: {
            /** @description Oldest first */
            changes: components["schemas"]["RegistrationChangeResponse"][];
            /** @description Oldest first */
            mails: components["schemas"]["RegistrationMailResponse"][];
        };
        RegistrationListResponse: {
            items: components["schemas"]["RegistrationRowResponse"][];
            /** @description Matching registrations in all pages */
            total: number;
        };
        RegistrationMailResponse: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @example registration-confirmed */
            kind: string;
            recipientEmail: string;
            /** Format: date-time */
            sentAt?: string | null;
            /** @example sent */
            state: string;
        };
        RegistrationResponse: {
            accessibilityChoices: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            accessibilityNeeds: string;
            /** @description Only once confirmed */
            badgeCode?: string | null;
            category: string;
            city: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            delegationId?: string | null;
            dietaryChoices: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            dietaryNeeds: string;
            email: string;
            fullName: string;
            id: string;
            isDelegationHead: boolean;
            language: string;
            /** Format: date-time */
            offerExpiresAt?: string | null;
            organisation: string;
            /** @enum {string} */
            state: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
            title: string;
            visaLetterNeeded: boolean;
            /** @description Place on the waiting list (1 = next) */
            waitlistPosition?: number | null;
        };
        RegistrationRowResponse: {
            accessibilityChoices: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            accessibilityNeeds: string;
            /** @description Custom answers by question id; a file answer is its file name */
            answers: {
                [key: string]: unknown;
            };
            badgeCode: string;
            /** @description Category code */
            category: string;
            /** @description Days checked in, as dates in the event’s zone */
            checkedInDays: string[];
            city: string;
            /** @example VN */
            country: string;
            /** Format: date-time */
            createdAt: string;
            delegationCity: string | null;
            delegationId: string | null;
            dietaryChoices: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            dietaryNeeds: string;
            email: string;
            fullName: string;
            id: string;
            isDelegationHead: boolean;
            language: string;
            organisation: string;
            /** @enum {string} */
            state: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
            title: string;
            visaLetterNeeded: boolean;
        };
        RegistrationSettingsDto: {
            /** @default false */
            approvalRequired: boolean;
            /** @example 200 */
            capacity: number;
            /**
             * Format: date-time
             * @example 2024-10-15T23:59:59+07:00
             */
            closesAt: string;
            /**
             * @description Hours a delegate has to accept an offered place
             * @default 48
             */
            offerHours: number;
            /**
             * Format: date-time
             * @example 2024-08-01T00:00:00+07:00
             */
            opensAt: string;
            /** @default 1 */
            privacyNoticeVersion: string;
            /**
             * @description How a freed place reaches the waiting list
             * @default automatic
             * @enum {string}
             */
            promotion: "automatic" | "offer";
        };
        RegistrationSettingsResponse: {
            /** @default false */
            approvalRequired: boolean;
            /** @example 200 */
            capacity: number;
            /**
             * Format: date-time
             * @example 2024-10-15T23:59:59+07:00
             */
            closesAt: string;
            confirmedCount: number;
            /**
             * @description Hours a delegate has to accept an offered place
             * @default 48
             */
            offerHours: number;
            open: boolean;
            /**
             * Format: date-time
             * @example 2024-08-01T00:00:00+07:00
             */
            opensAt: string;
            /** @default 1 */
            privacyNoticeVersion: string;
            /**
             * @description How a freed place reaches the waiting list
             * @default automatic
             * @enum {string}
             */
            promotion: "automatic" | "offer";
        };
        RehearsalClearedResponse: {
            /** @description Practice scans removed */
            cleared: number;
        };
        ReleaseMessageDto: {
            /**
             * Format: date-time
             * @description Send at this time instead of now
             */
            sendAt?: string;
        };
        ReleaseResultResponse: {
            /** @description Nominated cities whose contact is told the outcome */
            notified: number;
            /** @description When the winners are (or were) released */
            releasedAt: string;
        };
        ReleaseRoundDto: {
            /**
             * Format: date-time
             * @description Release at this time (the ceremony); now if omitted
             */
            at?: string;
        };
        ReminderListResponse: {
            items: components["schemas"]["ReminderResponse"][];
        };
        ReminderResponse: {
            /** @enum {string} */
            anchor: "start" | "end";
            audience: components["schemas"]["AudienceDto"];
            content: components["schemas"]["MessageTextDto"][];
            /**
             * Format: date-time
             * @description When it goes out, from the event’s current dates and time zone
             */
            dueAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The message it became (null before, or when nobody matched)
             */
            messageId: string | null;
            offsetDays: number;
            /** @example 09:00 */
            sendTime: string;
            /**
             * Format: date-time
             * @description When it went out; null until then
             */
            sentAt: string | null;
        };
        RenderedMessageResponse: {
            /** @description The body as the mail shows it (safe HTML) */
            html: string;
            language: string;
            subject: string;
            text: string;
        };
        ReorderQuestionsDto: {
            /** @description Every question of the event, in the new order */
            ids: string[];
        };
        RepresentativeResponse: {
            city: string;
            cityId: string;
            country: string;
            displayName: string;
            userId: string;
        };
        ReprintBadgeDto: {
            /** @example K7M2QX9PLA */
            badgeCode: string;
            /**
             * @description The desk that prints it, kept with the reprint
             * @example Desk B
             */
            desk?: string;
        };
        RequiredDocumentDto: {
            /** @description For a file: the types accepted, told from the content */
            fileTypes?: ("pdf" | "png" | "jpeg")[];
            /**
             * @description A file of one of `fileTypes`, or a link (videos)
             * @enum {string}
             */
            kind: "file" | "link";
            /**
             * @description In the event’s first language
             * @example Application form signed by the mayor
             */
            label: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "label": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    label?: string;
                };
            };
        };
        RequiredDocumentResponse: {
            fileTypes: ("pdf" | "png" | "jpeg")[];
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description In the language read (?language=), else the event’s first */
            label: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "label": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    label?: string;
                };
            };
        };
        RetriedResponse: {
            retried: number;
        };
        ReturnApplicationDto: {
            /** @description What the city must change */
            note: string;
        };
        RoleInvitationResponse: {
            city: string | null;
            cityId: string | null;
            createdAt: string;
            email: string;
            expiresAt: string;
            id: string;
            language: string;
            name: string;
            /** @enum {string} */
            role: "organiser" | "staff" | "speaker" | "juror" | "representative";
        };
        RoleInvitationViewResponse: {
            /** @description True: the email has an account that signs in, so accepting needs it (signed in, or its password); false: a name and a new password (an account made without a password gets this one) */
            accountExists: boolean;
            city: string | null;
            email: string;
            eventName: string;
            eventSlug: string;
            expiresAt: string;
            name: string;
            /** @enum {string} */
            role: "organiser" | "staff" | "speaker" | "juror" | "representative";
        };
        RoleOnEvent: {
            eventSlug: string;
            /** @enum {string} */
            role: "organiser" | "staff" | "delegate" | "speaker" | "juror" | "representative" | "commission";
        };
        RoomAccessResponse: {
            interpretation: components["schemas"]["InterpretationChannelDto"][];
            roomId: string;
            streamUrl: string | null;
        };
        RoomingBlockResponse: {
            /** Format: date */
            checkIn: string;
            /** Format: date */
            checkOut: string;
            guests: components["schemas"]["RoomingGuestResponse"][];
            hotel: string;
            /** Format: uuid */
            id: string;
            nights: number;
            note: string;
            roomsAvailable: number;
            roomsBooked: number;
            roomsLeft: number;
            roomType: string;
        };
        RoomingGuestResponse: {
            /** Format: date-time */
            bookedAt: string;
            country: string;
            delegation: string | null;
            email: string;
            fullName: string;
            /** Format: uuid */
            registrationId: string;
        };
        RoomingListResponse: {
            blocks: components["schemas"]["RoomingBlockResponse"][];
        };
        RoomResponse: {
            capacity: number;
            id: string;
            locationNote: string;
            name: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "locationNote": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    locationNote?: string;
                    name?: string;
                };
            };
        };
        RoundResponse: {
            /** @description The judging deadline has passed: scores are final and visible to every juror */
            closed: boolean;
            criteria: components["schemas"]["CriterionResponse"][];
            description: string;
            id: string;
            judgingDeadline: string;
            /** @description In the language read (?language=), else the event’s first */
            name: string;
            nominationDeadline: string;
            /** @description Regions whose quota differs from rules.regionQuota */
            regionQuotas: components["schemas"]["RegionQuotaResponse"][];
            /** @description When the winners are (or will be) public */
            releasedAt: string | null;
            rules: components["schemas"]["RoundRulesResponse"];
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    description?: string;
                    name?: string;
                };
            };
            year: number;
        };
        RoundResultsResponse: {
            closed: boolean;
            regions: components["schemas"]["RegionResult"][];
            releasedAt: string | null;
            /** @description Who released the results (their name) */
            releasedBy: string | null;
            roundId: string;
        };
        RoundRulesDto: {
            /**
             * @description Only members of the UNESCO Global Network of Learning Cities may be nominated
             * @default true
             */
            gnlcMembershipRequired: boolean;
            /**
             * @description Months of GNLC membership by the nomination deadline, counted from the end of the year joined (only the year is recorded)
             * @example 12
             */
            gnlcMinMembershipMonths?: number | null;
            /**
             * @description Nominations each nominating body (a National Commission) may make
             * @example 2
             */
            maxNominationsPerBody?: number | null;
            /**
             * @description Most winners in the round worldwide (null: only the per-region quotas)
             * @example 10
             */
            maxWinners?: number | null;
            /**
             * @description Most winners per country (null: no limit)
             * @default 1
             * @example 1
             */
            maxWinnersPerCountry: number | null;
            /** @example 10000 */
            minPopulation?: number | null;
            /**
             * @description Most winners per UNESCO region
             * @default 6
             */
            regionQuota: number;
            /**
             * @description A city awarded in this many years before the round year may not be nominated
             * @example 6
             */
            yearsSinceLastAward?: number | null;
        };
        RoundRulesResponse: {
            gnlcMembershipRequired: boolean;
            gnlcMinMembershipMonths: number | null;
            maxNominationsPerBody: number | null;
            maxWinners: number | null;
            maxWinnersPerCountry: number | null;
            minPopulation: number | null;
            /** @description The default quota of winners per region */
            regionQuota: number;
            yearsSinceLastAward: number | null;
        };
        RunOfShowCityResponse: {
            country: string;
            id: string;
            name: string;
        };
        RunOfShowDto: {
            items: components["schemas"]["CeremonyItemDto"][];
        };
        RunOfShowItemResponse: {
            avCue: string;
            /** @description The city awarded, or the cities recognised */
            cities: components["schemas"]["RunOfShowCityResponse"][];
            durationMinutes: number;
            end: string;
            /** @enum {string} */
            kind: "award" | "recognition" | "membership";
            nominationId: string | null;
            notes: string;
            onStage: string;
            /** @description The organiser’s own title in the event’s first language, as entered; empty when the item is named from what it presents */
            ownTitle: string;
            position: number;
            presenter: string;
            recipient: string;
            /** @description Local time in the event zone */
            start: string;
            /** @description In the language read, else the event’s first */
            title: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        RunOfShowResponse: {
            end: string;
            items: components["schemas"]["RunOfShowItemResponse"][];
            minutesAvailable: number;
            minutesUsed: number;
            sessionId: string;
            start: string;
            timeZone: string;
            title: string;
        };
        SaveAnswersDto: {
            /**
             * @description Answers by question id: text, long_text, date ("YYYY-MM-DD"), single_choice (a key) and country (ISO code) as strings; number as a number; yes_no as a boolean; multiple_choice as an array of keys; null clears. A file answer is uploaded from the private link.
             * @example {
             *       "6f1c…": "vegetarian"
             *     }
             */
            answers: {
                [key: string]: unknown;
            };
        };
        ScheduleBodyResponse: {
            /** @description acronym, title, start, end, daysCount, timeslot_duration, time_zone_name, url, tracks, rooms, and days → rooms → events, as the c3voc schema names them */
            conference: {
                [key: string]: unknown;
            };
            version: string;
        };
        ScheduleDocumentResponse: {
            /** @example https://c3voc.de/schedule/schema.json */
            $schema: string;
            generator: components["schemas"]["ScheduleGeneratorResponse"];
            schedule: components["schemas"]["ScheduleBodyResponse"];
        };
        ScheduleGeneratorResponse: {
            /** @example Plenary */
            name: string;
        };
        ScoreDto: {
            comment?: string;
            criterionId: string;
            score: number;
        };
        ScoreResponse: {
            comment: string;
            criterion: string;
            criterionId: string;
            /** @description Whose score: the caller, or (once the round is closed) another juror */
            juror: string;
            mine: boolean;
            score: number;
            updatedAt: string;
        };
        SessionAttendanceCount: {
            /** @description Delegates scanned at the door */
            attended: number;
            /** @description Of those scanned, how many had signed up */
            attendedSignedUp: number;
            /** Format: date-time */
            endsAt: string;
            number: number;
            /** @description Scanned at the door beyond the room’s seats (0 when within them or the room is unknown) */
            overCapacity: number;
            room: string | null;
            /** @description Seats in the room */
            roomCapacity: number | null;
            /** @description Sign-ups allowed; null: no limit */
            seatLimit: number | null;
            /** Format: uuid */
            sessionId: string;
            /** @description Delegates signed up (not the waiting list) */
            signedUp: number;
            /** Format: date-time */
            startsAt: string;
            title: string;
        };
        SessionAttendanceListResponse: {
            /** @description Every session of the event, by start */
            items: components["schemas"]["SessionAttendanceCount"][];
        };
        SessionAttendanceResponse: {
            /** @description null: no limit */
            seatLimit?: number | null;
            /** @description null: no limit */
            seatsFree?: number | null;
            seatsTaken: number;
            sessionId: string;
            /** @description Delegates signed up (rows; equals seatsTaken) */
            signedUp: number;
            /** @description Length of the waiting list */
            waitlisted: number;
        };
        SessionPlaceResponse: {
            /** @description UTC instant */
            end: string;
            roomId: string | null;
            /** @description Speaker user ids, when the speakers changed */
            speakers?: string[];
            /** @description UTC instant */
            start: string;
        };
        SessionResponse: {
            abstract: {
                [key: string]: string;
            };
            chairs: string[];
            end: string;
            id: string;
            /** @description Registered delegates only */
            interpretation: components["schemas"]["InterpretationChannelDto"][];
            /**
             * @example [
             *       "vi",
             *       "en"
             *     ]
             */
            languages: string[];
            number: number;
            roomId: string | null;
            seatLimit: number | null;
            slots: components["schemas"]["SlotResponse"][];
            /** @description ISO 8601 with the event offset */
            start: string;
            /** @description Registered delegates only */
            streamUrl: string | null;
            title: {
                [key: string]: string;
            };
            trackId: string | null;
            /** @enum {string} */
            type: "plenary" | "parallel" | "workshop" | "panel" | "ceremony" | "break" | "social";
        };
        SetGnlcIntakeDto: {
            members: components["schemas"]["GnlcNewMemberDto"][];
            /**
             * @description Minutes each city’s recognition takes in the run of show (default 3)
             * @example 3
             */
            minutesPerCity?: number;
            /** @description The ceremony session at which the new members are recognised: one run-of-show item per city */
            sessionId?: string;
        };
        SetLanguageDto: {
            /**
             * @description The language of the pages and of the messages this user receives
             * @example vi
             * @enum {string}
             */
            language: "en" | "th" | "vi";
        };
        SetRequiredDocumentsDto: {
            items: components["schemas"]["RequiredDocumentDto"][];
        };
        SetSignatoriesDto: {
            /** @description In the order they sign, at most four */
            signatories: components["schemas"]["SignatoryDto"][];
        };
        SetSlidesPublicDto: {
            /** @description Anyone may download the current slides once the slot is over */
            public: boolean;
        };
        SetUnavailableTimesDto: {
            /** @description Every time the speaker cannot speak; replaces the list */
            times: components["schemas"]["UnavailableTimeDto"][];
        };
        SignatoryDto: {
            /** @description An existing signatory kept (with their signature image); absent for a new one */
            id?: string;
            /** @example David Atchoarena */
            name: string;
            /** @example Director, UNESCO Institute for Lifelong Learning */
            title: string;
        };
        SignatoryResponse: {
            hasSignature: boolean;
            id: string;
            name: string;
            position: number;
            title: string;
        };
        SignUpForSessionDto: {
            /**
             * Format: uuid
             * @description A session of the event of this registration
             */
            sessionId: string;
        };
        SlideVersionResponse: {
            /** @description The latest version is the current one */
            current: boolean;
            /** @enum {string} */
            extension: "pdf" | "pptx" | "ppt" | "key" | "odp";
            /**
             * @description Detected from the content
             * @example application/pdf
             */
            mediaType: string;
            /** @description SHA-256 of the stored bytes, hex */
            sha256: string;
            /** @description Bytes */
            size: number;
            uploadedAt: string;
            /** @description User id of the uploader */
            uploadedBy: string | null;
            /** @example 2 */
            version: number;
        };
        SlotResponse: {
            end: string;
            id: string;
            speakers: components["schemas"]["SlotSpeakerResponse"][];
            /** @description ISO 8601 with the event offset */
            start: string;
            /** @description In the event’s first language */
            title: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        SlotSlideStatusResponse: {
            /** @description null: no slides yet */
            currentVersion: number | null;
            public: boolean;
            slotId: string;
            speakers: string[];
            start: string;
            title: string;
            /** @description When the current version was uploaded; null: no slides yet */
            uploadedAt: string | null;
        };
        SlotSpeakerResponse: {
            name: string;
            userId: string;
        };
        SpeakerProfileResponse: {
            biography: {
                [key: string]: string;
            };
            city: string;
            country: string;
            hasPhoto: boolean;
            name: string;
            organisation: string;
            title: string;
            userId: string;
        };
        SpeakerSettingsDto: {
            /**
             * @description Slides are due this many hours before each slot's start (0–2160)
             * @example 48
             */
            slidesDueHoursBefore: number;
        };
        SpeakerUnavailabilityResponse: {
            times: components["schemas"]["UnavailableTimeResponse"][];
            userId: string;
        };
        StageNoteDto: {
            /** @description Why, for the next party and the record */
            note?: string;
        };
        StageTransitionResponse: {
            at: string;
            /** @description Who made the change */
            by: string | null;
            /** @enum {string|null} */
            from: "draft" | "submitted" | "returned" | "endorsed" | "shortlisted" | "not_shortlisted" | null;
            note: string;
            /** @enum {string} */
            to: "draft" | "submitted" | "returned" | "endorsed" | "shortlisted" | "not_shortlisted";
        };
        SubmitScoresDto: {
            scores: components["schemas"]["ScoreDto"][];
        };
        TimetableDayResponse: {
            /** @example 2024-10-29 */
            date: string;
            rooms: components["schemas"]["TimetableRoomResponse"][];
        };
        TimetableEventResponse: {
            languages: string[];
            name: string;
            slug: string;
        };
        TimetableResponse: {
            days: components["schemas"]["TimetableDayResponse"][];
            event: components["schemas"]["TimetableEventResponse"];
            publishedAt: string;
            /** @example Asia/Ho_Chi_Minh */
            timeZone: string;
            tracks: components["schemas"]["TimetableTrackResponse"][];
            version: number;
        };
        TimetableRoomResponse: {
            capacity: number | null;
            /** @description null for sessions without a room */
            id: string | null;
            /**
             * @description Where it is, in the event's first language
             * @example Level 2, east wing
             */
            locationNote: string | null;
            name: string | null;
            sessions: components["schemas"]["TimetableSessionResponse"][];
        };
        TimetableSessionResponse: {
            abstract: {
                [key: string]: string;
            };
            chairs: string[];
            /** @description The title in the first of the event’s languages that has one */
            displayTitle: string;
            end: string;
            id: string;
            /**
             * @description Languages interpreted into; how to listen is for registered delegates only
             * @example [
             *       "th"
             *     ]
             */
            interpretedInto: string[];
            /**
             * @description Languages it is spoken in (ISO 639-1)
             * @example [
             *       "vi",
             *       "en"
             *     ]
             */
            languages: string[];
            seatLimit: number | null;
            slots: components["schemas"]["TimetableSlotResponse"][];
            /** @example 2024-10-29T09:00:00+07:00 */
            start: string;
            title: {
                [key: string]: string;
            };
            track: components["schemas"]["TimetableTrackResponse"] | null;
            /** @enum {string} */
            type: "plenary" | "parallel" | "workshop" | "panel" | "ceremony" | "break" | "social";
        };
        TimetableSlotResponse: {
            end: string;
            id: string;
            speakers: components["schemas"]["SlotSpeakerResponse"][];
            /** @example 2024-10-29T09:00:00+07:00 */
            start: string;
            /** @description In the event’s first language; the reader’s own in translations where given */
            title: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        TimetableTrackResponse: {
            /** @example #2f6fdf */
            colour: string;
            id: string;
            name: string;
        };
        TrackResponse: {
            colour: string;
            id: string;
            name: string;
            /**
             * @description Text in the event's other languages as entered, for editing
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        TransferManifestResponse: {
            /** @enum {string} */
            direction: "arrival" | "departure";
            windowMinutes: number;
            windows: components["schemas"]["TransferWindowResponse"][];
        };
        TransferPassengerResponse: {
            /** @description Local time at the airport */
            at: string;
            country: string;
            delegation: string | null;
            flight: string;
            fullName: string;
            /** Format: uuid */
            registrationId: string;
        };
        TransferWindowResponse: {
            airport: string;
            /** @description Start of the window, local time at the airport */
            from: string;
            passengers: components["schemas"]["TransferPassengerResponse"][];
            /** @description End of the window (exclusive) */
            to: string;
        };
        TravelPlanDto: {
            /** @example BKK */
            arrivalAirport?: string;
            /**
             * @description Local time at the airport, as the ticket prints it
             * @example 2024-10-28T14:35
             */
            arrivalAt?: string | null;
            /** @example VN615 */
            arrivalFlight?: string;
            /** @example BKK */
            departureAirport?: string;
            /** @example 2024-10-31T11:10 */
            departureAt?: string | null;
            /** @example VN614 */
            departureFlight?: string;
            /**
             * @description Whether the delegate wants the organisers’ airport transfer
             * @default true
             */
            needsTransfer: boolean;
        };
        TravelPlanResponse: {
            arrivalAirport: string;
            arrivalAt: string | null;
            arrivalFlight: string;
            departureAirport: string;
            departureAt: string | null;
            departureFlight: string;
            needsTransfer: boolean;
            /** Format: uuid */
            registrationId: string;
        };
        UnavailableTimeDto: {
            /** @example 2024-10-29T18:00 */
            end: string;
            /**
             * @description In the event's time zone unless an offset is given
             * @example 2024-10-29T14:00
             */
            start: string;
        };
        UnavailableTimeResponse: {
            /** @description ISO 8601 with the event offset */
            end: string;
            /** @description ISO 8601 with the event offset */
            start: string;
        };
        UnsubscribeResponse: {
            /**
             * @description The recipient, partly hidden
             * @example la…@hanoi.test
             */
            email: string;
            /** @description The event the messages come from; null for messages about no event */
            eventName: string | null;
            /**
             * @description The kind of message the link stops
             * @example event-reminder
             */
            kind: string;
            /** @description Whether messages of this kind are already stopped */
            optedOut: boolean;
        };
        UpdateApplicationDto: {
            summary: string;
        };
        UpdateCategoryDto: {
            /** @example City delegate */
            name?: string;
            /**
             * @description null removes the quota
             * @example 150
             */
            quota?: number | null;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        UpdateCommissionDto: {
            /** @example Viet Nam National Commission for UNESCO */
            name?: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        UpdateEventDto: {
            /** @example Bangkok */
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example TH
             */
            country?: string;
            description?: string;
            /**
             * Format: date
             * @example 2024-10-30
             */
            endDate?: string;
            /**
             * @description Languages offered, as ISO 639-1 codes
             * @example [
             *       "en",
             *       "vi"
             *     ]
             */
            languages?: string[];
            /** @example ASEAN+3 Regional Conference on Learning Cities */
            name?: string;
            /** @example UNESCO Bangkok */
            organiser?: string;
            /**
             * @description Lower-case letters, digits and single hyphens
             * @example aseanplus3-learning-cities-2024
             */
            slug?: string;
            /**
             * Format: date
             * @example 2024-10-29
             */
            startDate?: string;
            /**
             * @description IANA time zone; every time of the event is shown in it
             * @example Asia/Bangkok
             */
            timeZone?: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…",
             *         "venue": "…",
             *         "organiser": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    description?: string;
                    name?: string;
                    organiser?: string;
                    venue?: string;
                };
            };
            /** @example Bangkok Marriott Marquis Queen’s Park */
            venue?: string;
        };
        UpdateEventIdentityDto: {
            /** @example #c9a227 */
            accentColour?: string;
            /**
             * @description Printed at the head of documents; empty: the event’s organiser
             * @example UNESCO Institute for Lifelong Learning
             */
            organiserName?: string;
            /**
             * @description Lower-case #rrggbb
             * @example #1d3557
             */
            primaryColour?: string;
        };
        UpdateHotelBlockDto: {
            /**
             * Format: date
             * @description First night
             * @example 2024-10-28
             */
            checkIn?: string;
            /**
             * Format: date
             * @description The morning the rooms are left
             * @example 2024-10-31
             */
            checkOut?: string;
            /** @example Centara Grand at CentralWorld */
            hotel?: string;
            /** @example Breakfast included; shuttle to the venue at 08:00 */
            note?: string;
            /** @example 40 */
            roomsAvailable?: number;
            /** @example Deluxe twin */
            roomType?: string;
        };
        UpdateMessageDto: {
            audience?: components["schemas"]["AudienceDto"];
            content?: components["schemas"]["MessageTextDto"][];
            /** Format: date-time */
            sendAt?: string;
        };
        UpdateQuestionDto: {
            /**
             * @description Category codes the question is for; none: every category
             * @example [
             *       "delegate"
             *     ]
             */
            categories?: string[];
            /** @description For single and multiple choice: at least two */
            choices?: components["schemas"]["QuestionChoiceDto"][];
            /**
             * @description The question as shown, per event language; the event’s first language is needed
             * @example {
             *       "en": "Dietary needs",
             *       "vi": "Nhu cầu ăn uống"
             *     }
             */
            labels?: {
                [key: string]: string;
            };
            /** @default false */
            required: boolean;
            /** @description Shown only when this other answer has this value */
            shownWhen?: components["schemas"]["QuestionConditionDto"] | null;
        };
        UpdateRegistrationDto: {
            accessibilityChoices?: ("wheelchair" | "sign-language" | "hearing-loop" | "large-print" | "assistance")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            accessibilityNeeds?: string;
            /** @example Hà Nội */
            city?: string;
            /** @example VN */
            country?: string;
            /** @description What the caterer counts; kept after the sweep */
            dietaryChoices?: ("vegetarian" | "vegan" | "halal" | "kosher" | "no-pork" | "no-beef" | "gluten-free" | "lactose-free" | "nut-allergy" | "seafood-allergy")[];
            /** @description Anything the choices do not say; erased by the retention sweep */
            dietaryNeeds?: string;
            /** @example Nguyễn Thị Lan */
            fullName?: string;
            /**
             * @description One of the languages Plenary is shipped in whole (UI, mail, documents)
             * @example vi
             * @enum {string}
             */
            language?: "en" | "th" | "vi";
            /** @example Hanoi Department of Education and Training */
            organisation?: string;
            /** @description Honorific, and passport details when a visa letter is asked for */
            protocol?: components["schemas"]["ProtocolDetailsDto"];
            /** @example Deputy Director */
            title?: string;
            /** @default false */
            visaLetterNeeded: boolean;
        };
        UpdateReminderDto: {
            /**
             * @description Counted from the first day (start) or the last day (end) of the event
             * @enum {string}
             */
            anchor?: "start" | "end";
            audience?: components["schemas"]["AudienceDto"];
            /** @description One per event language; the event's first language is required */
            content?: components["schemas"]["MessageTextDto"][];
            /**
             * @description Days after the anchor day; negative for before (-3: three days before)
             * @example -3
             */
            offsetDays?: number;
            /**
             * @description The time of day in the event’s time zone
             * @example 09:00
             */
            sendTime?: string;
        };
        UpdateRoomDto: {
            /** @example 250 */
            capacity?: number;
            /** @description Shown to registered delegates only */
            interpretation?: components["schemas"]["InterpretationChannelDto"][];
            /**
             * @description Where it is: shown with the room on the public programme
             * @example Level 3, east wing: take the lifts by the registration desk
             */
            locationNote?: string;
            /** @example Grand Ballroom */
            name?: string;
            /**
             * @description Shown to registered delegates only
             * @example https://stream.example.org/opening
             */
            streamUrl?: string | null;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "locationNote": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    locationNote?: string;
                    name?: string;
                };
            };
        };
        UpdateRoundDto: {
            /** @description Replaces the criteria; refused once a score exists */
            criteria?: components["schemas"]["CriterionDto"][];
            /** @example What the jury looks for, in the event’s first language */
            description?: string;
            /** Format: date-time */
            judgingDeadline?: string;
            name?: string;
            /** Format: date-time */
            nominationDeadline?: string;
            /** @description Sets the quota of the regions listed (null returns one to the default); other regions keep theirs. Lowering a region’s quota below its confirmed winners is refused (409). */
            regionQuotas?: components["schemas"]["RegionQuotaDto"][];
            /** @description Only the rules given change; null switches a rule off */
            rules?: components["schemas"]["RoundRulesDto"];
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…",
             *         "description": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    description?: string;
                    name?: string;
                };
            };
        };
        UpdateSessionDto: {
            /**
             * @example {
             *       "en": "Welcome and keynote"
             *     }
             */
            abstract?: {
                [key: string]: string;
            };
            /**
             * @example [
             *       "Dr. Nguyễn Văn A"
             *     ]
             */
            chairs?: string[];
            /** @example 2024-10-29T10:30 */
            end?: string;
            /** @description Shown to registered delegates only */
            interpretation?: components["schemas"]["InterpretationChannelDto"][];
            /**
             * @description Languages the session is spoken in (ISO 639-1), in order
             * @example [
             *       "vi",
             *       "en"
             *     ]
             */
            languages?: string[];
            roomId?: string | null;
            /** @description Defaults to the room's capacity */
            seatLimit?: number;
            /**
             * @description In the event's time zone unless an offset is given
             * @example 2024-10-29T09:00
             */
            start?: string;
            /**
             * @description Shown to registered delegates only
             * @example https://stream.example.org/opening
             */
            streamUrl?: string | null;
            /**
             * @example {
             *       "en": "Opening plenary",
             *       "vi": "Phiên toàn thể khai mạc"
             *     }
             */
            title?: {
                [key: string]: string;
            };
            trackId?: string | null;
            /** @enum {string} */
            type?: "plenary" | "parallel" | "workshop" | "panel" | "ceremony" | "break" | "social";
        };
        UpdateSlotDto: {
            /**
             * @description Minutes
             * @example 20
             */
            durationMinutes?: number;
            /** @description Users with the speaker role on the event */
            speakerIds?: string[];
            /** @example 2024-10-29T14:00 */
            start?: string;
            /** @example Sơn La: a learning city that leaves no one behind */
            title?: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "title": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    title?: string;
                };
            };
        };
        UpdateSpeakerProfileDto: {
            /**
             * @description Short biography per language (up to 2000 characters each)
             * @example {
             *       "en": "Lan leads…",
             *       "vi": "Bà Lan…"
             *     }
             */
            biography?: {
                [key: string]: string;
            };
            /** @example Sơn La */
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            country?: string;
            name?: string;
            /** @example Sơn La Department of Education */
            organisation?: string;
            /** @example Director */
            title?: string;
        };
        UpdateTrackDto: {
            /**
             * @description Hex colour #rrggbb (lower case)
             * @example #1f77b4
             */
            colour?: string;
            /** @example Learning for sustainable cities */
            name?: string;
            /**
             * @description Text in the event's other languages, by ISO 639 code (the plain fields hold its first language); a language the event does not offer is refused (422 LANGUAGE_NOT_OFFERED)
             * @example {
             *       "vi": {
             *         "name": "…"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
        };
        UserResponse: {
            displayName: string;
            email: string;
            id: string;
            isPlatformAdmin: boolean;
            language: string;
        };
        VisaLetterCostDto: {
            /** @enum {string} */
            bears: "delegate" | "organiser" | "shared";
            /**
             * @description Code of a registration category
             * @example delegate
             */
            category: string;
        };
        VisaLetterCostResponse: {
            /** @enum {string} */
            bears: "delegate" | "organiser" | "shared";
            category: string;
            name: string;
        };
        VisaLetterSettingsDto: {
            /** @description Who bears the costs, per category; a category not named: the delegate */
            costs?: components["schemas"]["VisaLetterCostDto"][];
            /**
             * Format: date
             * @description After this day passport data and free-text needs are erased
             */
            retentionDate?: string | null;
            /** @example Nguyễn Văn An */
            signatoryName: string;
            /** @example Director General */
            signatoryTitle: string;
        };
        VisaLetterSettingsResponse: {
            costs: components["schemas"]["VisaLetterCostResponse"][];
            /** Format: date-time */
            erasedAt?: string | null;
            /** @description Free-text needs erased by the retention date */
            erasedNeeds: number;
            /** @description Passport records erased by the retention date */
            erasedPassports: number;
            /** Format: date */
            retentionDate?: string | null;
            signatoryName: string;
            signatoryTitle: string;
        };
        VisaLetterVerificationResponse: {
            code: string;
            /** Format: date */
            endDate: string;
            event: string;
            fullName: string;
            /** Format: date */
            startDate: string;
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
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_setLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetLanguageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSummaryResponse"][];
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CateringController_accessibilityCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_mine: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_list: {
        parameters: {
            query?: {
                country?: string;
                /** @description Cities admitted to the GNLC in this year (YYYY) or month (YYYY-MM): the new members a ceremony recognises */
                gnlcMemberSince?: string;
                /** @description Part of the name, with or without diacritics ("son la" finds "Sơn La") */
                q?: string;
                region?: "africa" | "arab-states" | "asia-pacific" | "europe-north-america" | "latin-america-caribbean";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cityId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cityId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_listRepresentatives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cityId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentativeResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_addRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cityId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRepresentativeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentativeResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_removeRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cityId: string;
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CitiesController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description CSV (UTF-8) with the columns name,country,region,population,gnlc_member_since,last_award_year; empty optional cells are unknown. A city already in the registry (same country and name) is updated. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityImportResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Nothing imported; details list every wrong line */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityImportRejectedResponse"];
                };
            };
        };
    };
    CitiesController_represented: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentativeResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_commissionDesk: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionDeskResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_list: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommissionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commissionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commissionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_addContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commissionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCommissionContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CommissionsController_removeContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commissionId: string;
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GnlcIntakeResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GnlcIntakeResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGnlcIntakeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GnlcIntakeResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_allCertificates: {
        parameters: {
            query?: {
                /** @description Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                slug: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_certificate: {
        parameters: {
            query?: {
                /** @description Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                memberId: string;
                slug: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    JuryController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    JuryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    JuryController_declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DossiersController_jurorDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    JuryController_scores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    JuryController_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_list: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_get: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_forSecretariat: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_downloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                documentId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_removeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                documentId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_endorse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                requirementId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                requirementId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_notShortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotShortlistedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_returnToCity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_shortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignNominationsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResultResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_allCertificates: {
        parameters: {
            query?: {
                /** @description Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_jurors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurorResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_addJuror: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddJurorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurorResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_listNominations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationAdminResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_nominate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNominationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationAdminResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_nomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationAdminResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_certificate: {
        parameters: {
            query?: {
                /** @description Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DossiersController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocumentResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DossiersController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_nominationScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationScoresResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseResultResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_requiredDocuments: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequiredDocumentResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ApplicationsController_setRequiredDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRequiredDocumentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequiredDocumentResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_resultsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResultsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_winners: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicWinnersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmWinnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResultsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AwardRoundsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
                roundId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResultsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgeLayoutController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeLayoutResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgeLayoutController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BadgeLayoutDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeLayoutResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgesController_eventBadges: {
        parameters: {
            query?: {
                /** @description Answer to a custom question: "<questionId>:<value>" (a choice key, yes/no as true/false, or the exact text) */
                answer?: string;
                category?: string;
                checkedIn?: "true" | "false";
                country?: string;
                delegation?: string;
                /** @description CSV only: add the passport columns (recorded in the audit trail) */
                include?: "passport";
                /** @description Search in name, email and organisation */
                q?: string;
                /** @description Badges are printed for confirmed registrations only */
                state?: "confirmed";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CateringController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CateringResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CateringController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CeremoniesController_get: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOfShowResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CeremoniesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunOfShowDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOfShowResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CeremoniesController_pdf: {
        parameters: {
            query?: {
                /** @description Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AttendanceController_eventCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description Already checked in that day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description Checked in now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskSnapshotResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_lookup: {
        parameters: {
            query: {
                /** @description Part of a name (accents and case ignored) or of a badge code */
                q: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInLookupResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_clearRehearsal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RehearsalClearedResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AttendanceController_reprint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReprintBadgeDto"];
            };
        };
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AttendanceController_list: {
        parameters: {
            query?: {
                /** @description The language of the session titles (default: the event’s first that a title has) */
                language?: "en" | "vi" | "th";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAttendanceListResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AttendanceController_csv: {
        parameters: {
            query?: {
                /** @description The language of the session titles (default: the event’s first that a title has) */
                language?: "en" | "vi" | "th";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInSummaryResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CheckInController_sync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskSyncDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskSyncResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationCreatedResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventDuplicationController_duplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    GnlcIntakesController_publicMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicGnlcMemberResponse"][];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotelBlockResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHotelBlockDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotelBlockResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blockId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHotelBlockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotelBlockResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventIdentityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_emblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_setEmblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not a PNG or JPEG image */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_removeEmblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_setSignatories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSignatoriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_signature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signatoryId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventIdentityController_setSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signatoryId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventIdentityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not a PNG or JPEG image */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_pending: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInvitationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToRoleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInvitationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used, expired, revoked or replaced by a newer link */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInvitationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used, expired, revoked or replaced by a newer link */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInvitationViewResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used, expired, revoked or replaced by a newer link */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptRoleInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedRoleInvitationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used, expired, revoked or replaced by a newer link */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MailWordingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailWordingListResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MailWordingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailWordsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailWordingOverrideResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MailWordingsController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shipped words are sent from now on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MailWordingsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                language: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailWordsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailWordingPreviewResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CateringController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CateringResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    CateringController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mealId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageListResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_create: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageDto"];
            };
        };
        responses: {
            /** @description The same key was used before: the message it made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDetailResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseMessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetriedResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComposeMessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePreviewResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSettingsResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    MessagesController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSettingsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventNotificationsController_holds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationHoldsDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventNotificationsController_setHolds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationHoldsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationHoldsDto"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventNotificationsController_log: {
        parameters: {
            query?: {
                kind?: string;
                limit?: number;
                offset?: number;
                /** @description Recipient email (exact, case-insensitive) */
                recipient?: string;
                state?: "held" | "pending" | "queued" | "sending" | "sent" | "failed" | "discarded";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationLogResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventNotificationsController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeldSelectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventNotificationsController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeldSelectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProtocolController_accessLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportAccessListResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPeopleResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ScheduleExportsController_timetable: {
        parameters: {
            query?: never;
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timetable, with ETag and Cache-Control */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimetableResponse"];
                };
            };
            /** @description Unchanged since the ETag given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProgrammeController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePreviewResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProgrammeController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedVersionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProgrammeController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedVersionResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProgrammeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeWarningResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_categories: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_addCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                categoryId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationCountsResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationFormResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationFormSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationFormResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_reorder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderQuestionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationSettingsResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_setSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationSettingsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_list: {
        parameters: {
            query?: {
                /** @description Answer to a custom question: "<questionId>:<value>" (a choice key, yes/no as true/false, or the exact text) */
                answer?: string;
                category?: string;
                checkedIn?: "true" | "false";
                country?: string;
                delegation?: string;
                /** @description CSV only: add the passport columns (recorded in the audit trail) */
                include?: "passport";
                limit?: number;
                offset?: number;
                /** @description Search in name, email and organisation */
                q?: string;
                state?: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationListResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_csv: {
        parameters: {
            query?: {
                /** @description Answer to a custom question: "<questionId>:<value>" (a choice key, yes/no as true/false, or the exact text) */
                answer?: string;
                category?: string;
                checkedIn?: "true" | "false";
                country?: string;
                delegation?: string;
                /** @description CSV only: add the passport columns (recorded in the audit trail) */
                include?: "passport";
                limit?: number;
                offset?: number;
                /** @description Search in name, email and organisation */
                q?: string;
                state?: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationRecordsController_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationRecordsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganiserUpdateRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationRecordsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationHistoryResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProtocolController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolDetailsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgesController_visaLetter: {
        parameters: {
            query?: {
                /** @description Add the letter in this language of the event after the English one */
                language?: string;
            };
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_registrationAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                registrationId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationFormController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                registrationId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationRecordsController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRegistrationActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRegistrationActionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RegistrationsController_newLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewLinkDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkRequestAcceptedResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RemindersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderListResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RemindersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReminderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RemindersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RemindersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReminderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventRolesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRoleResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventRolesController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantEventRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRoleResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    EventRolesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role: "organiser" | "staff" | "delegate" | "speaker" | "juror" | "representative" | "commission";
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_roomingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomingListResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_roomingCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_roomingPdf: {
        parameters: {
            query?: {
                /** @description Language of the printed labels, dates and country names (default en) */
                language?: "en" | "th" | "vi";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RoomsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"][];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RoomsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RoomsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roomId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RoomsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roomId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_roomZip: {
        parameters: {
            query: {
                /** @description A day of the event, in the event's time zone */
                date: string;
            };
            header?: never;
            path: {
                roomId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip with a folder per session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    RoomsController_access: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomAccessResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ScheduleExportsController_ics: {
        parameters: {
            query?: {
                /** @description One of the event's languages (ISO 639): titles, abstracts, room, track and event names in it where the organisers gave them, else in the event's first language, which is also the default. Another language: 422 LANGUAGE_NOT_OFFERED. */
                lang?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schedule.ics, with ETag and Cache-Control */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Unchanged since the ETag given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ScheduleExportsController_json: {
        parameters: {
            query?: {
                /** @description One of the event's languages (ISO 639): titles, abstracts, room, track and event names in it where the organisers gave them, else in the event's first language, which is also the default. Another language: 422 LANGUAGE_NOT_OFFERED. */
                lang?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schedule.json (c3voc schedule document), with ETag and Cache-Control */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDocumentResponse"];
                };
            };
            /** @description Unchanged since the ETag given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ScheduleExportsController_xml: {
        parameters: {
            query?: {
                /** @description One of the event's languages (ISO 639): titles, abstracts, room, track and event names in it where the organisers gave them, else in the event's first language, which is also the default. Another language: 422 LANGUAGE_NOT_OFFERED. */
                lang?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schedule.xml, with ETag and Cache-Control */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Unchanged since the ETag given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionAttendanceController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAttendanceResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_publicSlides: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSlidesResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotSlideStatusResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_sessionZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip of 01-<speaker>-<title>.<ext> files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_addSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_removeSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_updateSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSlotDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SessionsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description CSV (UTF-8) with the columns row,ref,type,title_en,title_vi,room,track,start,end,chairs,slot_title,duration_minutes,speakers; row is "session" or "slot", a slot names its session by ref */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeImportResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_eventStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSlotSlideStatusResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlideHandOffController_dayZip: {
        parameters: {
            query: {
                /** @description A day of the event, in the event's time zone */
                date: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip with a folder per room, then per session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlidesController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlideVersionResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlidesController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlideVersionResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not a slide format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlidesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment named after the speaker and the slot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.apple.keynote": string;
                    "application/vnd.ms-powerpoint": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlidesController_setPublic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slotId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSlidesPublicDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SlidesController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slotId: string;
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.apple.keynote": string;
                    "application/vnd.ms-powerpoint": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerAvailabilityController_all: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerUnavailabilityResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerAvailabilityController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUnavailableTimesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerUnavailabilityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerAvailabilityController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerUnavailabilityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerAvailabilityController_setMine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUnavailableTimesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerUnavailabilityResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteSpeakerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description A slot is not of this event */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_view: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path: {
                slug: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationViewResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Used or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerSettingsDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerInvitationsController_putSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakerSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerSettingsDto"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    PublicSpeakersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSpeakerResponse"][];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    TracksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResponse"][];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    TracksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    TracksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    TracksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTrackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_transfers: {
        parameters: {
            query?: {
                direction?: "arrival" | "departure";
                /** @description Length of each pick-up window in minutes */
                windowMinutes?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferManifestResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_transfersCsv: {
        parameters: {
            query?: {
                direction?: "arrival" | "departure";
                /** @description Length of each pick-up window in minutes */
                windowMinutes?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HotelBlocksController_transfersPdf: {
        parameters: {
            query?: {
                direction?: "arrival" | "departure";
                /** @description Language of the printed labels, dates and country names (default en) */
                language?: "en" | "th" | "vi";
                /** @description Length of each pick-up window in minutes */
                windowMinutes?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProtocolController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisaLetterSettingsResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ProtocolController_putSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisaLetterSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisaLetterSettingsResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description The database (or the queue) is down; details name which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerPortalController_slots: {
        parameters: {
            query?: {
                /** @description The reader's language: names and descriptions in it where the organiser gave them, else in the event's first language */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySlotResponse"][];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerPortalController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProfileResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerPortalController_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSpeakerProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProfileResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerPortalController_setPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProfileResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not a JPEG, PNG or WebP image */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    NotificationsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    NotificationsController_edit: {
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
                "application/json": components["schemas"]["EditHeldNotificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    NotificationsController_resend: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    NotificationsController_retry: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedRegistrationResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_acceptOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AgendaController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AgendaController_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpForSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaEntryResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AgendaController_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545), one event per session, times in the event’s time zone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AgendaController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgesController_myBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    AttendanceController_myCertificate: {
        parameters: {
            query?: {
                /** @description Default: the delegate’s language */
                language?: "en" | "vi" | "th";
            };
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_delegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description null when the registration is not in a delegation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    ManageRegistrationController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                registrationId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateDataController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_hotel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateHotelResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotelBookingResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_saveMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateAnswersController_uploadForMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                questionId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAnswersResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_memberHotel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateHotelResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_bookForMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotelBookingResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_releaseForMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_memberPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelPlanResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_saveMemberPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TravelPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelPlanResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateDataController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateDataResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateDataController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolDetailsResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelPlanResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    DelegateLogisticsController_savePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TravelPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelPlanResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    BadgesController_myVisaLetter: {
        parameters: {
            query?: {
                /** @description Add the letter in this language of the event after the English one */
                language?: string;
            };
            header?: never;
            path: {
                /** @description The private token from the management link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    SpeakerPortalController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    UnsubscribeController_describe: {
        parameters: {
            query: {
                /** @description The page language the link carries; the API ignores it */
                lang?: "en" | "th" | "vi";
                /** @description The signed token from the message */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    UnsubscribeController_optOut: {
        parameters: {
            query: {
                /** @description The page language the link carries; the API ignores it */
                lang?: "en" | "th" | "vi";
                /** @description The signed token from the message */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (details name each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description The caller lacks the role this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
    VisaLetterVerificationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The code printed on the letter */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisaLetterVerificationResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorResponse"];
                };
            };
        };
    };
}
