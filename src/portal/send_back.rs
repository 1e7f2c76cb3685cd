//! A dossier the handling department sent back to the one-stop section (supplement needed
//! or refusal), and the notices the counter gave the citizen about it.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::scenario::SendBackDecision;
use crate::text::LocalizedText;

/// The department's send-back, as the portal records it on the dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentBack {
    /// When the counter received it.
    pub at: NaiveDateTime,
    /// The handling officer's reason.
    pub reason: LocalizedText,
    /// What the department decided.
    pub decision: SendBackDecision,
    /// Numbers of the slips (supplement request or refusal) the counter issued to inform
    /// the citizen, in order.
    pub notices: Vec<u32>,
    /// When the citizen brought the supplement and the dossier resumed (its deadline
    /// restarting from then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resumed_at: Option<NaiveDateTime>,
}
