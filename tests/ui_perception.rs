//! The trainee finds what is wrong by looking, through the real UI: an altered birth date
//! found by reading two papers side by side and flagged; a card whose photo is not the
//! person at the counter flagged on its photo; a three-page decision paged through and the
//! fee charged for its pages. Nothing on screen says what is wrong before the trainee says it.
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use motcua::score::grade;
use motcua::sim::{Action, Claim, claim_finds};
use motcua::ui::App;
use ui_support::*;

fn select_paper(h: &mut Harness<'_, App>, n: usize) {
    let key = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3][n - 1];
    h.key_press(key);
    h.run_ok();
}

fn last_action(h: &Harness<'_, App>) -> Action {
    let shift = &h.state().session.as_ref().unwrap().shift;
    shift.actions.last().unwrap().1.clone()
}

#[test]
fn a_trainee_finds_an_altered_birth_date_by_reading_two_papers_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(at_citizen(dir.path(), "hard-shift", 1));
    // The declaration says 12/11, the birth notice 21/11. Nothing says so: the trainee reads.
    select_paper(&mut h, 1);
    click(&mut h, "Ngày, tháng, năm sinh: 12/11/2026");
    select_paper(&mut h, 2);
    click(&mut h, "Sinh ngày: 21/11/2026");
    click(&mut h, "Đặt cạnh nhau (C)");
    assert!(h.query_by_label_contains("«12/11/2026»").is_some());
    assert!(h.query_by_label_contains("«21/11/2026»").is_some());
    assert!(
        h.query_by_label_contains("ngày tháng không thống nhất")
            .is_none(),
        "no verdict before the trainee's own"
    );
    click(&mut h, "Hai dòng này khác nhau");
    let Action::Flag { claim } = last_action(&h) else {
        panic!("the trainee's claim was recorded: {:?}", last_action(&h))
    };
    assert!(matches!(claim, Claim::Discrepancy { .. }));
    let shift = &h.state().session.as_ref().unwrap().shift;
    let h1 = shift.at_counter().unwrap();
    let truth = h1.analysis.as_ref().unwrap();
    assert!(
        truth
            .visible_defects()
            .iter()
            .any(|f| claim_finds(&claim, f, &h1.arrival.documents)),
        "the flag finds the altered date"
    );
    // The flag is listed as the trainee's own, with a button to take it back.
    // (and beside the supplement request, as its ground).
    assert_eq!(h.query_all_by_label_contains("Khác nhau:").count(), 2);
    assert!(h.query_by_label("Bỏ đánh dấu").is_some());
}

#[test]
fn a_trainee_flags_a_card_whose_photo_is_not_the_person_at_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(at_citizen(dir.path(), "hard-shift", 3));
    let shift = &h.state().session.as_ref().unwrap().shift;
    let c = shift.at_counter().unwrap();
    assert_eq!(c.arrival.id, "h3");
    let card = c
        .arrival
        .documents
        .iter()
        .position(|d| d.id == "h3-id")
        .expect("h3 brought a card");
    select_paper(&mut h, card + 1);
    // The card is drawn with its photo and its holder's name; the woman at the counter is
    // someone else (her face: the pixel test in `ui_papers.rs`).
    assert!(
        h.query_by_label("Họ, chữ đệm và tên khai sinh: Đoàn Thị Hòa")
            .is_some()
    );
    click(&mut h, "Đánh dấu sai sót");
    click(&mut h, "Ảnh");
    click(&mut h, "giấy tờ của người khác");
    assert_eq!(
        last_action(&h),
        Action::Flag {
            claim: Claim::OnPaper {
                document: "h3-id".into(),
                field: None,
                defect: motcua::scenario::DefectKind::BelongsToOtherPerson,
            }
        }
    );
    // Now the ground can be cited in the refusal.
    let shift = &h.state().session.as_ref().unwrap().shift;
    let report = grade(shift);
    assert!(
        !report
            .feedback
            .iter()
            .any(|f| f.message == "fb-defect-missed"
                && f.args.iter().any(|(k, v)| k == "paper" && v == "h3-id")),
        "the other person's card was found"
    );
}

#[test]
fn a_trainee_pages_through_a_three_page_decision_and_charges_for_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(at_citizen(dir.path(), "exam-shift", 4));
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.at_counter().unwrap().arrival.id, "e4");
    select_paper(&mut h, 1);
    assert!(h.query_by_label("Trang 1/3").is_some());
    click(&mut h, "Trang sau ›");
    assert!(h.query_by_label("Trang 2/3").is_some());
    click(&mut h, "Trang sau ›");
    assert!(h.query_by_label("Trang 3/3").is_some());
    assert_eq!(
        last_action(&h),
        Action::TurnPage {
            document: "e4-decision".into(),
            page: 3
        }
    );
    // Three pages, three copies: 2,000 đ for each of pages 1–2 and 1,000 đ for page 3, per
    // copy (Circular 226/2016/TT-BTC, as the procedure's fee rule says): 3 × 5,000 đ.
    choose_procedure(&mut h, "Chứng thực bản sao từ bản chính");
    click(&mut h, "Tạo hồ sơ");
    type_into(&mut h, "Số tiền", "15000");
    click_role(&mut h, "Nhập phí", Role::Button);
    let Action::SetFee { amount, .. } = last_action(&h) else {
        panic!("the fee was set: {:?}", last_action(&h))
    };
    assert_eq!(amount, 15_000);
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(
        shift.at_counter().unwrap().analysis.as_ref().unwrap().fee,
        amount,
        "the truth charges the same"
    );
}
