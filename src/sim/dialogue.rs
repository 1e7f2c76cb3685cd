//! What is said at the counter, as data: a citizen's answers, what a close look at a paper
//! shows, the hints of practice mode.
//!
//! A line is either written in the scenario (its opening, its own answers and hint, a planted
//! defect's note) or said in the engine's words when the scenario wrote none — then it is a
//! [`Message`] of `locales/<lang>/dialogue.ftl` with its arguments, so the wording changes in
//! the locale files, never here, and each language shows its own. The engine only picks which
//! message fits the case; whoever shows the line puts it into words ([`Line::text`]).

use serde::{Deserialize, Serialize};

use super::Citizen;
use crate::i18n::{Locale, Message};
use crate::scenario::truth::Disposition;
use crate::scenario::{Question, VneidLevel, Want};
use crate::text::{Lang, LocalizedText};

/// One line of dialogue: an answer, a note on a paper, a hint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Line {
    /// Written in the scenario.
    Written(LocalizedText),
    /// Said in the engine's words: a message of `dialogue.ftl`.
    Said(Message),
}

impl Line {
    /// The line in the locale's language.
    pub fn text(&self, locale: &Locale) -> String {
        match self {
            Line::Written(text) => text.get(locale.lang()).to_owned(),
            Line::Said(message) => locale.message(message),
        }
    }

    /// The line in a language (with the compiled-in locale of that language), as a screen
    /// shows any [`LocalizedText`].
    pub fn get(&self, lang: Lang) -> String {
        self.text(Locale::shared(lang))
    }
}

/// What a citizen who cannot follow the talk answers (`dialogue.ftl`).
const UNCLEAR_ANSWER: &str = "answer-unclear";

fn said(id: &str) -> Line {
    Line::Said(Message::new(id))
}

/// Issue 13, item 6: what a citizen asked to correct a field that was right answers (no
/// defect named: they wrote it right).
pub(super) fn field_is_right() -> Line {
    said("answer-field-is-right")
}

/// The citizen's answer to a question: the scenario's, else their own from their case.
///
/// A citizen who does not follow the talk (little Vietnamese, no interpreter yet) answers
/// unclearly, whatever the scenario wrote.
pub(super) fn answer(citizen: &Citizen, question: Question) -> Line {
    if !citizen.follows_talk() {
        return said(UNCLEAR_ANSWER);
    }
    match citizen.arrival.answers.get(&question) {
        Some(written) => Line::Written(written.clone()),
        None => own_answer(citizen, question),
    }
}

/// What a citizen answers from their case, persona and facts when the scenario wrote nothing.
fn own_answer(citizen: &Citizen, question: Question) -> Line {
    let persona = &citizen.persona;
    let fact = |name: &str| citizen.arrival.facts.contains(name);
    match question {
        Question::Purpose => Line::Written(citizen.arrival.opening.clone()),
        Question::ActingFor if fact("proxy") => said("answer-acting-for-relative"),
        Question::ActingFor => said("answer-acting-for-self"),
        Question::Relationship if fact("close_relative") => {
            said("answer-relationship-close-relative")
        }
        Question::Relationship if fact("proxy") => said("answer-relationship-neighbour"),
        Question::Relationship => said("answer-relationship-applicant"),
        Question::Residence => {
            Line::Said(Message::new("answer-residence").arg("address", &persona.address))
        }
        Question::EventDate => said("answer-event-date"),
        Question::HasVneid => said(match persona.vneid {
            VneidLevel::None => "answer-vneid-none",
            VneidLevel::Level1 => "answer-vneid-level1",
            VneidLevel::Level2 => "answer-vneid-level2",
        }),
        Question::HasSmartphone if persona.smartphone => said("answer-smartphone"),
        Question::HasSmartphone => said("answer-no-smartphone"),
        Question::SubmittedOnline => match citizen.arrival.wants {
            Want::Collect { .. } => said("answer-submitted-online"),
            _ => said("answer-submitting-here"),
        },
        Question::Copies => match citizen.arrival.wants {
            Want::Submit { copies, .. } if copies > 0 => {
                Line::Said(Message::new("answer-copies").arg("copies", copies))
            }
            _ => said("answer-one-copy"),
        },
        Question::MaritalStatus if fact("divorced") => said("answer-divorced"),
        Question::MaritalStatus if fact("married") => said("answer-married"),
        Question::MaritalStatus => said("answer-not-married"),
        Question::Exemption if fact("exempt") => said("answer-exempt"),
        Question::Exemption => said("answer-not-exempt"),
        Question::OtherPapers => said("answer-other-papers"),
        Question::ResultChannel => said(match super::wanted_channel(&citizen.arrival.facts) {
            crate::scenario::ResultChannel::Counter => "answer-result-counter",
            crate::scenario::ResultChannel::Post => "answer-result-post",
            crate::scenario::ResultChannel::Electronic => "answer-result-electronic",
        }),
    }
}

