//! The rules the rubric enforces, each with its legal citation, and the critical errors.

use serde::{Deserialize, Serialize};

/// A rule a feedback item cites (domain README, "Rules the simulator should make a trainee
/// live by", plus the procedure's own legal basis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rule {
    /// Ask once: a supplement request lists everything missing at the first check.
    AskOnce,
    /// Do not demand papers the state already holds (VNeID, population database).
    NoDemandStateHeld,
    /// Digitize at reception: every page, in order, sticky-note pages twice.
    DigitizeAtReception,
    /// Issue the dossier code and the receipt and appointment slip; forward at once.
    ReceiptAndCode,
    /// The 15:00 cut-off: a dossier received at or after it counts as received the next
    /// working day (which is itself not counted).
    Cutoff,
    /// Processing time in working days: due on the Nth working day after the day of
    /// receipt, skipping weekends and days off.
    WorkingDays,
    /// Late means apologise in writing before the due date, with a new date.
    ApologyBeforeDue,
    /// Check identity papers properly (number structure, expiry, names with diacritics).
    CheckIdentity,
    /// Charge the right fee and record the payment method.
    CorrectFee,
    /// Guide citizens toward online services.
    GuideOnline,
    /// Follow the procedure's published components and handling body.
    ProcedureComponents,
    /// Refusals are in writing, with the ground.
    RefuseInWriting,
    /// Personal data goes only to the person it belongs to.
    Privacy,
    /// Keep serving through faults with the right fallback.
    FaultFallback,
    /// Courtesy: no needless repetition, no harassment.
    Courtesy,
    /// Status must reach the National Public Service Portal; failed syncs are retried.
    NationalSync,
    /// A photocopy handed in with its original is compared and signed by the clerk.
    CertifyCopy,
    /// Serve citizens in order and in time.
    ServeInTime,
    /// Hand back results that are ready.
    ReturnResult,
    /// Dossier statuses follow the system's lifecycle (withdrawals recorded).
    StatusLifecycle,
    /// Online dossiers are accepted or answered within 8 working hours.
    OnlineWithin8Hours,
    /// Practice-mode hint used.
    Practice,
    /// Processing time in calendar days: from the day after receipt; a period ending on a
    /// day off ends with the next working day.
    CalendarDays,
    // Issue 13, item 8: citizens who need help to be served.
    /// A citizen with little Vietnamese is served through an interpreter or a relative, so
    /// that they understand what is asked and what they are told.
    LanguageSupport,
    /// A citizen with low vision has what they receive or sign read aloud or printed large.
    AccessibleService,
    // Issue 13: assisted online submission and VNeID outages.
    /// Support online submission: check the citizen's VNeID (phone, level 2) and send to the
    /// self-service kiosk those who can submit there, not those who cannot.
    KioskOnline,
    /// VNeID down: stop online submission at the kiosk, take dossiers on paper at the
    /// counter, never turn a citizen away for it.
    VneidOutagePaper,
    // issue 13: departments sending a dossier back
    /// A dossier the department sent back: the citizen is told, once, exactly what the
    /// department decided (supplement or refusal).
    SendBackNotice,
    // issue 13 item 9
    /// Residence dossiers received by the commune police get the police's own slips (CT04
    /// receipt and appointment, CT05 supplement guidance, CT06 refusal), not the one-stop
    /// slips; other dossiers get the one-stop slips.
    SlipForms,
    /// Issue 13, item 2: every digitized copy is signed with the officer's personal digital
    /// signature before the dossier leaves the counter, and only a copy that matches the
    /// paper is signed.
    SignDigitizedCopy,
    /// Issue 13, item 3: a result is digitized into the citizen's electronic data store
    /// before it is handed back.
    DigitizeResult,
    /// Issue 13, item 3: the e-copy a citizen asked for is certified from the original into
    /// their electronic data store.
    ECopyFromOriginal,
    /// Issue 13, item 3: ask how the citizen wants the result, record the channel the
    /// procedure and the citizen allow, and return the result by it.
    ResultChannel,
    // Issue 13, item 6: on-the-spot corrections.
    /// A slip on the citizen's own form (a name, a date, a blank box, a missing signature) is
    /// corrected and initialled by the citizen at the counter where the rules allow it,
    /// instead of a supplement request and a second trip.
    OnTheSpotCorrection,
    // Issue 13, item 4: inter-agency bundles (`bundles.rs`).
    /// A citizen who qualifies for an inter-agency bundle gets one intake for all its
    /// procedures (not separate dossiers and receipts); one who does not is not bundled.
    BundleIntake,
    /// The bundle's own deadline on its receipt: 3 working days after a full dossier (5
    /// with verification), the 15:00 cut-off moving a late receipt to the next working day.
    BundleDeadline,
    /// A bundle dossier goes to every body that handles one of its procedures.
    BundleTransfer,
}

