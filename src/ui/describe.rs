//! Words for core values: actions, events, errors, papers, dates — all through Fluent.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::i18n::Locale;
use crate::scenario::Want;
use crate::sim::{Action, ActionError, ColorMode, Event, PaymentMethod, Shift};
use crate::text::{Lang, format_vnd};

/// `DD/MM/YYYY`, as Vietnamese papers print dates.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A field value as printed: ISO dates become `DD/MM/YYYY`.
pub fn field_value(value: &str) -> String {
    match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Ok(d) => date(d),
        Err(_) => value.to_owned(),
    }
}

/// Seconds since shift start as the wall clock (`HH:MM`).
pub fn clock_at(shift: &Shift, seconds: u32) -> String {
    shift.moment(seconds).format("%H:%M").to_string()
}

/// The name of a paper on the desk, as the trainee reads it: its kind's printed name, with
/// its place among the citizen's papers of the same kind when they carry more than one
/// (`Giấy khai sinh (tờ 2)`) — never its id.
pub fn document(shift: &Shift, id: &str, lang: Lang) -> String {
    let locale = Locale::shared(lang);
    let Some(kind) = shift
        .paper(id)
        .and_then(|p| shift.scenario.catalog.document_kinds.get(&p.kind))
    else {
        return locale.tr("paper-unnamed");
    };
    let name = kind.name.get(lang).to_owned();
    // Its place among the same holder's papers of its kind.
    let same: Vec<&str> = shift
        .citizens
        .iter()
        .map(|c| &c.arrival.documents)
        .chain(
            shift
                .scenario
                .file
                .existing_dossiers
                .iter()
                .map(|e| &e.documents),
        )
        .find(|papers| papers.iter().any(|d| d.id == id))
        .map(|papers| {
            papers
                .iter()
                .filter(|d| d.kind == kind.id)
                .map(|d| d.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    match same.iter().position(|d| *d == id) {
        Some(n) if same.len() > 1 => {
            locale.tr_args("paper-nth", &[("paper", name), ("n", (n + 1).to_string())])
        }
        _ => name,
    }
}

/// The localized name of a component of a procedure.
pub fn component(shift: &Shift, procedure: &str, id: &str, lang: Lang) -> String {
    shift
        .scenario
        .procedure(procedure)
        .and_then(|p| p.component(id))
        .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
}

/// The localized name of a procedure.
pub fn procedure(shift: &Shift, code: &str, lang: Lang) -> String {
    shift
        .scenario
        .procedure(code)
        .map_or_else(|| code.to_owned(), |p| p.name.get(lang).to_owned())
}

/// What a citizen came for, in a few words.
pub fn want(shift: &Shift, want: &Want, locale: &Locale) -> String {
    match want {
        Want::Submit { procedure: p, .. } => procedure(shift, p, locale.lang()),
        Want::Collect { dossier } => {
            locale.tr_args("want-collect", &[("dossier", dossier.clone())])
        }
        Want::Withdraw { dossier } => {
            locale.tr_args("want-withdraw", &[("dossier", dossier.clone())])
        }
        Want::BringSupplement { dossier } => {
            locale.tr_args("want-bring-supplement", &[("dossier", dossier.clone())])
        }
    }
}

fn colour(c: ColorMode, locale: &Locale) -> String {
    locale.tr(match c {
        ColorMode::Color => "scanner-color",
        ColorMode::Gray => "scanner-gray",
        ColorMode::BlackWhite => "scanner-bw",
    })
}

fn method(m: PaymentMethod, locale: &Locale) -> String {
    locale.tr(match m {
        PaymentMethod::Cash => "pay-cash",
        PaymentMethod::EPayment => "pay-epayment",
    })
}

/// A named value in words: the message `<prefix>-<id>` (`question-purpose`, `dept-justice`…).
fn named(locale: &Locale, prefix: &str, id: &str) -> String {
    locale.tr(&format!("{prefix}-{id}"))
}

/// A component of the procedure of a dossier in the portal.
fn dossier_component(shift: &Shift, dossier: &str, id: &str, lang: Lang) -> String {
    let procedure = shift
        .portal
        .dossiers
        .get(dossier)
        .map_or("", |d| d.procedure.as_str());
    component(shift, procedure, id, lang)
}

/// The components a supplement request asks for, named by its procedure.
fn requested_components(
    shift: &Shift,
    procedure: &str,
    components: &BTreeSet<String>,
    lang: Lang,
) -> String {
    let names: Vec<String> = components
        .iter()
        .map(|c| component(shift, procedure, c, lang))
        .collect();
    names.join("; ")
}

/// The procedure a decision slip (supplement request, refusal) without a dossier was about:
/// the one of the citizen at the counter.
fn counter_procedure(shift: &Shift) -> &str {
    shift
        .at_counter()
        .and_then(|c| c.procedure())
        .unwrap_or_default()
}

/// The procedure of the slip that action `k` of the shift's log issued.
fn slip_procedure(shift: &Shift, k: usize) -> Option<&str> {
    let number = shift.timeline.iter().find_map(|t| match t.event {
        Event::SlipIssued { number, .. } if t.action == Some(k) => Some(number),
        _ => None,
    })?;
    shift
        .portal
        .slips
        .iter()
        .find(|s| s.number == number)
        .map(|s| s.procedure.as_str())
}

/// A refusal ground in words: a refusal rule of `procedure` as the law words it, or a
/// defect of the papers worded as the ground it is (`ground-<defect>`); never its id.
pub fn refusal_ground(shift: &Shift, procedure: &str, ground: &str, locale: &Locale) -> String {
    let by_rule = shift
        .scenario
        .procedure(procedure)
        .and_then(|p| p.refusals.iter().find(|r| r.id == ground))
        .map(|r| r.ground.get(locale.lang()).to_owned());
    by_rule.unwrap_or_else(|| {
        let key = format!("ground-{ground}");
        if locale.has(&key) {
            locale.tr(&key)
        } else {
            locale.tr("ground-unknown")
        }
    })
}

/// Action `k` of the shift's log in the trainee's words, named with what it was done to
/// then: a supplement request without a dossier lists the components of the procedure its
/// slip was for (the citizen at the counter at that moment, not now).
pub fn logged_action(shift: &Shift, k: usize, locale: &Locale) -> String {
    let Some((_, logged)) = shift.actions.get(k) else {
        return String::new();
    };
    if let Action::RequestSupplement { components, .. } = logged
        && let Some(procedure) = slip_procedure(shift, k)
    {
        return locale.tr_args(
            "act-request-supplement",
            &[(
                "components",
                requested_components(shift, procedure, components, locale.lang()),
            )],
        );
    }
    action(shift, logged, locale)
}

/// One action in the trainee's words, named with the shift as it is now (for an action of
/// the shift's log, [`logged_action`] names it with what it was done to then).
pub fn action(shift: &Shift, action: &Action, locale: &Locale) -> String {
    let lang = locale.lang();
    let doc = |id: &str| document(shift, id, lang);
    let a = |id: &str, args: &[(&str, String)]| locale.tr_args(id, args);
    match action {
        Action::CallNext => locale.tr("act-call-next"),
        Action::Ask { question } => a(
            "act-ask",
            &[("question", named(locale, "question", question.id()))],
        ),
        Action::Inspect { document, tool } => a(
            match tool {
                crate::sim::LookTool::Magnifier => "act-inspect",
                crate::sim::LookTool::AgainstLight => "act-inspect-light",
            },
            &[("document", doc(document))],
        ),
        Action::TurnPage { document, page } => a(
            "act-turn-page",
            &[("document", doc(document)), ("page", page.to_string())],
        ),
        Action::Flag { claim } => a(
            "act-flag",
            &[(
                "claim",
                super::counter::flags::claim_text(locale, shift, claim),
            )],
        ),
        Action::ClearFlag { claim } => a(
            "act-clear-flag",
            &[(
                "claim",
                super::counter::flags::claim_text(locale, shift, claim),
            )],
        ),
        Action::CompareFields { a: x, b: y } => a(
            "act-compare",
            &[
                ("a", super::counter::flags::field_name(shift, x, lang)),
                ("b", super::counter::flags::field_name(shift, y, lang)),
            ],
        ),
        Action::CheckIdentity { document } => {
            a("act-check-identity", &[("document", doc(document))])
        }
        Action::LookUpStateRecords => locale.tr("act-state-records"),
        Action::LookUpProcedure { procedure: p } => a(
            "act-look-up-procedure",
            &[("procedure", procedure(shift, p, lang))],
        ),
        Action::Hint => locale.tr("act-hint"),
        Action::CreateDossier { procedure: p } => a(
            "act-create-dossier",
            &[("procedure", procedure(shift, p, lang))],
        ),
        Action::FillField {
            dossier,
            field,
            value,
        } => a(
            "act-fill-field",
            &[
                ("field", named(locale, "field", field.id())),
                ("value", value.clone()),
                ("dossier", dossier.clone()),
            ],
        ),
        Action::Scan { document, settings } => a(
            "act-scan",
            &[
                ("document", doc(document)),
                ("dpi", settings.dpi.to_string()),
                ("color", colour(settings.color, locale)),
            ],
        ),
        Action::Attach {
            dossier,
            scan,
            component: c,
        } => a(
            "act-attach",
            &[
                ("scan", scan.to_string()),
                ("component", dossier_component(shift, dossier, c, lang)),
            ],
        ),
        Action::CertifyCopy { copy, .. } => a("act-certify-copy", &[("document", doc(copy))]),
        Action::SetFee { amount, .. } => a("act-set-fee", &[("amount", format_vnd(*amount))]),
        Action::CollectFee { method: m, .. } => {
            a("act-collect-fee", &[("method", method(*m, locale))])
        }
        Action::IssueReceipt {
            dossier,
            appointment,
        } => a(
            "act-issue-receipt",
            &[("dossier", dossier.clone()), ("date", date(*appointment))],
        ),
        Action::RequestSupplement {
            dossier,
            components,
        } => {
            let procedure = dossier
                .as_ref()
                .and_then(|d| shift.portal.dossiers.get(d))
                .map_or_else(|| counter_procedure(shift), |d| d.procedure.as_str());
            a(
                "act-request-supplement",
                &[(
                    "components",
                    requested_components(shift, procedure, components, lang),
                )],
            )
        }
        Action::Refuse {
            ground, procedure, ..
        } => a(
            "act-refuse",
            &[("ground", refusal_ground(shift, procedure, ground, locale))],
        ),
        Action::Transfer {
            dossier,
            department,
        } => a(
            "act-transfer",
            &[
                ("dossier", dossier.clone()),
                ("department", named(locale, "dept", department.id())),
            ],
        ),
        Action::Sync { dossier } => a("act-sync", &[("dossier", dossier.clone())]),
        Action::ReturnResult { dossier } => a("act-return-result", &[("dossier", dossier.clone())]),
        Action::RecordWithdrawal { dossier } => {
            a("act-record-withdrawal", &[("dossier", dossier.clone())])
        }
        Action::SendApology { dossier, new_date } => a(
            "act-send-apology",
            &[("dossier", dossier.clone()), ("date", date(*new_date))],
        ),
        Action::Guide { topic } => a(
            "act-guide",
            &[("topic", named(locale, "guide", topic.id()))],
        ),
        Action::RespondToFault { response } => a(
            "act-respond",
            &[("response", named(locale, "response", response.id()))],
        ),
        Action::Dismiss => locale.tr("act-dismiss"),
        Action::Wait { minutes } => a("act-wait", &[("minutes", minutes.to_string())]),
        Action::EndShift => locale.tr("act-end-shift"),
        // Issue 13, item 8: the help's own button label says what was done.
        Action::Accommodate { help } => named(locale, "help", &format!("{}-button", help.id())),
        Action::SendToKiosk { coach_minutes: 0 } => locale.tr("act-send-to-kiosk"),
        Action::SendToKiosk { coach_minutes } => a(
            "act-coach-at-kiosk",
            &[("minutes", coach_minutes.to_string())],
        ),
        Action::NotifySendBack {
            dossier,
            components,
            ground,
        } => {
            let procedure = shift
                .portal
                .dossiers
                .get(dossier)
                .map_or("", |d| d.procedure.as_str());
            match ground {
                Some(g) => a(
                    "act-notify-refusal",
                    &[
                        ("dossier", dossier.clone()),
                        ("ground", refusal_ground(shift, procedure, g, locale)),
                    ],
                ),
                None => a(
                    "act-notify-supplement",
                    &[
                        ("dossier", dossier.clone()),
                        (
                            "components",
                            requested_components(shift, procedure, components, lang),
                        ),
                    ],
                ),
            }
        }
        Action::ReceiveSupplement {
            dossier,
            appointment,
        } => a(
            "act-receive-supplement",
            &[("dossier", dossier.clone()), ("date", date(*appointment))],
        ),
        Action::UseSlipForms { family } => a(
            "act-use-slip-forms",
            &[("forms", locale.tr(&format!("slip-forms-{}", family.id())))],
        ),
        Action::LogIn => locale.tr("act-log-in"),
        Action::SignScan { scan } => a("act-sign-scan", &[("scan", scan.to_string())]),
        Action::DigitizeResult { dossier } => {
            a("act-digitize-result", &[("dossier", dossier.clone())])
        }
        Action::CertifyECopy { dossier, scan } => a(
            "act-certify-e-copy",
            &[("dossier", dossier.clone()), ("scan", scan.to_string())],
        ),
        Action::SetReturnChannel { dossier, channel } => a(
            "act-set-return-channel",
            &[
                ("dossier", dossier.clone()),
                (
                    "channel",
                    locale.tr(&format!("result-channel-{}", channel.id())),
                ),
            ],
        ),
        Action::ReturnElectronically { dossier } => {
            a("act-return-electronically", &[("dossier", dossier.clone())])
        }
        Action::SendByPost { dossier } => a("act-send-by-post", &[("dossier", dossier.clone())]),
        // Issue 13, item 6: on-the-spot corrections.
        Action::CorrectOnTheSpot { document, field } => a(
            "act-correct-on-the-spot",
            &[(
                "what",
                corrected_part(shift, document, field.as_deref(), locale),
            )],
        ),
        Action::CreateBundle { bundle: b } => {
            a("act-create-bundle", &[("bundle", bundle(shift, b, lang))])
        }
    }
}

/// A corrected part of a paper as the trainee reads it: "field" on paper, or the paper's
/// signature (issue 13, item 6).
pub fn corrected_part(shift: &Shift, doc: &str, field: Option<&str>, locale: &Locale) -> String {
    let lang = locale.lang();
    let paper = document(shift, doc, lang);
    match field {
        Some(f) => locale.tr_args(
            "correction-part-field",
            &[
                (
                    "field",
                    super::counter::flags::field_label(
                        super::counter::flags::kind_of(shift, doc),
                        f,
                        lang,
                    ),
                ),
                ("paper", paper),
            ],
        ),
        None => locale.tr_args("correction-part-signature", &[("paper", paper)]),
    }
}

/// An inter-agency bundle's name in `lang` (its id when the catalogue has no such bundle).
pub fn bundle(shift: &Shift, id: &str, lang: Lang) -> String {
    shift
        .scenario
        .bundle(id)
        .map_or_else(|| id.to_owned(), |b| b.name.get(lang).to_owned())
}

/// An event for the shift log, or `None` for events the log does not show.
pub fn event(shift: &Shift, event: &Event, locale: &Locale) -> Option<String> {
    let lang = locale.lang();
    let name = |i: &usize| {
        shift
            .citizens
            .get(*i)
            .map_or_else(String::new, |c| c.name().to_owned())
    };
    let a = |id: &str, args: &[(&str, String)]| Some(locale.tr_args(id, args));
    match event {
        Event::CitizenArrived { citizen } => a("ev-arrived", &[("citizen", name(citizen))]),
        Event::CitizenCalled { citizen } => a("ev-called", &[("citizen", name(citizen))]),
        Event::CitizenLeft { citizen, reason } => a(
            match reason {
                crate::sim::LeaveReason::Served => "ev-left-served",
                crate::sim::LeaveReason::Impatient => "ev-left-impatient",
                crate::sim::LeaveReason::ShiftClosed => "ev-left-closed",
            },
            &[("citizen", name(citizen))],
        ),
        Event::CitizenWaitingForResult { citizen, .. } => {
            a("ev-waiting", &[("citizen", name(citizen))])
        }
        Event::DossierCreated { dossier } => {
            a("ev-dossier-created", &[("dossier", dossier.clone())])
        }
        Event::Scanned { scan, images, .. } => a(
            "ev-scanned",
            &[("scan", scan.to_string()), ("images", images.to_string())],
        ),
        Event::ScannerJammed => a("ev-scanner-jammed", &[]),
        Event::LoggedIn => a("ev-logged-in", &[]),
        Event::ScanSigned { scan } => a("ev-scan-signed", &[("scan", scan.to_string())]),
        Event::SignatureRefused { scan } => {
            a("ev-signature-refused", &[("scan", scan.to_string())])
        }
        Event::ResultDigitized { dossier } => {
            a("ev-result-digitized", &[("dossier", dossier.clone())])
        }
        Event::ECopyCertified { dossier, scan } => a(
            "ev-e-copy-certified",
            &[("dossier", dossier.clone()), ("scan", scan.to_string())],
        ),
        Event::ReturnChannelSet { dossier, channel } => a(
            "ev-return-channel-set",
            &[
                ("dossier", dossier.clone()),
                (
                    "channel",
                    locale.tr(&format!("result-channel-{}", channel.id())),
                ),
            ],
        ),
        Event::ResultSent { dossier, via } => a(
            "ev-result-sent",
            &[("dossier", dossier.clone()), ("via", via.id().to_owned())],
        ),
        Event::CorrectedOnTheSpot {
            citizen,
            document,
            field,
        } => a(
            "ev-corrected-on-the-spot",
            &[
                ("citizen", name(citizen)),
                (
                    "what",
                    corrected_part(shift, document, field.as_deref(), locale),
                ),
            ],
        ),
        Event::NothingToCorrect {
            citizen,
            document,
            field,
            ..
        } => a(
            "ev-nothing-to-correct",
            &[
                ("citizen", name(citizen)),
                (
                    "what",
                    corrected_part(shift, document, field.as_deref(), locale),
                ),
            ],
        ),
        Event::BodyResultBack {
            dossier,
            department,
        } => a(
            "ev-body-result",
            &[
                ("dossier", dossier.clone()),
                ("department", named(locale, "dept", department.id())),
            ],
        ),
        Event::PaymentFailed { dossier } => a("ev-payment-failed", &[("dossier", dossier.clone())]),
        Event::SlipIssued { number, kind } => {
            // Named as printed: a residence slip on the police's forms is CT04–CT06.
            let family = shift
                .portal
                .slips
                .iter()
                .find(|s| s.number == *number)
                .map(|s| s.family)
                .unwrap_or_default();
            a(
                "ev-slip",
                &[
                    ("number", number.to_string()),
                    ("slip", locale.tr(&kind.name_key(family))),
                ],
            )
        }
        Event::StatusChanged { dossier, to, .. } => a(
            "ev-status",
            &[
                ("dossier", dossier.clone()),
                ("status", named(locale, "status", to.id())),
            ],
        ),
        Event::Synced { dossier } => a("ev-synced", &[("dossier", dossier.clone())]),
        Event::SyncFailed { dossier } => a("ev-sync-failed", &[("dossier", dossier.clone())]),
        Event::ResultReady { dossier } => a("ev-result-ready", &[("dossier", dossier.clone())]),
        Event::DelayReported {
            dossier, reason, ..
        } => a(
            "ev-delay",
            &[
                ("dossier", dossier.clone()),
                ("reason", reason.get(lang).to_owned()),
            ],
        ),
        Event::FaultStarted { kind } => a(
            "ev-fault-started",
            &[("fault", named(locale, "fault", kind.id()))],
        ),
        Event::FaultEnded { kind } => a(
            "ev-fault-ended",
            &[("fault", named(locale, "fault", kind.id()))],
        ),
        Event::ShiftEnded => a("ev-shift-ended", &[]),
        Event::SentToKiosk { citizen, .. } => a("ev-sent-to-kiosk", &[("citizen", name(citizen))]),
        Event::KioskSubmitted { citizen, dossier } => a(
            "ev-kiosk-submitted",
            &[("citizen", name(citizen)), ("dossier", dossier.clone())],
        ),
        Event::BackFromKiosk { citizen, block } => a(
            "ev-back-from-kiosk",
            &[
                ("citizen", name(citizen)),
                ("block", named(locale, "kiosk-block", block.id())),
            ],
        ),
        Event::SentBack {
            dossier,
            reason,
            refusal,
        } => a(
            if *refusal {
                "ev-sent-back-refusal"
            } else {
                "ev-sent-back-supplement"
            },
            &[
                ("dossier", dossier.clone()),
                ("reason", reason.get(lang).to_owned()),
            ],
        ),
        _ => None,
    }
}

/// An action error in the trainee's language, naming papers, fields and components as the
/// shift's papers and procedures print them (where [`error`] has only the ids).
pub fn error_in(shift: &Shift, e: &ActionError, locale: &Locale) -> String {
    let lang = locale.lang();
    let paper = |d: &str| document(shift, d, lang);
    let a = |id: &str, args: &[(&str, String)]| locale.tr_args(id, args);
    match e {
        ActionError::DocumentNotHere(d) => a("err-document-not-here", &[("document", paper(d))]),
        ActionError::UnknownField(d, f) => a(
            "err-unknown-field",
            &[
                ("document", paper(d)),
                (
                    "field",
                    super::counter::flags::field_label(
                        super::counter::flags::kind_of(shift, d),
                        f,
                        lang,
                    ),
                ),
            ],
        ),
        ActionError::NotAnIdentityPaper(d) => a("err-not-identity", &[("document", paper(d))]),
        ActionError::NotACopyOf(c, o) => a(
            "err-not-a-copy",
            &[("copy", paper(c)), ("original", paper(o))],
        ),
        ActionError::NoSuchPage(d, page) => a(
            "err-no-such-page",
            &[("document", paper(d)), ("page", page.to_string())],
        ),
        ActionError::UnknownComponent(p, c) => a(
            "err-unknown-component",
            &[("component", component(shift, p, c, lang))],
        ),
        ActionError::UnknownProcedure(p) => a(
            "err-unknown-procedure",
            &[("procedure", procedure(shift, p, lang))],
        ),
        ActionError::CitizenNotHereToCorrect(d) => {
            a("err-citizen-not-here-to-correct", &[("document", paper(d))])
        }
        ActionError::NotCorrectableAtCounter(d) => {
            a("err-not-correctable-at-counter", &[("document", paper(d))])
        }
        _ => error(e, locale),
    }
}

/// A portal error in the trainee's language: statuses by their names in the portal.
fn portal_error(e: &crate::portal::PortalError, locale: &Locale) -> String {
    match e {
        crate::portal::PortalError::IllegalTransition { code, from, to } => locale.tr_args(
            "err-portal-transition",
            &[
                ("dossier", code.clone()),
                ("from", named(locale, "status", from.id())),
                ("to", named(locale, "status", to.id())),
            ],
        ),
        crate::portal::PortalError::UnknownDossier(code) => {
            locale.tr_args("err-portal-unknown", &[("dossier", code.clone())])
        }
    }
}

/// An action error in the trainee's language (without the shift, papers are named by id:
/// use [`error_in`] where there is a shift).
pub fn error(e: &ActionError, locale: &Locale) -> String {
    let a = |id: &str, args: &[(&str, String)]| locale.tr_args(id, args);
    match e {
        ActionError::ShiftOver => locale.tr("err-shift-over"),
        ActionError::NoCitizenAtCounter => locale.tr("err-no-citizen"),
        ActionError::CitizenAtCounter => locale.tr("err-citizen-at-counter"),
        ActionError::QueueEmpty => locale.tr("err-queue-empty"),
        ActionError::DocumentNotHere(d) => a("err-document-not-here", &[("document", d.clone())]),
        ActionError::UnknownField(d, f) => a(
            "err-unknown-field",
            &[("document", d.clone()), ("field", f.clone())],
        ),
        ActionError::NotAnIdentityPaper(d) => a("err-not-identity", &[("document", d.clone())]),
        ActionError::UnknownProcedure(p) => a("err-unknown-procedure", &[("procedure", p.clone())]),
        ActionError::UnknownComponent(_, c) => {
            a("err-unknown-component", &[("component", c.clone())])
        }
        ActionError::UnknownScan(n) => a("err-unknown-scan", &[("scan", n.to_string())]),
        ActionError::UnknownGround(g) => a("err-unknown-ground", &[("ground", g.clone())]),
        ActionError::Portal(p) => a("err-portal", &[("error", portal_error(p, locale))]),
        ActionError::DossierAlreadyOpen(d) => a("err-dossier-open", &[("dossier", d.clone())]),
        ActionError::AlreadyReceived(d) => a("err-already-received", &[("dossier", d.clone())]),
        ActionError::NotReceived(d) => a("err-not-received", &[("dossier", d.clone())]),
        ActionError::NoFeeToCollect(d) => a("err-no-fee", &[("dossier", d.clone())]),
        ActionError::FeeNotPaid(d) => a("err-fee-not-paid", &[("dossier", d.clone())]),
        ActionError::EmptySupplement => locale.tr("err-empty-supplement"),
        ActionError::ComputerFrozen => locale.tr("err-frozen"),
        ActionError::PowerOut => locale.tr("err-power-out"),
        ActionError::ScannerJammed => locale.tr("err-scanner-jammed"),
        ActionError::NoSuchFault => locale.tr("err-no-fault"),
        ActionError::HintsDisabled => locale.tr("err-hints-disabled"),
        ActionError::NotACopyOf(c, o) => a(
            "err-not-a-copy",
            &[("copy", c.clone()), ("original", o.clone())],
        ),
        ActionError::TextTooLong(n) => a("err-text-too-long", &[("max", n.to_string())]),
        ActionError::AlreadyPaid(d) => a("err-already-paid", &[("dossier", d.clone())]),
        ActionError::AmountTooLarge(n) => a("err-amount-too-large", &[("amount", n.to_string())]),
        ActionError::WaitOutOfRange => locale.tr("err-wait-range"),
        ActionError::UnsupportedResolution(dpi) => a("err-resolution", &[("dpi", dpi.to_string())]),
        ActionError::NotProcessing(d) => a("err-not-processing", &[("dossier", d.clone())]),
        ActionError::ApologyAlreadySent(d) => a("err-apology-sent", &[("dossier", d.clone())]),
        ActionError::NobodyToReceive(d) => a("err-nobody", &[("dossier", d.clone())]),
        ActionError::NoSuchPage(d, page) => a(
            "err-no-such-page",
            &[("document", d.clone()), ("page", page.to_string())],
        ),
        ActionError::MismatchNeedsTwoFields => locale.tr("err-mismatch-two-fields"),
        ActionError::DiscrepancyNeedsTwoFields => locale.tr("err-discrepancy-two-fields"),
        ActionError::AlreadyFlagged => locale.tr("err-already-flagged"),
        ActionError::NotFlagged => locale.tr("err-not-flagged"),
        ActionError::GroundNotFlagged(g) => a(
            "err-ground-not-flagged",
            &[("ground", locale.tr(&format!("defect-{g}")))],
        ),
        // Reached only after thousands of actions; all that is left is to end the shift.
        ActionError::TooManyActions(limit) => {
            locale.tr_args("err-too-many-actions", &[("limit", limit.to_string())])
        }
        ActionError::CoachOutOfRange(limit) => {
            a("err-coach-range", &[("minutes", limit.to_string())])
        }
        ActionError::NothingToSubmit => locale.tr("err-nothing-to-submit"),
        ActionError::NoKiosk => locale.tr("err-no-kiosk"),
        ActionError::NotSentBack(d) => a("err-not-sent-back", &[("dossier", d.clone())]),
        ActionError::NoticeMixed => locale.tr("err-notice-mixed"),
        ActionError::NotTheirDossier(d) => a("err-not-their-dossier", &[("dossier", d.clone())]),
        ActionError::NotNotified(d) => a("err-not-notified", &[("dossier", d.clone())]),
        ActionError::NotLoggedIn => locale.tr("err-not-logged-in"),
        ActionError::SessionExpired => locale.tr("err-session-expired"),
        ActionError::AlreadyLoggedIn => locale.tr("err-already-logged-in"),
        ActionError::NoStaffSystem => locale.tr("err-no-staff-system"),
        ActionError::ScanAlreadySigned(n) => {
            a("err-scan-already-signed", &[("scan", n.to_string())])
        }
        ActionError::CertificateExpired => locale.tr("err-certificate-expired"),
        ActionError::ResultNotReady(d) => a("err-result-not-ready", &[("dossier", d.clone())]),
        ActionError::ResultAlreadyDigitized(d) => {
            a("err-result-already-digitized", &[("dossier", d.clone())])
        }
        ActionError::NoECopy(p) => a("err-no-e-copy", &[("procedure", p.clone())]),
        ActionError::NotAnOriginalScan(n) => {
            a("err-not-an-original-scan", &[("scan", n.to_string())])
        }
        ActionError::ScanNotSigned(n) => a("err-scan-not-signed", &[("scan", n.to_string())]),
        ActionError::ECopyAlreadyCertified(n) => {
            a("err-e-copy-already-certified", &[("scan", n.to_string())])
        }
        ActionError::DossierClosed(d) => a("err-dossier-closed", &[("dossier", d.clone())]),
        ActionError::NoEResult(p) => a("err-no-e-result", &[("procedure", p.clone())]),
        ActionError::NoPostalReturn(p) => a("err-no-postal-return", &[("procedure", p.clone())]),
        ActionError::ResultNotDigitized(d) => {
            a("err-result-not-digitized", &[("dossier", d.clone())])
        }
        ActionError::CitizenNotHereToCorrect(d) => a(
            "err-citizen-not-here-to-correct",
            &[("document", d.clone())],
        ),
        ActionError::NotCorrectableAtCounter(d) => {
            a("err-not-correctable-at-counter", &[("document", d.clone())])
        }
        ActionError::UnknownBundle(b) => a("err-unknown-bundle", &[("bundle", b.clone())]),
        ActionError::NotABundle(d) => a("err-not-a-bundle", &[("dossier", d.clone())]),
        ActionError::NotABundleBody(d, x) => a(
            "err-not-a-bundle-body",
            &[
                ("dossier", d.clone()),
                ("department", named(locale, "dept", x.id())),
            ],
        ),
        ActionError::AlreadyTransferred(d, x) => a(
            "err-already-transferred",
            &[
                ("dossier", d.clone()),
                ("department", named(locale, "dept", x.id())),
            ],
        ),
    }
}
