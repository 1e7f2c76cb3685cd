//! The counter's forms and the words of the shift's log, as a clerk needs them: the expert
//! path names the form of each citizen's own procedure; the refusal list offers the legal
//! grounds; a receipt names its applicant; a supplement request handed over is read-only;
//! a slip carries a register number.
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use motcua::i18n::Locale;
use motcua::scenario::load::read_ron;
use motcua::scenario::{DefectKind, Mode};
use motcua::sim::{Action, Claim, Shift};
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::describe;
use ui_support::*;

/// The scenario's expert path.
fn expert_path(scenario: &str) -> Vec<Action> {
    read_ron(&pack_root().join(scenario).join("expert.ron")).unwrap()
}

/// Applies the expert path after its `calls`-th call up to and including the first action
/// that `stop` picks.
fn play_on_until(app: &mut App, scenario: &str, calls: usize, stop: impl Fn(&Action) -> bool) {
    let mut seen = 0;
    for a in expert_path(scenario) {
        if seen < calls {
            seen += usize::from(a == Action::CallNext);
            continue;
        }
        let last = stop(&a);
        app.apply(a).unwrap();
        if last {
            break;
        }
    }
}

/// The shift of the app.
fn shift(app: &App) -> &Shift {
    &app.session.as_ref().unwrap().shift
}

#[test]
fn the_expert_path_names_the_form_of_each_citizens_own_procedure() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "hard-shift", Mode::Practice);
    // The rule: a supplement request asks for components of the procedure of the dossier,
    // or (without one) of the citizen at the counter when it was made.
    let mut expected = Vec::new();
    for a in expert_path("hard-shift") {
        if let Action::RequestSupplement {
            dossier,
            components,
        } = &a
        {
            let s = shift(&app);
            let procedure = match dossier {
                Some(d) => s.portal.dossiers[d].procedure.clone(),
                None => s.at_counter().unwrap().procedure().unwrap().to_owned(),
            };
            expected.push((s.actions.len(), procedure, components.clone()));
        }
        app.apply(a).unwrap();
    }
    let s = shift(&app);
    let vi = Locale::shared(Lang::Vi);
    let procedures: Vec<&str> = expected.iter().map(|(_, p, _)| p.as_str()).collect();
    // (The declarations with a slip are corrected at the counter since issue 13, item 6.)
    assert!(
        procedures.contains(&"permanent-residence"),
        "{procedures:?}"
    );
    assert!(procedures.contains(&"civil-status-extract"));
    for (k, procedure, components) in &expected {
        let text = describe::logged_action(s, *k, vi);
        let own = s.scenario.procedure(procedure).unwrap();
        for c in components {
            let name = own.component(c).unwrap().name.get(Lang::Vi);
            assert!(text.contains(name), "{procedure}: «{text}» lacks «{name}»");
        }
        // No other procedure's component of the same id (the birth form for a death).
        for other in s.scenario.catalog.procedures.values() {
            if other.code == *procedure {
                continue;
            }
            for c in components {
                if let Some(theirs) = other.component(c) {
                    let name = theirs.name.get(Lang::Vi);
                    if own.component(c).unwrap().name.get(Lang::Vi) != name {
                        assert!(!text.contains(name), "{procedure}: «{text}» names «{name}»");
                    }
                }
            }
        }
    }
}

#[test]
fn the_refusal_list_offers_the_legal_grounds_and_the_flagged_defects_as_grounds() {
    let dir = tempfile::tempdir().unwrap();
    // h3 brings someone else's identity card for a signature certification.
    let mut app = at_citizen(dir.path(), "hard-shift", 3);
    let h3_id = shift(&app).at_counter().unwrap().arrival.documents[0]
        .id
        .clone();
    app.apply(Action::Flag {
        claim: Claim::OnPaper {
            document: h3_id,
            field: None,
            defect: DefectKind::BelongsToOtherPerson,
        },
    })
    .unwrap();
    let procedure = shift(&app)
        .scenario
        .procedure("signature-certification")
        .unwrap()
        .clone();
    let mut h = harness(app);
    settle(&mut h);
    click_role(&mut h, "Lý do", Role::ComboBox);
    let vi = Locale::shared(Lang::Vi);
    // The law's grounds for this procedure, as the procedure words them.
    for r in &procedure.refusals {
        assert!(
            h.query_by_role_and_label(Role::Button, r.ground.get(Lang::Vi))
                .is_some(),
            "ground {} offered",
            r.id
        );
    }
    // The flagged defect, worded as the ground it is — not as the name of a defect.
    let worded = vi.tr("ground-belongs-to-other");
    assert!(
        h.query_by_role_and_label(Role::Button, &worded).is_some(),
        "«{worded}» offered"
    );
    for d in DefectKind::ALL {
        let name = vi.tr(&format!("defect-{}", d.id()));
        assert!(
            h.query_by_role_and_label(Role::Button, &name).is_none(),
            "the defect «{name}» offered as a ground"
        );
    }
    // Choosing it refuses on that ground.
    h.get_by_role_and_label(Role::Button, &worded).click();
    h.run_ok();
    click(&mut h, "Ra phiếu từ chối");
    let s = shift(h.state());
    let slip = s.portal.slips.last().unwrap();
    assert_eq!(slip.ground.as_deref(), Some("belongs-to-other"));
}

