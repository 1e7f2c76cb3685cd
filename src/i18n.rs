//! Localization with Fluent: Vietnamese (reference, default), English, Bengali.
//!
//! Messages live in `locales/<lang>/*.ftl` and are compiled into the binary, so the app
//! works offline from any folder. `core.ftl` holds what the core reports (rules, feedback,
//! statuses, defects…); `dialogue.ftl` what the engine has citizens say and hints tell when
//! the scenario wrote no line of its own; `ui.ftl` holds the desktop app's labels;
//! `class.ftl` the class results and the instructor's report, `instructor.ftl` the
//! instructor's screens, `delivery.ftl` the delivery of results (folder, LRS). A missing
//! message falls back to Vietnamese, then to the id itself in brackets so a gap is visible,
//! never a crash. The core says something in no language at all: it keeps a [`Message`] (an
//! id and its arguments), and whoever shows it puts it into words with [`Locale::message`].
//! Unicode isolation marks are turned off: they would show as missing glyphs in egui.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::text::Lang;

/// The Fluent sources of a language: (file name, text).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Vi => &[
            ("core.ftl", include_str!("../locales/vi/core.ftl")),
            ("dialogue.ftl", include_str!("../locales/vi/dialogue.ftl")),
            ("ui.ftl", include_str!("../locales/vi/ui.ftl")),
            ("class.ftl", include_str!("../locales/vi/class.ftl")),
            (
                "instructor.ftl",
                include_str!("../locales/vi/instructor.ftl"),
            ),
            ("delivery.ftl", include_str!("../locales/vi/delivery.ftl")),
        ],
        Lang::En => &[
            ("core.ftl", include_str!("../locales/en/core.ftl")),
            ("dialogue.ftl", include_str!("../locales/en/dialogue.ftl")),
            ("ui.ftl", include_str!("../locales/en/ui.ftl")),
            ("class.ftl", include_str!("../locales/en/class.ftl")),
            (
                "instructor.ftl",
                include_str!("../locales/en/instructor.ftl"),
            ),
            ("delivery.ftl", include_str!("../locales/en/delivery.ftl")),
        ],
        Lang::Bn => &[
            ("core.ftl", include_str!("../locales/bn/core.ftl")),
            ("dialogue.ftl", include_str!("../locales/bn/dialogue.ftl")),
            ("ui.ftl", include_str!("../locales/bn/ui.ftl")),
            ("class.ftl", include_str!("../locales/bn/class.ftl")),
            (
                "instructor.ftl",
                include_str!("../locales/bn/instructor.ftl"),
            ),
            ("delivery.ftl", include_str!("../locales/bn/delivery.ftl")),
        ],
    }
}

/// A message to be put into words later, in whatever language it is shown in: an id of one
/// of the locale files and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Message {
    /// Message id.
    pub id: String,
    /// Arguments, by name, in the order given.
    pub args: Vec<(String, String)>,
}

impl Message {
    /// A message without arguments (add them with [`Message::arg`]).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: impl Into<String>, value: impl ToString) -> Self {
        self.args.push((name.into(), value.to_string()));
        self
    }
}

/// A problem in a locale file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/{lang}/{file}: {message}")]
pub struct LocaleError {
    /// Language tag.
    pub lang: &'static str,
    /// File name.
    pub file: &'static str,
    /// What is wrong.
    pub message: String,
}

fn bundle_for(lang: Lang) -> (FluentBundle<FluentResource>, Vec<LocaleError>) {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let mut errors = Vec::new();
    for (file, text) in sources(lang) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(LocaleError {
                        lang: lang.tag(),
                        file,
                        message: format!("syntax error: {e:?}"),
                    });
                }
                r
            }
        };
        if let Err(errs) = bundle.add_resource(resource) {
            for e in errs {
                errors.push(LocaleError {
                    lang: lang.tag(),
                    file,
                    message: format!("{e:?}"),
                });
            }
        }
    }
    (bundle, errors)
}

/// Messages of one language with Vietnamese as fallback.
pub struct Locale {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// Loads a language. Problems in the files are reported by [`Locale::check`]; loading
    /// itself never fails.
    pub fn new(lang: Lang) -> Self {
        let (bundle, _) = bundle_for(lang);
        let fallback = (lang != Lang::Vi).then(|| bundle_for(Lang::Vi).0);
        Self {
            lang,
            bundle,
            fallback,
        }
    }