/// The hint for the citizen at the counter: the scenario's, else the one correct disposition
/// of their case (a collection or withdrawal: check the ID first).
pub(super) fn hint(citizen: &Citizen) -> Line {
    if let Some(written) = &citizen.arrival.hint {
        return Line::Written(written.clone());
    }
    match citizen.analysis.as_ref().map(|a| &a.disposition) {
        Some(Disposition::Accept) => said("hint-accept"),
        Some(Disposition::Supplement(components)) => {
            let list: Vec<&str> = components.iter().map(String::as_str).collect();
            Line::Said(Message::new("hint-supplement").arg("components", list.join(", ")))
        }
        Some(Disposition::Refuse(ground)) => {
            Line::Said(Message::new("hint-refuse").arg("ground", ground))
        }
        None => said("hint-check-id"),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::i18n::{message_variables, sources};
    use crate::scenario::Mode;
    use crate::sim::Shift;
    use crate::sim::fixture;

    /// The first citizen of the mini-pack, without the lines its scenario wrote.
    fn citizen() -> Citizen {
        let scenario = Arc::new(fixture::scenario());
        let mut c = Shift::new(scenario, 1, Mode::Practice).citizens[0].clone();
        c.arrival.answers.clear();
        c.arrival.hint = None;
        c.arrival.facts.clear();
        c
    }

    fn with(edit: impl Fn(&mut Citizen)) -> Citizen {
        let mut c = citizen();
        edit(&mut c);
        c
    }

    fn facts(c: &mut Citizen, names: &[&str]) {
        c.arrival.facts = names.iter().map(|n| (*n).to_owned()).collect();
    }

    fn disposed(disposition: Disposition) -> Citizen {
        with(|c| {
            if let Some(a) = &mut c.analysis {
                a.disposition = disposition.clone();
            }
        })
    }

    fn wanting(wants: Want) -> Citizen {
        with(|c| c.arrival.wants = wants.clone())
    }

    /// Every case the engine answers, hints or notes differently, with the words the engine
    /// wrote before they moved to `dialogue.ftl`: the app must show the same in vi and en.
    fn cases() -> Vec<(Line, String, String)> {
        let plain = citizen();
        let address = plain.persona.address.clone();
        let with_facts = |names: &[&str]| with(|c| facts(c, names));
        let vneid = |level: VneidLevel| with(|c| c.persona.vneid = level);
        let phone = |smartphone: bool| with(|c| c.persona.smartphone = smartphone);
        let copies = |copies: u32| {
            wanting(Want::Submit {
                procedure: "residence-confirmation".into(),
                copies,
            })
        };
        let collecting = wanting(Want::Collect {
            dossier: "H99-1".into(),
        });
        let supplement = ["id_card", "form"].map(String::from);
        let look_at = |area: &str, field: &str| {
            Line::Said(
                Message::new("hint-look-at")
                    .arg("area", area)
                    .arg("paper", "GIẤY CHỨNG SINH")
                    .arg("field", field),
            )
        };
        let side_by_side = Line::Said(
            Message::new("hint-read-side-by-side")
                .arg("paper", "TỜ KHAI")
                .arg("field", "Họ tên mẹ")
                .arg("other_paper", "GIẤY CHỨNG SINH")
                .arg("other_field", "Họ tên mẹ"),
        );
        use Question as Q;
        #[rustfmt::skip]
        let cases: Vec<(Line, &str, &str)> = vec![
            (answer(&with_facts(&["proxy"]), Q::ActingFor), "Tôi làm giúp người nhà.", "I am here for a relative."),
            (answer(&plain, Q::ActingFor), "Tôi làm cho chính tôi.", "It is for myself."),
            (answer(&with_facts(&["proxy", "close_relative"]), Q::Relationship), "Tôi là người thân ruột thịt.", "I am a close relative."),
            (answer(&with_facts(&["proxy"]), Q::Relationship), "Tôi là hàng xóm, được nhờ đi giúp.", "I am a neighbour, asked to help."),
            (answer(&plain, Q::Relationship), "Tôi là người đứng tên hồ sơ.", "I am the applicant."),
            (answer(&plain, Q::EventDate), "Ngày ghi trên giấy tờ đó ạ.", "The date on the papers."),
            (answer(&vneid(VneidLevel::None), Q::HasVneid), "Tôi chưa có tài khoản VNeID.", "I have no VNeID account."),
            (answer(&vneid(VneidLevel::Level1), Q::HasVneid), "Tôi có cài VNeID nhưng chưa lên mức 2.", "I installed VNeID but it is only level 1."),
            (answer(&vneid(VneidLevel::Level2), Q::HasVneid), "Có, tài khoản mức 2.", "Yes, a level-2 account."),
            (answer(&phone(true), Q::HasSmartphone), "Có, điện thoại đây.", "Yes, here is my phone."),
            (answer(&phone(false), Q::HasSmartphone), "Tôi chỉ có điện thoại bàn phím thôi.", "I only have a basic phone."),
            (answer(&collecting, Q::SubmittedOnline), "Tôi đã nộp, nay đến nhận kết quả.", "I submitted already; I came for the result."),
            (answer(&plain, Q::SubmittedOnline), "Chưa, tôi nộp trực tiếp.", "No, I am submitting here."),
            (answer(&copies(0), Q::Copies), "Một bản thôi.", "Just one."),
            (answer(&copies(1), Q::Copies), "1 bản.", "1 copies."),
            (answer(&copies(3), Q::Copies), "3 bản.", "3 copies."),
            (answer(&with_facts(&["divorced", "married"]), Q::MaritalStatus), "Tôi đã ly hôn.", "I am divorced."),
            (answer(&with_facts(&["married"]), Q::MaritalStatus), "Tôi đã có gia đình.", "I am married."),
            (answer(&plain, Q::MaritalStatus), "Tôi chưa kết hôn.", "I am not married."),
            (answer(&with_facts(&["exempt"]), Q::Exemption), "Nhà tôi thuộc hộ nghèo, có giấy xác nhận.", "We are a registered poor household."),
            (answer(&plain, Q::Exemption), "Không ạ.", "No."),
            (answer(&plain, Q::OtherPapers), "Tôi chỉ mang chừng này thôi.", "This is all I brought."),
            (answer(&plain, Q::ResultChannel), "Tôi lên đây nhận trực tiếp.", "I'll come and collect it here."),
            (answer(&with_facts(&["result_post"]), Q::ResultChannel), "Gửi qua bưu điện về nhà giúp tôi, tôi trả tiền cước.", "Please send it home by post; I'll pay the postage."),
            (answer(&with_facts(&["result_electronic"]), Q::ResultChannel), "Cho tôi nhận bản điện tử vào tài khoản VNeID, khỏi phải lên lấy.", "I'd like the electronic result in my VNeID account, so I needn't come back."),
            (answer(&with(|c| c.persona.vietnamese = crate::scenario::Level::Low), Q::OtherPapers), "Dạ… dạ… (trả lời ngập ngừng, nửa tiếng Việt nửa tiếng mẹ đẻ, không rõ ý)", "Yes… yes… (a halting answer, half in Vietnamese, half in their own language; the meaning is unclear)"),
            (look_at("seal", ""), "Xem kỹ chỗ đóng dấu trên GIẤY CHỨNG SINH.", "Look closely at where GIẤY CHỨNG SINH is sealed."),
            (look_at("field", "Ngày sinh"), "Xem lại mục «Ngày sinh» trên GIẤY CHỨNG SINH.", "Look again at \"Ngày sinh\" on GIẤY CHỨNG SINH."),
            (look_at("photo", ""), "Nhìn kỹ ảnh trên GIẤY CHỨNG SINH, rồi nhìn người đang đứng trước quầy.", "Look closely at the photo on GIẤY CHỨNG SINH, then at the person at the counter."),
            (side_by_side, "Đặt mục «Họ tên mẹ» trên TỜ KHAI cạnh mục «Họ tên mẹ» trên GIẤY CHỨNG SINH và đọc từng chữ.", "Put \"Họ tên mẹ\" on TỜ KHAI beside \"Họ tên mẹ\" on GIẤY CHỨNG SINH and read them letter by letter."),
            (hint(&disposed(Disposition::Accept)), "Hồ sơ đầy đủ, hợp lệ: tiếp nhận, số hóa từng thành phần, thu phí (nếu có), cấp giấy hẹn.", "The dossier is complete and valid: receive it, digitize each component, take the fee if any, issue the appointment slip."),
            (hint(&disposed(Disposition::Supplement(supplement.into()))), "Hồ sơ chưa đạt: yêu cầu bổ sung một lần các thành phần: form, id_card.", "Not complete: ask once for: form, id_card."),
            (hint(&disposed(Disposition::Refuse("not-competent".into()))), "Trường hợp này phải từ chối bằng văn bản, nêu lý do (not-competent).", "This case must be refused in writing, citing the ground (not-competent)."),
            (hint(&with(|c| c.analysis = None)), "Kiểm tra căn cước trước khi trả kết quả.", "Check the ID before handing anything back."),
            (field_is_right(), "Chỗ này tôi ghi đúng rồi mà.", "I wrote that right, though."),
        ];
        let mut cases: Vec<(Line, String, String)> = cases
            .into_iter()
            .map(|(line, vi, en)| (line, vi.to_owned(), en.to_owned()))
            .collect();
        cases.push((
            answer(&plain, Q::Residence),
            format!("Tôi ở {address}."),
            format!("I live at {address}."),
        ));
        cases
    }

    #[test]
    fn the_engine_says_what_it_said_before_in_vietnamese_and_english() {
        let (vi, en) = (Locale::new(Lang::Vi), Locale::new(Lang::En));
        for (line, in_vi, in_en) in cases() {
            assert!(matches!(line, Line::Said(_)), "{line:?}");
            assert_eq!(line.text(&vi), in_vi, "{line:?}");
            assert_eq!(line.text(&en), in_en, "{line:?}");
        }
    }

    #[test]
    fn every_line_the_engine_says_exists_in_every_language_with_its_arguments() {
        for lang in Lang::ALL {
            let (_, dialogue) = sources(lang)
                .iter()
                .find(|(file, _)| *file == "dialogue.ftl")
                .unwrap_or_else(|| panic!("{lang:?}: dialogue.ftl is not registered"));
            let messages = message_variables(dialogue);
            for (line, _, _) in cases() {
                let Line::Said(said) = &line else { continue };
                let Some((_, vars)) = messages.iter().find(|(id, _)| *id == said.id) else {
                    panic!("locales/{}/dialogue.ftl: no `{}`", lang.tag(), said.id)
                };
                let mut given: Vec<&str> = said.args.iter().map(|(n, _)| n.as_str()).collect();
                given.sort();
                assert_eq!(given, *vars, "{lang:?} `{}`", said.id);
            }
            // And every message of the file is one the engine says.
            for (id, _) in &messages {
                assert!(
                    cases()
                        .iter()
                        .any(|(l, _, _)| matches!(l, Line::Said(m) if m.id == *id)),
                    "locales/{}/dialogue.ftl: `{id}` is never said",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn a_citizen_who_cannot_follow_answers_unclearly_until_helped() {
        let mut c = with(|c| c.persona.vietnamese = crate::scenario::Level::Low);
        let written = LocalizedText::new("Con tôi sinh hôm qua.", "My baby was born yesterday.");
        c.arrival
            .answers
            .insert(Question::EventDate, written.clone());
        assert_eq!(answer(&c, Question::EventDate), said(UNCLEAR_ANSWER));
        c.access.given.insert(crate::sim::Help::FamilyHelp, 0);
        assert_eq!(answer(&c, Question::EventDate), Line::Written(written));
    }

    #[test]
    fn lines_the_scenario_wrote_are_its_own() {
        let mut c = citizen();
        let written =
            LocalizedText::new("Dạ, con tôi sinh hôm qua.", "My baby was born yesterday.");
        c.arrival
            .answers
            .insert(Question::EventDate, written.clone());
        c.arrival.hint = Some(written.clone());
        assert_eq!(
            answer(&c, Question::EventDate),
            Line::Written(written.clone())
        );
        assert_eq!(hint(&c), Line::Written(written.clone()));
        assert_eq!(
            answer(&c, Question::Purpose),
            Line::Written(c.arrival.opening.clone())
        );
        let bn = Locale::new(Lang::Bn);
        // Bengali falls back to the English the scenario wrote.
        assert_eq!(
            Line::Written(written).text(&bn),
            "My baby was born yesterday."
        );
        // The engine's own words are Bengali.
        assert_eq!(
            hint(&with(|c| c.analysis = None)).text(&bn),
            "ফলাফল প্রদানের আগে পরিচয়পত্র যাচাই করুন।"
        );
    }
}
