//! Localization with Fluent: Vietnamese (reference, default), English, Bengali.
//!
//! Messages live in `locales/<lang>/*.ftl` and are compiled into the binary, so the app
//! works offline from any folder. `core.ftl` holds what the core reports (rules, feedback,
//! statuses, defects…); `ui.ftl` holds the desktop app's labels. A missing message falls back
//! to Vietnamese, then to the id itself in brackets so a gap is visible, never a crash.
//! Unicode isolation marks are turned off: they would show as missing glyphs in egui.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::text::Lang;

/// The Fluent sources of a language: (file name, text).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Vi => &[
            ("core.ftl", include_str!("../locales/vi/core.ftl")),
            ("ui.ftl", include_str!("../locales/vi/ui.ftl")),
        ],
        Lang::En => &[
            ("core.ftl", include_str!("../locales/en/core.ftl")),
            ("ui.ftl", include_str!("../locales/en/ui.ftl")),
        ],
        Lang::Bn => &[
            ("core.ftl", include_str!("../locales/bn/core.ftl")),
            ("ui.ftl", include_str!("../locales/bn/ui.ftl")),
        ],
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

    /// A message with arguments.
    pub fn tr_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) if !v.starts_with('0') || v == "0" => fa.set(*k, FluentValue::from(n)),
                _ => fa.set(*k, FluentValue::from(v.clone())),
            }
        }
        self.format(id, Some(&fa))
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
