//! Which checks each case of a shift gets, and in what order: every citizen who came (by
//! what they want: submit, collect a result, withdraw), then the online dossiers waiting in
//! the portal at the start, the delays departments reported, and the faults. The checks
//! themselves live in the file of the dimension they charge; the order here is the order of
//! feedback items that share a moment and a message, and of the report's critical errors.

use super::{
    Dimension, Grader, accessibility, clerk_system, compliance, digitization, guidance, intake,
    online, perception, received_dossier, send_back, service,
};
use crate::portal::Dossier;
use crate::scenario::truth::{Analysis, Disposition};
use crate::scenario::{Channel, Procedure, Want};
use crate::sim::{CaseRef, Citizen};

/// Runs every check of the shift.
pub(super) fn grade_cases(g: &mut Grader<'_>) {
    for i in 0..g.shift.citizens.len() {
        grade_citizen(g, i);
    }
    grade_online_dossiers(g);
    compliance::apologies(g);
    compliance::fault_responses(g);
    send_back::send_backs(g);
    super::slip_forms::slip_forms(g);
    clerk_system::signatures(g);
    clerk_system::results(g);
    clerk_system::e_copies(g);
    super::return_channel::return_channels(g);
}

/// A walk-in citizen's submission, as the checks of every dimension read it.
pub(super) struct Submission<'a> {
    /// The citizen's index in the shift.
    pub citizen: usize,
    /// The citizen as the shift knows them: papers, requests and refusals they got.
    pub person: &'a Citizen,
    /// The citizen's name, as feedback names them.
    pub who: String,
    /// The procedure they came for.
    pub procedure: &'a Procedure,
    /// The ground truth of the case.
    pub truth: &'a Analysis,
    /// The dossier the trainee received (receipt issued), if any.
    pub received: Option<&'a Dossier>,
    /// True when the citizen reached the counter.
    pub served: bool,
}

impl Submission<'_> {
    /// True when the truth says the dossier is complete and must be received.
    pub fn should_receive(&self) -> bool {
        self.truth.disposition == Disposition::Accept
    }
}

fn grade_citizen(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    // Every citizen of the scenario counts, also one who has not come yet: a result is a
    // whole shift, and one who was never served was not served.
    service::waiting(g, i);
    intake::hints(g, i);
    let served = c.called_at.is_some();
    match &c.arrival.wants {
        Want::Submit { procedure, .. } => {
            let procedure = shift.scenario.procedure(procedure);
            if let (Some(truth), Some(procedure)) = (&c.analysis, procedure) {
                let case = Submission {
                    citizen: i,
                    person: c,
                    who: g.name(i),
                    procedure,
                    truth,
                    received: received_dossier(shift, i),
                    served,
                };
                grade_submission(g, &case);
            }
        }
        Want::Collect { dossier } => grade_collection(g, i, dossier, served),
        Want::Withdraw { dossier } => intake::withdrawal(g, i, dossier),
        Want::BringSupplement { dossier } => send_back::supplement_brought(g, i, dossier),
    }
    guidance::topics(g, i);
    service::unusable_guidance(g, i);
    accessibility::accommodation(g, i);
    online::kiosk(g, i);
}

fn grade_submission(g: &mut Grader<'_>, case: &Submission<'_>) {
    g.decisions += 1;
    g.offer(Dimension::Intake, intake::DISPOSITION);
    if case.should_receive() || case.received.is_some() {
        g.offer(Dimension::Compliance, compliance::RECEIPT);
    }
    if case.should_receive() {
        digitization::offer(g, case);
    }
    intake::disposition(g, case);
    let review = perception::review_case(g.shift, CaseRef::Citizen(case.citizen), case.truth);
    perception::charge(g, &review, &case.who);
    let Some(d) = case.received else {
        if case.should_receive() {
            digitization::nothing_received(g, case);
            compliance::no_receipt(g, case);
        }
        return;
    };
    intake::dossier_entry(g, case, d);
    compliance::fee_collected(g, case, d);
    if d.channel == Channel::Counter {
        digitization::counter_dossier(g, case, d);
        compliance::copies_certified(g, case, d);
    }
    compliance::after_receipt(g, case, d);
    super::bundles::bundle_intake(g, case);
}

fn grade_collection(g: &mut Grader<'_>, i: usize, code: &str, served: bool) {
    g.offer(Dimension::Intake, intake::COLLECTION);
    g.offer(Dimension::Compliance, 2.0);
    let Some(d) = g.shift.portal.dossiers.get(code) else {
        return;
    };
    if intake::result_handed_back(g, i, d, served) {
        compliance::synced_on_return(g, i, d);
    }
}

/// Online dossiers waiting in the portal at the start of the shift, each against its truth.
fn grade_online_dossiers(g: &mut Grader<'_>) {
    let shift = g.shift;
    for e in &shift.scenario.file.existing_dossiers {
        let (Some(d), Some(truth)) = (
            shift.portal.dossiers.get(&e.code),
            shift.online_truth.get(&e.code),
        ) else {
            continue;
        };
        g.decisions += 1;
        g.offer(Dimension::Intake, intake::DISPOSITION);
        let review = perception::review_case(shift, CaseRef::Online(e.code.clone()), truth);
        perception::charge(g, &review, &e.code);
        if truth.disposition == Disposition::Accept {
            g.offer(Dimension::Compliance, 4.0);
        }
        if intake::online_disposition(g, d, truth) {
            compliance::online_after_acceptance(g, d);
        }
    }
}
