//! Dossier statuses of the provincial information system (workflow §7).

use serde::{Deserialize, Serialize};

/// The status of a dossier, following a real provincial system's list (1–10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// 1 Mới đăng ký — submitted online, awaiting acceptance.
    NewOnline,
    /// 2 Được tiếp nhận — accepted, receipt issued, not yet transferred.
    Accepted,
    /// 3 Không được tiếp nhận — refused: at reception, or by the handling officer after it
    /// (the department sends the dossier back and the counter issues the refusal slip).
    Refused,
    /// 4 Đang xử lý — at the handling department.
    Processing,
    /// 5 Yêu cầu bổ sung giấy tờ — supplement requested.
    SupplementRequested,
    /// 6 Yêu cầu thực hiện nghĩa vụ tài chính — waiting for the fee.
    AwaitingPayment,
    /// 7 Công dân yêu cầu rút hồ sơ — withdrawn by the citizen.
    Withdrawn,
    /// 8 Dừng xử lý — handling stopped.
    Stopped,
    /// 9 Đã xử lý xong — result ready to hand back.
    Processed,
    /// 10 Đã trả kết quả — result returned.
    Returned,
}

impl Status {
    /// Every status, in the system's numbering order.
    pub const ALL: [Status; 10] = [
        Status::NewOnline,
        Status::Accepted,
        Status::Refused,
        Status::Processing,
        Status::SupplementRequested,
        Status::AwaitingPayment,
        Status::Withdrawn,
        Status::Stopped,
        Status::Processed,
        Status::Returned,
    ];

    /// The system's numeric code (1–10).
    pub fn number(self) -> u8 {
        Status::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i as u8 + 1)
    }

    /// Stable identifier used in locale keys (`status-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Status::NewOnline => "new-online",
            Status::Accepted => "accepted",
            Status::Refused => "refused",
            Status::Processing => "processing",
            Status::SupplementRequested => "supplement-requested",
            Status::AwaitingPayment => "awaiting-payment",
            Status::Withdrawn => "withdrawn",
            Status::Stopped => "stopped",
            Status::Processed => "processed",
            Status::Returned => "returned",
        }
    }

    /// The statuses a dossier may move to from this one.
    pub fn successors(self) -> &'static [Status] {
        use Status::*;
        match self {
            NewOnline => &[Accepted, Refused, SupplementRequested, Withdrawn],
            Accepted => &[Processing, AwaitingPayment, Withdrawn, SupplementRequested],
            AwaitingPayment => &[Accepted, Processing, Withdrawn],
            Processing => &[Processed, SupplementRequested, Refused, Stopped, Withdrawn],
            SupplementRequested => &[Accepted, Processing, Withdrawn, Stopped],
            Processed => &[Returned],
            Refused | Withdrawn | Stopped | Returned => &[],
        }
    }

    /// True when the dossier's life is over.
    pub fn is_final(self) -> bool {
        self.successors().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_follows_the_provincial_system() {
        assert_eq!(Status::NewOnline.number(), 1);
        assert_eq!(Status::Returned.number(), 10);
    }

    #[test]
    fn every_status_is_reachable_from_a_new_dossier() {
        let mut seen = std::collections::BTreeSet::from([Status::NewOnline]);
        let mut frontier = vec![Status::NewOnline];
        while let Some(s) = frontier.pop() {
            for next in s.successors() {
                if seen.insert(*next) {
                    frontier.push(*next);
                }
            }
        }
        assert_eq!(seen.len(), Status::ALL.len());
    }

    #[test]
    fn a_department_can_send_a_dossier_back_for_a_supplement_or_refuse_it() {
        assert!(
            Status::Processing
                .successors()
                .contains(&Status::SupplementRequested)
        );
        assert!(Status::Processing.successors().contains(&Status::Refused));
        // The supplement brought, the dossier resumes.
        assert!(
            Status::SupplementRequested
                .successors()
                .contains(&Status::Processing)
        );
        assert!(Status::Refused.is_final());
    }
}
