//! Languages: switching vi / en / bn live, remembering the choice, and every message of
//! every locale rendering with the bundled fonts (a missing glyph panics).
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use motcua::i18n::{Locale, message_variables, sources};
use motcua::text::Lang;
use ui_support::*;

#[test]
fn the_language_switches_live_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    assert!(h.query_by_label("Tự học theo lộ trình").is_some());
    click(&mut h, "English");
    assert!(h.query_by_label("Self-study curriculum").is_some());
    assert!(
        h.query_by_label("Start: Tutorial: Birth registration")
            .is_some()
    );
    click(&mut h, "বাংলা");
    assert!(h.query_by_label("স্ব-অধ্যয়ন পাঠক্রম").is_some());
    // Inside a shift too.
    click(&mut h, "শুরু করুন: প্রশিক্ষণ: জন্ম নিবন্ধন");
    // The briefing, in Bengali, can switch language too.
    assert!(h.query_by_label("এই শিফটের লক্ষ্য").is_some());
    click(&mut h, "English");
    assert!(h.query_by_label("Objectives of the shift").is_some());
    click(&mut h, "বাংলা");
    click(&mut h, "কাউন্টার খুলুন, শিফট শুরু করুন");
    assert!(h.query_by_label("পরের নম্বর ডাকুন (N)").is_some());
    click(&mut h, "Tiếng Việt");
    assert!(h.query_by_label("Gọi số tiếp theo (N)").is_some());
    click(&mut h, "English");
    drop(h);
    // A new start keeps the language.
    let h = harness(app(dir.path()));
    assert!(h.query_by_label("Self-study curriculum").is_some());
}

fn sample_args(vars: &[String]) -> Vec<(&str, String)> {
    vars.iter()
        .map(|v| (v.as_str(), "Nguyễn Thị Hường 12".to_owned()))
        .collect()
}

#[test]
fn every_message_of_every_locale_renders_with_the_bundled_fonts() {
    for lang in Lang::ALL {
        let locale = Locale::new(lang);
        let mut texts = Vec::new();
        for (_, source) in sources(lang) {
            for (id, vars) in message_variables(source) {
                let text = locale.tr_args(&id, &sample_args(&vars));
                assert!(!text.starts_with('['), "{lang:?}: {id} missing");
                texts.push(text);
            }
        }
        assert!(texts.len() > 300, "{lang:?}: {} messages", texts.len());
        let mut h = Harness::builder()
            .with_size(egui::vec2(1600.0, 1200.0))
            .with_context_setup(motcua::ui::setup_context)
            .build_ui(move |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for t in &texts {
                        ui.label(t);
                        ui.label(egui::RichText::new(t).family(motcua::ui::fonts::bold()));
                    }
                });
            });
        // Laying the text out is what panics on a missing glyph.
        h.run();
    }
}
