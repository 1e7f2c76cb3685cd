//! # Một Cửa — a training simulator for Vietnam's one-stop-shop counters
//!
//! A trainee staffs the counter of a commune Public Administration Service Center: citizens
//! arrive with realistic (often flawed) papers; the trainee checks them against the
//! procedure's rules, digitizes them, records the dossier in a mocked portal, takes the fee,
//! issues the right slips and dates, transfers it, returns results and guides citizens
//! toward online services. Every run is seeded and deterministic, and is scored with
//! feedback that cites the rule behind each mistake.
//!
//! ## Layers (each knows only the ones above it)
//! - [`text`], [`calendar`] — localized text, NFC; working days and appointment arithmetic.
//! - [`scenario`] — the data model (procedures, document kinds, personas, scenarios),
//!   loading with precise errors, semantic validation, seeded generation, and the ground
//!   truth of each case ([`scenario::truth`]).
//! - [`portal`] — the mocked information system: dossiers, statuses, slips, sync.
//! - [`sim`] — the engine: [`sim::Shift::apply`] turns an [`sim::Action`] into events on a
//!   simulated clock. The one place state changes.
//! - [`score`] — rubric, critical errors, rule-citing feedback, KPIs of Decision 766.
//! - [`record`] — journal (crash-safe) and sealed result files, verification by re-simulation.
//! - [`i18n`] — Fluent messages for vi (reference), en, bn.
//! - `ui` (feature `gui`) — the egui desktop app; it only turns clicks into actions and draws state.
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

pub mod calendar;
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
pub mod sim;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
pub mod vocabulary;