#[test]
fn a_receipt_is_not_issued_while_the_applicants_name_or_id_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = at_citizen(dir.path(), "tutorial-birth", 1);
    app.apply(Action::CreateDossier {
        procedure: "birth-registration".to_owned(),
    })
    .unwrap();
    let mut h = harness(app);
    settle(&mut h);
    type_into(&mut h, "Ngày hẹn trả", "23/11/2026");
    let receipts = |h: &egui_kittest::Harness<'_, App>| {
        shift(h.state())
            .portal
            .slips
            .iter()
            .filter(|s| s.kind == motcua::portal::SlipKind::Receipt)
            .count()
    };
    let message = |h: &egui_kittest::Harness<'_, App>| {
        motcua::ui::counter::status_text(h.state())
            .map(|(_, t)| t)
            .unwrap_or_default()
    };
    click(&mut h, "Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)");
    assert_eq!(receipts(&h), 0, "no receipt for nobody");
    let said = message(&h);
    assert!(said.contains("Họ tên người nộp"), "{said}");
    assert!(said.contains("Số định danh cá nhân"), "{said}");
    assert!(
        !said.contains("Số điện thoại"),
        "the phone is optional: {said}"
    );
    assert!(h.query_by_label_contains("còn trống").is_some(), "shown");

    // The name typed and saved: only the ID is left, also by the shortcut.
    type_into(&mut h, "Họ tên người nộp", "Trần Thị Mai");
    h.key_press(egui::Key::R);
    h.run_ok();
    assert_eq!(receipts(&h), 0);
    let said = message(&h);
    assert!(!said.contains("Họ tên người nộp"), "{said}");
    assert!(said.contains("Số định danh cá nhân"), "{said}");

    type_into(&mut h, "Số định danh cá nhân", "068198012345");
    click(&mut h, "Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)");
    assert_eq!(receipts(&h), 1, "issued once both are there");
}

#[test]
fn a_supplement_request_handed_over_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    // The tutorial's second citizen (birth registration) is asked for the original birth
    // notice, without a dossier.
    let mut app = at_citizen(dir.path(), "tutorial-birth", 2);
    play_on_until(&mut app, "tutorial-birth", 2, |a| {
        matches!(a, Action::RequestSupplement { .. })
    });
    let name = |id: &str| {
        shift(&app)
            .scenario
            .procedure("birth-registration")
            .unwrap()
            .component(id)
            .unwrap()
            .name
            .get(Lang::Vi)
            .to_owned()
    };
    let (asked, other) = (name("birth_notice"), name("declaration"));
    let mut h = harness(app);
    settle(&mut h);
    let slip = shift(h.state()).portal.slips.last().unwrap().number;
    h.state_mut().counter.slip = Some(slip);
    h.run_ok();
    click(&mut h, "Giao phiếu cho người dân");
    // The request as handed over: what it asked for ticked, nothing can be changed.
    assert!(
        h.query_by_label_contains("phiếu đã giao không sửa được")
            .is_some()
    );
    for (component, ticked) in [(&asked, true), (&other, false)] {
        let node = h.get_by_role_and_label(Role::CheckBox, component);
        let n = node.accesskit_node();
        assert!(n.is_disabled(), "«{component}» is read-only");
        assert_eq!(
            n.toggled() == Some(egui::accesskit::Toggled::True),
            ticked,
            "«{component}»"
        );
    }
    h.get_by_role_and_label(Role::CheckBox, &other).click();
    h.run_ok();
    assert!(
        h.state().counter.portal.supplement.is_empty(),
        "a click on a handed-over request changes nothing"
    );
    assert!(
        h.get_by_label("Ra phiếu yêu cầu bổ sung")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn slips_carry_a_register_number_of_their_kind_and_year() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", Mode::Practice);
    for a in expert_path("tutorial-birth") {
        app.apply(a).unwrap();
    }
    let s = shift(&app);
    let vi = Locale::shared(Lang::Vi);
    let numbers: Vec<(motcua::portal::SlipKind, String)> = s
        .portal
        .slips
        .iter()
        .map(|slip| {
            (
                slip.kind,
                motcua::ui::counter::slips::printed_number(s, slip, vi),
            )
        })
        .collect();
    // The tutorial's expert issues a receipt, a supplement request, then a second receipt
    // (the third citizen corrects his declaration at the counter, issue 13 item 6): each
    // kind has its own register, counted from 01 in the shift's year.
    let year = s.clock().format("%Y").to_string();
    use motcua::portal::SlipKind::{Receipt, SupplementRequest};
    let of_kind = |kind| -> Vec<&String> {
        numbers
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| n)
            .collect()
    };
    assert_eq!(
        of_kind(Receipt),
        [&format!("01/{year}/TNHS"), &format!("02/{year}/TNHS")]
    );
    assert_eq!(of_kind(SupplementRequest), [&format!("01/{year}/BSHS")]);
}