impl Rule {
    /// Stable identifier used in locale keys (`rule-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Rule::AskOnce => "ask-once",
            Rule::NoDemandStateHeld => "no-demand-state-held",
            Rule::DigitizeAtReception => "digitize-at-reception",
            Rule::ReceiptAndCode => "receipt-and-code",
            Rule::Cutoff => "cutoff",
            Rule::WorkingDays => "working-days",
            Rule::ApologyBeforeDue => "apology-before-due",
            Rule::CheckIdentity => "check-identity",
            Rule::CorrectFee => "correct-fee",
            Rule::GuideOnline => "guide-online",
            Rule::ProcedureComponents => "procedure-components",
            Rule::RefuseInWriting => "refuse-in-writing",
            Rule::Privacy => "privacy",
            Rule::FaultFallback => "fault-fallback",
            Rule::Courtesy => "courtesy",
            Rule::NationalSync => "national-sync",
            Rule::CertifyCopy => "certify-copy",
            Rule::ServeInTime => "serve-in-time",
            Rule::ReturnResult => "return-result",
            Rule::StatusLifecycle => "status-lifecycle",
            Rule::OnlineWithin8Hours => "online-8-hours",
            Rule::Practice => "practice",
            Rule::CalendarDays => "calendar-days",
            Rule::LanguageSupport => "language-support",
            Rule::AccessibleService => "accessible-service",
            Rule::KioskOnline => "kiosk-online",
            Rule::VneidOutagePaper => "vneid-outage-paper",
            Rule::SendBackNotice => "send-back-notice",
            Rule::SlipForms => "slip-forms",
            Rule::SignDigitizedCopy => "sign-digitized-copy",
            Rule::DigitizeResult => "digitize-result",
            Rule::ECopyFromOriginal => "e-copy-from-original",
            Rule::ResultChannel => "result-channel",
            Rule::OnTheSpotCorrection => "on-the-spot-correction",
            Rule::BundleIntake => "bundle-intake",
            Rule::BundleDeadline => "bundle-deadline",
            Rule::BundleTransfer => "bundle-transfer",
        }
    }

    /// The legal source, as cited in feedback (language-neutral).
    pub fn cite(self) -> &'static str {
        match self {
            Rule::AskOnce => "Nghị định 118/2025/NĐ-CP, Điều 11",
            Rule::NoDemandStateHeld => "Chỉ thị 24/CT-TTg (2025); Nghị định 280/2025/NĐ-CP",
            Rule::DigitizeAtReception => {
                "Nghị định 118/2025/NĐ-CP, Điều 17(1)(c); Thông tư 01/2023/TT-VPCP, Điều 8; Thông tư 03/2025/TT-VPCP, Điều 5"
            }
            Rule::ReceiptAndCode => {
                "Nghị định 118/2025/NĐ-CP, Điều 11, 18; Thông tư 03/2025/TT-VPCP, Mẫu số 01"
            }
            Rule::Cutoff => {
                "Hồ sơ nhận sau 15 giờ được coi là nhận vào ngày làm việc tiếp theo (quy trình nội bộ cấp tỉnh 2025; NĐ 123/2015, NĐ 23/2015); Bộ luật Dân sự 2015, Điều 147"
            }
            Rule::WorkingDays => {
                "Bộ luật Dân sự 2015, Điều 147 (không tính ngày nhận hồ sơ); Bộ luật Lao động 2019, Điều 111–112 (ngày nghỉ)"
            }
            Rule::ApologyBeforeDue => {
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018/TT-VPCP Mẫu 04; NĐ 118/2025)"
            }
            Rule::CheckIdentity => "Luật Căn cước 2023, Điều 21; NĐ 137/2015/NĐ-CP, Điều 13",
            Rule::CorrectFee => {
                "Thông tư 226/2016/TT-BTC; Thông tư 75/2022/TT-BTC; Luật Hộ tịch 2014, Điều 11; NĐ 118/2025, Điều 24"
            }
            Rule::GuideOnline => "Chỉ thị 24/CT-TTg (2025); Quyết định 766/QĐ-TTg",
            Rule::ProcedureComponents => {
                "Thủ tục hành chính đã công bố (thành phần hồ sơ, cơ quan giải quyết)"
            }
            Rule::RefuseInWriting => {
                "Phiếu từ chối tiếp nhận giải quyết hồ sơ (TT 01/2018/TT-VPCP Mẫu 03; NĐ 118/2025)"
            }
            Rule::Privacy => "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân",
            Rule::FaultFallback => {
                "Thông tư 03/2025/TT-VPCP (nhiệm vụ bảo đảm hạ tầng, xử lý sự cố)"
            }
            Rule::Courtesy => "Nghị định 118/2025/NĐ-CP, Điều 5",
            Rule::NationalSync => {
                "Quyết định 766/QĐ-TTg (công khai, minh bạch: đồng bộ hồ sơ lên Cổng DVCQG)"
            }
            Rule::CertifyCopy => {
                "Nghị định 123/2015/NĐ-CP, Điều 9 (đối chiếu bản chụp với bản chính)"
            }
            Rule::ServeInTime => {
                "Nghị định 118/2025/NĐ-CP, Điều 11; Quyết định 766/QĐ-TTg (mức độ hài lòng)"
            }
            Rule::ReturnResult => "Nghị định 118/2025/NĐ-CP, Điều 22",
            Rule::StatusLifecycle => {
                "Nghị định 118/2025/NĐ-CP, Điều 21; Thông tư 03/2025/TT-VPCP, Điều 7"
            }
            Rule::OnlineWithin8Hours => "Nghị định 45/2020/NĐ-CP, Điều 11; NĐ 118/2025, Điều 17(2)",
            Rule::Practice => "Chế độ luyện tập",
            Rule::CalendarDays => {
                "Bộ luật Dân sự 2015, Điều 147, Điều 148 khoản 5; Luật Đất đai 2024, Điều 235"
            }
            Rule::LanguageSupport => {
                "Nghị định 118/2025/NĐ-CP, Điều 11 (hướng dẫn đầy đủ, rõ ràng); Hiến pháp 2013, Điều 5 khoản 3 (chưa xác nhận, xem quy tắc accessible-service)"
            }
            Rule::AccessibleService => {
                "Luật Người khuyết tật 2010 (51/2010/QH12); Nghị định 118/2025/NĐ-CP, Điều 11 (chưa xác nhận điều khoản, xem quy tắc accessible-service)"
            }
            Rule::KioskOnline => {
                "Thông tư 03/2025/TT-VPCP (Trung tâm cấp xã: kiểm tra tài khoản định danh điện tử VNeID; hướng dẫn, hỗ trợ dịch vụ công trực tuyến); Quyết định 1594/QĐ-TTPVHCC (Hà Nội, 2025: ưu tiên hướng dẫn nộp trực tuyến); Chỉ thị 24/CT-TTg (2025); Quyết định 766/QĐ-TTg, nhóm 4 (chỉ số thành phần: CHƯA XÁC NHẬN)"
            }
            Rule::VneidOutagePaper => {
                "Nghị định 118/2025/NĐ-CP, Điều 15 (nộp trực tiếp tại Bộ phận Một cửa); Thông tư 03/2025/TT-VPCP (xử lý sự cố); xuất trình giấy tờ khi VNeID gián đoạn: CHƯA XÁC NHẬN"
            }
            Rule::SendBackNotice => {
                "Nghị định 118/2025/NĐ-CP, Điều 11 (hướng dẫn đầy đủ, một lần); quy trình thủ tục hộ tịch cấp tỉnh 2025: hồ sơ phải bổ sung hoặc từ chối, bộ phận giải quyết thông báo Bộ phận Một cửa để thông báo người nộp"
            }
            Rule::SlipForms => {
                "Thông tư 56/2021/TT-BCA, sửa đổi bởi Thông tư 66/2023/TT-BCA (mẫu CT04, CT05, CT06); Thông tư 01/2018/TT-VPCP (phiếu một cửa)"
            }
            Rule::ECopyFromOriginal => {
                "Nghị định 45/2020/NĐ-CP, Điều 10, Điều 16 (sửa đổi bởi Nghị định 118/2025/NĐ-CP, Điều 40(8)); Nghị định 23/2015/NĐ-CP (sửa đổi bởi Nghị định 280/2025/NĐ-CP)"
            }
            Rule::DigitizeResult => {
                "Nghị định 118/2025/NĐ-CP, Điều 22; Nghị định 45/2020/NĐ-CP, Điều 14 (kết quả điện tử), Điều 16 (Kho quản lý dữ liệu điện tử, sửa đổi bởi NĐ 118/2025, Điều 40(8)); quy trình nội bộ cấp xã (vd. Quyết định 1521/QĐ-UBND năm 2025: số hóa kết quả)"
            }
            Rule::ResultChannel => {
                "Nghị định 118/2025/NĐ-CP, Điều 15, Điều 22; Nghị định 45/2020/NĐ-CP, Điều 14 (kết quả điện tử có chữ ký số của cơ quan, đồng bộ vào Kho quản lý dữ liệu điện tử, giá trị pháp lý như bản giấy); trả qua dịch vụ bưu chính công ích nếu đăng ký (quy trình một cửa); thủ tục nào trả kết quả điện tử, cước bưu chính do người dân trả: CHƯA XÁC NHẬN (quy tắc return-channel-choice)"
            }
            Rule::SignDigitizedCopy => {
                "Quy trình nội bộ giải quyết TTHC cấp tỉnh (Quyết định 2031/QĐ-UBND năm 2025): công chức một cửa ký số bản điện tử bằng chữ ký số cá nhân, chịu trách nhiệm về tính đầy đủ, khớp với bản giấy"
            }
            Rule::OnTheSpotCorrection => {
                "Thông tư 04/2020/TT-BTP, Điều 35 (sai sót khi ghi: gạch bỏ, ghi bên cạnh, không tẩy xóa, ghi rõ nội dung sửa và ký) — áp dụng tương tự cho tờ khai của người dân: CHƯA XÁC NHẬN; Nghị định 118/2025/NĐ-CP, Điều 11 (hướng dẫn một lần, không yêu cầu thêm giấy tờ)"
            }
            Rule::BundleIntake => {
                "Nghị định 63/2024/NĐ-CP (liên thông điện tử 02 nhóm TTHC: khai sinh – thường trú – thẻ BHYT trẻ dưới 6 tuổi; khai tử – xóa thường trú – mai táng phí, tử tuất); Quyết định 296/QĐ-VPCP (2024); Nghị định 118/2025/NĐ-CP (cơ chế một cửa liên thông). Tiếp nhận liên thông tại quầy: CHƯA XÁC NHẬN, xem scenarios/shared/bundles"
            }
            Rule::BundleDeadline => {
                "Nhóm TTHC liên thông khai sinh – thường trú – thẻ BHYT trẻ dưới 6 tuổi: không quá 03 ngày làm việc kể từ khi nhận đủ hồ sơ (05 ngày nếu phải xác minh), nhận sau 15 giờ tính từ ngày làm việc tiếp theo (Quyết định 296/QĐ-VPCP năm 2024; Nghị định 63/2024/NĐ-CP); nhóm khai tử: CHƯA XÁC NHẬN"
            }
            Rule::BundleTransfer => {
                "Nghị định 63/2024/NĐ-CP; Nghị định 118/2025/NĐ-CP (một cửa liên thông: chuyển hồ sơ đến từng cơ quan giải quyết, phiếu kiểm soát quá trình giải quyết hồ sơ)"
            }
        }
    }

    /// Every rule.
    pub const ALL: [Rule; 37] = [
        Rule::AskOnce,
        Rule::NoDemandStateHeld,
        Rule::DigitizeAtReception,
        Rule::ReceiptAndCode,
        Rule::Cutoff,
        Rule::WorkingDays,
        Rule::ApologyBeforeDue,
        Rule::CheckIdentity,
        Rule::CorrectFee,
        Rule::GuideOnline,
        Rule::ProcedureComponents,
        Rule::RefuseInWriting,
        Rule::Privacy,
        Rule::FaultFallback,
        Rule::Courtesy,
        Rule::NationalSync,
        Rule::CertifyCopy,
        Rule::ServeInTime,
        Rule::ReturnResult,
        Rule::StatusLifecycle,
        Rule::OnlineWithin8Hours,
        Rule::Practice,
        Rule::CalendarDays,
        Rule::LanguageSupport,
        Rule::AccessibleService,
        Rule::KioskOnline,
        Rule::VneidOutagePaper,
        Rule::SendBackNotice,
        Rule::SlipForms,
        Rule::SignDigitizedCopy,
        Rule::DigitizeResult,
        Rule::ECopyFromOriginal,
        Rule::ResultChannel,
        Rule::OnTheSpotCorrection,
        Rule::BundleIntake,
        Rule::BundleDeadline,
        Rule::BundleTransfer,
    ];
}
