//! The form set of the slips the clerk issues: the one-stop slips, or the commune police's
//! own residence forms (CT04 receipt and appointment, CT05 supplement guidance, CT06
//! refusal; Circular 56/2021/TT-BCA as amended by Circular 66/2023/TT-BCA). The clerk picks
//! it in the portal before issuing; every slip that has a police form is printed on the set
//! selected then ([`crate::portal::Portal::issue`]). Nothing here says which set a dossier
//! needs: the rubric judges the choice against the procedure (`score/slip_forms.rs`).

use super::Shift;
use super::apply::Outcome;
use crate::scenario::SlipFamily;

/// Seconds it takes to switch the portal's slip template.
const SWITCH_SECONDS: u32 = 5;

impl Shift {
    /// Selects the form set of the next slips. Choosing the set already selected is allowed
    /// and changes nothing but the clock.
    pub(super) fn use_slip_forms(&mut self, family: SlipFamily) -> Outcome {
        self.portal.slip_forms = family;
        Ok((Vec::new(), SWITCH_SECONDS))
    }
}
