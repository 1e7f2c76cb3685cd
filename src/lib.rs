//! # Một Cửa — a training simulator for Vietnam's one-stop-shop counters
//!
//! A trainee staffs the counter of a commune Public Administration Service Center: citizens
//! arrive with realistic (often flawed) papers; the trainee checks them against the
//! procedure's rules, digitizes them, records the dossier in a mocked portal, takes the fee,
//! issues the right slips and dates, transfers it, returns results and guides citizens
//! toward online services. Every run is seeded and deterministic, and is scored with
//! feedback that cites the rule behind each mistake.
//!
//! ## Layers (each module uses only modules of a lower level)
//! `ARCHITECTURE.md` holds the table that `tests/layers.rs` enforces; from the bottom:
//! 0. [`codec`] (hex, SHA-256, RON limits), [`text`] (localized text, NFC, đồng).
//! 1. [`vocabulary`] (the shared words: channels, departments, statuses, faults and their
//!    responses, form fields, payment methods, critical errors), [`calendar`] (working days
//!    and due dates as the law counts them), [`i18n`] (Fluent messages for vi, en, bn).
//! 2. [`scenario`] — the data model, loading with precise errors, semantic validation, seeded
//!    generation, and the ground truth of each case ([`scenario::truth`]); [`session`] — a
//!    conference session's code (scenario, mode, seeding; a check character), the seed of
//!    each seat, the session file.
//! 3. [`portal`] — the mocked information system: dossiers, statuses, slips, sync.
//! 4. [`sim`] — the engine: [`sim::Shift::apply`] turns an [`sim::Action`] into events on a
//!    simulated clock. The one place state changes.
//! 5. [`score`] — rubric, critical errors, rule-citing feedback, KPIs of Decision 766.
//! 6. [`expert`] — a policy that plays any state the way the rules want.
//! 7. [`record`] (crash-safe journal, sealed result files, verification by re-simulation,
//!    grading), [`report`] (the trainee's report), [`pack_check`] (replays declared test paths).
//! 8. [`xapi`] — delivery to the instructor's LRS: xAPI 1.0.3 statements derived from a sealed
//!    result, the on-disk outbox, the sender with backoff, the LRS client.
//! 9. [`class`] — a conference's results imported (folders, LRS), verified, set apart
//!    (tampered, another session, copies), summarized; gradebook CSV and printable report.
//! 10. `ui` (feature `gui`) — the egui desktop app; it only turns clicks into actions and
//!     draws state.
//! 11. [`cli`] — the command line; without a subcommand it opens the app.
//!
//! ## Glossary (Vietnamese → code)
//! | Vietnamese | English / code |
//! |---|---|
//! | thủ tục hành chính (TTHC) | administrative procedure — `Procedure` |
//! | hồ sơ | dossier — `Dossier` |
//! | thành phần hồ sơ | dossier component — `ComponentRule` |
//! | bản chính / bản sao / bản sao có chứng thực | original / copy / certified copy — `CopyForm` |
//! | tiếp nhận hồ sơ | reception, intake |
//! | Giấy tiếp nhận hồ sơ và hẹn trả kết quả | receipt and appointment slip — `SlipKind::Receipt` |
//! | Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ | supplement request — `SlipKind::SupplementRequest` |
//! | Phiếu từ chối tiếp nhận giải quyết hồ sơ | refusal slip — `SlipKind::Refusal` |
//! | Phiếu xin lỗi và hẹn lại ngày trả kết quả | apology and reschedule slip — `SlipKind::Apology` |
//! | Phiếu kiểm soát quá trình giải quyết hồ sơ | dossier control sheet — `Dossier::control_sheet` |
//! | trả kết quả | return of the result — `Action::ReturnResult` |
//! | số hóa hồ sơ | digitization — `Action::Scan`, `Action::Attach` |
//! | chứng thực bản sao từ bản chính | certification of a copy from its original |
//! | lệ phí / phí | fee / charge — `FeeRule` |
//! | thanh toán trực tuyến | e-payment — `PaymentMethod::EPayment` |
//! | dịch vụ công trực tuyến toàn trình / một phần | fully / partly online service — `OnlineLevel` |
//! | Cổng Dịch vụ công quốc gia | National Public Service Portal — `Action::Sync` |
//! | Hệ thống thông tin giải quyết TTHC | the portal we mock — [`portal::Portal`] |
//! | tài khoản định danh điện tử, VNeID | electronic identity account — `VneidLevel` |
//! | thẻ căn cước (CCCD) | citizen identity card |
//! | ngày làm việc | working day — [`calendar::WorkingCalendar`] |
//! | chỉ số phục vụ người dân, doanh nghiệp | service index (KPIs) — [`score::Kpis`] |
//! | buổi học / hội nghị tập huấn, mã phiên | conference session, session code — [`session::SessionCode`] |
//! | giảng viên, học viên | instructor, trainee |
//! | bảng điểm | gradebook — [`class::gradebook_csv`] |

#![warn(missing_docs)]

pub mod calendar;
pub mod class;
pub mod cli;
pub mod codec;
pub mod expert;
pub mod i18n;
pub mod pack_check;
pub mod portal;
pub mod record;
pub mod report;
pub mod scenario;
pub mod score;
pub mod session;
pub mod sim;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
pub mod vocabulary;
pub mod xapi;