    /// The locale of a language, loaded once for the whole process: for showing a message
    /// where no [`Locale`] is at hand (a screen that has only the language).
    pub fn shared(lang: Lang) -> &'static Locale {
        static VI: OnceLock<Locale> = OnceLock::new();
        static EN: OnceLock<Locale> = OnceLock::new();
        static BN: OnceLock<Locale> = OnceLock::new();
        let cell = match lang {
            Lang::Vi => &VI,
            Lang::En => &EN,
            Lang::Bn => &BN,
        };
        cell.get_or_init(|| Locale::new(lang))
    }

    /// Syntax or duplicate-id problems in a language's files.
    pub fn check(lang: Lang) -> Vec<LocaleError> {
        bundle_for(lang).1
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// True when the message exists in this language (not counting the fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments. An argument written exactly as an integer is (`12`, `-3`)
    /// is passed as a number, for plural forms; anything else (`012`, `+84…`) as text, shown
    /// as written.
    pub fn tr_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) if n.to_string() == *v => fa.set(*k, FluentValue::from(n)),
                _ => fa.set(*k, FluentValue::from(v.clone())),
            }
        }
        self.format(id, Some(&fa))
    }

    /// A [`Message`] in this language.
    pub fn message(&self, message: &Message) -> String {
        let args: Vec<(&str, String)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone()))
            .collect();
        self.tr_args(&message.id, &args)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        format!("[{id}]")
    }
}

/// Message ids of a Fluent source with the variables each uses (for completeness tests).
pub fn message_variables(source: &str) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let Ok(resource) = fluent_syntax::parser::parse(source) else {
        return vec![];
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                collect_vars(p, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_owned(), vars));
        }
    }
    out
}

fn collect_vars(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.push(id.name.to_owned());
        }
    }
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        collect_vars(&v.value, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_without_errors() {
        for lang in Lang::ALL {
            assert_eq!(Locale::check(lang), vec![], "{lang:?}");
        }
    }

    #[test]
    fn every_language_has_the_same_files_in_the_same_order() {
        let names = |lang| sources(lang).iter().map(|(f, _)| *f).collect::<Vec<_>>();
        for lang in Lang::ALL {
            assert_eq!(
                names(lang),
                [
                    "core.ftl",
                    "dialogue.ftl",
                    "ui.ftl",
                    "class.ftl",
                    "instructor.ftl",
                    "delivery.ftl"
                ],
                "{lang:?}"
            );
        }
    }

    #[test]
    fn the_shared_locale_is_the_language_asked_for() {
        for lang in Lang::ALL {
            assert_eq!(Locale::shared(lang).lang(), lang);
            assert_eq!(
                Locale::shared(lang).tr("answer-not-exempt"),
                Locale::new(lang).tr("answer-not-exempt")
            );
        }
        assert_ne!(
            Locale::shared(Lang::Vi).tr("answer-not-exempt"),
            Locale::shared(Lang::En).tr("answer-not-exempt")
        );
    }

    #[test]
    fn every_message_exists_in_every_locale_with_the_same_variables() {
        for (i, (file, reference)) in sources(Lang::Vi).iter().enumerate() {
            let reference = message_variables(reference);
            for lang in [Lang::En, Lang::Bn] {
                let other = message_variables(sources(lang)[i].1);
                for (id, vars) in &reference {
                    match other.iter().find(|(o, _)| o == id) {
                        None => panic!("locales/{}/{file}: missing message `{id}`", lang.tag()),
                        Some((_, ovars)) => assert_eq!(
                            ovars,
                            vars,
                            "locales/{}/{file}: `{id}` uses other variables",
                            lang.tag()
                        ),
                    }
                }
                for (id, _) in &other {
                    assert!(
                        reference.iter().any(|(r, _)| r == id),
                        "locales/{}/{file}: `{id}` is not in the Vietnamese reference",
                        lang.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn missing_messages_are_visible_not_fatal() {
        let l = Locale::new(Lang::En);
        assert_eq!(l.tr("no-such-message"), "[no-such-message]");
    }

    #[test]
    fn arguments_are_shown_as_written() {
        let l = Locale::new(Lang::En);
        for address in ["12", "012", "+84", "-0", "Tổ 3, xã Hòa Bình"] {
            let said = Message::new("answer-residence").arg("address", address);
            assert_eq!(l.message(&said), format!("I live at {address}."));
        }
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let l = Locale::new(Lang::En);
        let s = l.tr_args(
            "fb-wrong-fee",
            &[
                ("citizen", "Lê Văn An".into()),
                ("charged", "0".into()),
                ("correct", "8000".into()),
            ],
        );
        assert!(s.contains("Lê Văn An"), "{s}");
        assert!(!s.contains('\u{2068}'));
    }
}
