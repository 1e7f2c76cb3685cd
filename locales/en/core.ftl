# Messages of the simulation core: rubric, rules, feedback, statuses.
# Vietnamese (locales/vi) is the reference; every id here must exist there with the same variables.

## Rubric dimensions
dim-intake = Intake accuracy
dim-digitization = Digitization quality
dim-compliance = Compliance and timeliness
dim-guidance = Guiding citizens
dim-service = Service quality

## Rules
rule-ask-once = Ask once: list everything missing at the first check
rule-no-demand-state-held = Do not demand papers the state already holds
rule-digitize-at-reception = Digitize at reception, every page in order
rule-receipt-and-code = Issue the dossier code and the appointment slip, forward at once
rule-cutoff = Received at or after 15:00: the next working day counts as the day of receipt, and the period starts the day after it
rule-working-days = Count working days, not the day of receipt: due on the Nth working day after it
rule-apology-before-due = Late means apologise in writing before the due date
rule-check-identity = Check identity papers properly
rule-correct-fee = Charge the right fee and record the payment
rule-guide-online = Guide citizens toward online services
rule-procedure-components = Follow the published procedure
rule-refuse-in-writing = Refuse in writing, citing the ground
rule-privacy = Personal data only to its owner
rule-fault-fallback = Keep serving through faults with the right fallback
rule-courtesy = Courtesy, no needless repetition
rule-national-sync = Sync every dossier to the National Public Service Portal
rule-certify-copy = Compare photocopies with their originals and sign them
rule-serve-in-time = Serve citizens in order and in time
rule-return-result = Hand back results that are ready
rule-status-lifecycle = Record every status change
rule-online-8-hours = Answer online dossiers within 8 working hours
rule-practice = Practice mode
rule-calendar-days = Calendar-day periods start the day after receipt; one that ends on a day off ends with the next working day

## Critical errors
critical-accepted-defective = Accepted a defective or refusable dossier
critical-attached-others-document = Attached another citizen's paper
critical-privacy-breach = Privacy breach
critical-wrong-deadline = Wrong return date on the appointment slip

## Feedback
fb-left-impatient = { $citizen } waited too long and left without being served.
fb-not-served = { $citizen } was not served before the counter closed.
fb-long-wait = { $citizen } waited { $minutes } minutes before being called.
fb-repeated-question = You asked { $citizen } the same question again ({ $question }).
fb-hint-used = Hints used: { $count }.
fb-withdrawal-not-recorded = The withdrawal of dossier { $dossier } was not recorded.
fb-supplement-for-complete = The dossier of { $citizen } was complete, yet you asked for more papers.
fb-unnecessary-trip = { $citizen } has to come back for nothing.
fb-wrongful-refusal = The dossier of { $citizen } was valid, yet you refused it.
fb-not-received = The valid dossier of { $citizen } was not received.
fb-case-not-handled = The case of { $citizen } was never handled.
fb-accepted-incomplete = You received the dossier of { $citizen } although it had a problem ({ $defect }).
fb-defect-missed = You did not spot on { $paper } of { $citizen }: { $defect }.
fb-false-flag = You flagged { $paper } of { $citizen } as wrong ({ $defect }), but nothing is wrong there.
fb-false-flag-demanded = You wrongly flagged { $paper } of { $citizen } ({ $defect }) and so made a demand on them that was not needed.
fb-supplement-missed-item = The supplement request for { $citizen } left out "{ $component }"; they will have to come back again.
fb-demanded-state-held = You asked { $citizen } for "{ $component }", which the state already holds.
fb-demanded-unneeded = You asked { $citizen } for "{ $component }", which this procedure does not require.
fb-unnecessary-demand = Unnecessary demand on { $citizen }: "{ $component }".
fb-asked-twice = You asked { $citizen } for a supplement more than once.
fb-refused-instead-of-supplement = The dossier of { $citizen } could be completed; a supplement request was due, not a refusal.
fb-sent-away-without-slip = { $citizen } was sent away without a written slip.
fb-accepted-refusable = You received the dossier of { $citizen }; it had to be refused ({ $ground }).
fb-wrong-ground = The refusal for { $citizen } cited "{ $given }"; the ground is "{ $ground }".
fb-supplement-instead-of-refusal = The case of { $citizen } had to be refused ({ $ground }), not sent for a supplement.
fb-not-digitized = Component "{ $component }" of { $citizen } was not digitized.
fb-no-receipt = No receipt and appointment slip for { $citizen }.
fb-wrong-procedure = The dossier of { $citizen } was entered under the wrong procedure ({ $procedure }).
fb-name-typed-wrong = The applicant's name for { $citizen } was typed wrongly (should be "{ $expected }").
fb-id-typed-wrong = The ID number of { $citizen } was typed wrongly.
fb-name-not-entered = The applicant's name for { $citizen } was not entered ("{ $expected }").
fb-id-not-entered = The ID number of { $citizen } was not entered.
fb-identity-not-checked = The identity paper of { $citizen } was not checked in the population database.
fb-wrong-fee = Fee for { $citizen }: { $charged } charged, { $correct } due.
fb-fee-not-collected = The fee for dossier { $dossier } was set but not collected.
fb-attached-others-document = A paper of another citizen ({ $document }) was attached to the dossier of { $citizen }.
fb-wrong-scan-attached = The scan attached to "{ $component }" for { $citizen } is of the wrong paper.
fb-scan-quality = The scan of "{ $component }" has a quality problem: { $problem }.
fb-sticky-note-once = "{ $component }": a page with a sticky note must be scanned twice ({ $images } of { $needed } images).
fb-pages-missing = "{ $component }": { $images } of { $needed } pages scanned.
fb-copy-not-checked = Photocopy { $document } was not compared with its original and signed.
fb-wrong-deadline = Appointment for { $citizen }: { $given } written, { $correct } is correct.
fb-not-transferred = Dossier { $dossier } was not transferred to the handling department.
fb-wrong-department = Dossier { $dossier } went to the wrong department ({ $department }).
fb-sync-not-retried = Dossier { $dossier } failed to sync and was never retried.
fb-not-synced = Dossier { $dossier } was not synced to the National Public Service Portal.
fb-result-not-handed = The result of dossier { $dossier } was ready but not handed back.
fb-result-to-unauthorised = The result of { $dossier } was handed to { $citizen }, who is not entitled to it.
fb-returned-without-id-check = The result was handed to { $citizen } without checking their ID.
fb-result-not-returned = { $citizen } came for dossier { $dossier } but did not receive it.
fb-guidance-missed = { $citizen } was not guided: { $topic }.
fb-sent-back-by-department = The dossier of { $citizen } will come back from the handling officer: it cannot be processed as it was received, and its processing time starts over.
fb-citizen-comes-back = { $citizen } will have to come back to complete a dossier that should have been settled right at the counter.
fb-guidance-missed-next-visit = Not guided, { $citizen } will come back to the counter next time instead of using the online service.
fb-guidance-unusable = Guidance given to { $citizen } that they could not use.
fb-online-not-accepted = Online dossier { $dossier } was left unanswered.
fb-no-apology = Dossier { $dossier } will be late and no apology slip was sent.
fb-apology-late = The apology for dossier { $dossier } was sent after the due time.
fb-apology-wrong-date = Apology for { $dossier }: new date { $given }, should be { $correct }.
fb-fault-response-missing = Fault "{ $fault }": expected response missing ({ $response }).

## Portal statuses
status-new-online = New online registration
status-accepted = Accepted
status-refused = Refused
status-processing = Processing
status-supplement-requested = Supplement requested
status-awaiting-payment = Awaiting payment
status-withdrawn = Withdrawn by the citizen
status-stopped = Handling stopped
status-processed = Processed, awaiting return
status-returned = Result returned

## Slips
slip-receipt = Receipt and appointment slip
slip-supplement = Supplement request slip
slip-refusal = Refusal slip
slip-apology = Apology and reschedule slip
slip-fee-receipt = Fee receipt
slip-stop-notice = Notice of stopping handling

## Departments
dept-justice = Judicial and civil-status officer
dept-police = Commune police
dept-economic = Economic office
dept-social = Culture and social affairs office
dept-land = Land and agriculture officer
dept-certification = Certification desk
dept-mot-cua = the one-stop section

## Defects
defect-expired = expired identity paper
defect-invalid-id-number = ID number inconsistent with birth year or sex
defect-name-mismatch = name differs between papers
defect-date-mismatch = date differs between papers
defect-field-mismatch = detail differs between papers
defect-missing-signature = missing signature
defect-missing-stamp = missing seal
defect-wrong-form-version = outdated form version
defect-photocopy-only = photocopy where an original is required
defect-illegible = unreadable paper
defect-belongs-to-other = paper belongs to someone else
defect-forged = forged paper
defect-altered = erased or overwritten content
defect-missing-field = a required field is blank
defect-missing = components missing
defect-online = the online dossier lacks components

## Faults and responses
fault-sync-failure = National portal sync failure
fault-scanner-jam = Scanner jam
fault-frozen-pc = Frozen computer
fault-power-cut = Power cut
fault-payment-down = Payment gateway error
fault-vneid-outage = VNeID outage
response-restart-computer = Restart the computer
response-clear-scanner-jam = Clear the scanner jam
response-report-helpdesk = Report to the IT helpdesk
response-inform-queue = Inform the waiting citizens
response-switch-to-paper = Continue on paper (log book, handwritten slips)
response-switch-to-cash = Take cash with a paper receipt

## Questions
question-purpose = What do you need today?
question-acting-for = Is this for yourself or for someone else?
question-relationship = How are you related to them?
question-residence = Where do you live now?
question-event-date = When did it happen?
question-has-vneid = Do you have a VNeID account?
question-has-smartphone = Do you have a smartphone with you?
question-submitted-online = Did you already submit this online?
question-copies = How many copies do you need?
question-marital-status = What is your marital status?
question-exemption = Do you belong to an exempt group?
question-other-papers = Do you have any other papers with you?

## Guidance topics
guide-online-service = this procedure can be done online
guide-vneid-account = VNeID level-2 account
guide-vneid-login = logging in to VNeID
guide-status-lookup = tracking the dossier by its code
guide-assist-online = submitting online together at the kiosk

## Scan problems
scan-low-resolution = resolution below 200 dpi
scan-color-lost = colour lost (seal or photo)
scan-missing-pages = pages missing
scan-unreadable = the paper is unreadable

## KPIs
kpi-on-time = On-time rate
kpi-online-submission = Online submission rate
kpi-digitization = Digitization rate
kpi-online-payment = Online payment rate
kpi-sync = Synced to the national portal
kpi-satisfaction = Satisfaction
kpi-index = Service index (Decision 766)
kpi-perception = Defects spotted on the papers
kpi-perception-detail = { $found } of { $visible } defects found · { $false } false flags · { $seconds ->
    [none] none found
   *[other] median { $seconds } s to find
}

## Score report
report-total = Total
report-passed = Passed
report-failed = Not passed
report-critical = Critical errors
report-feedback = Feedback
report-kpis = KPIs
report-passed-with-hints = Passed with hints
report-hints-block-pass = You read { $count } hints: this run does not count as a pass. Play it again without hints to unlock the next scenario.
report-unfinished = The shift was not ended: every citizen not yet received (including those still to come) counts as not served, and an unfinished shift does not pass.
report-dimensions-below-floor = Under { $floor }%: { $dimensions } — a pass needs at least { $floor }% in every part of the work; none may be skipped.
report-too-many-wrong-decisions = { $wrong } wrong decisions on dossiers (receiving what could not be received, sending away or refusing what should have been received…); a pass allows at most { $allowed } in a shift of { $decisions } dossiers.
report-dimensions-dropped = Not counted, as this shift had no work of that kind: { $dimensions }. The weights of the other parts were scaled up to make 100 points.
report-not-counted = not counted

## issue 13: citizens who need help to be served
rule-language-support = Language support: a citizen with little Vietnamese is served through an interpreter or a relative
rule-accessible-service = Accessible service: read aloud or print large what a low-vision citizen receives or signs
fb-no-language-help = { $citizen } speaks little Vietnamese and got no interpreter: what was asked and explained did not reach them.
fb-language-help-late = { $citizen }: { $count } questions or explanations came before the interpreter and were not understood.
fb-paper-not-read = { $citizen } sees poorly: { $count } papers handed over without reading them aloud or printing them large; they could not check them (the appointment date, the supplement list).
fb-help-not-needed = { $citizen } did not need { $help ->
    [interpreter] an interpreter
    [family] a relative to interpret
    [read-aloud] the papers read aloud
   *[large-print] large print
  }: the queue waited longer.
## issue 13: kiosk (assisted online submission) and VNeID outage
rule-kiosk-online = Support online submission: ask about the phone and the level-2 VNeID account before sending a citizen to the kiosk; send there those who can submit online
rule-vneid-outage-paper = When VNeID is down: suspend online submission at the kiosk, receive paper dossiers at the counter, never turn a citizen away for it
fb-kiosk-unfit = { $citizen } was sent to the kiosk but could not submit online: { $block }.
fb-kiosk-wasted = { $citizen } spent { $minutes } minutes at the kiosk without submitting the dossier.
fb-kiosk-not-offered = { $citizen } could have submitted online at the kiosk but was not sent there: one online dossier lost.
kiosk-block-no-smartphone = no smartphone
kiosk-block-no-vneid-level2 = no level-2 VNeID account
kiosk-block-not-fully-online = the procedure cannot be done fully online
kiosk-block-vneid-outage = VNeID is down
kiosk-block-needs-coaching = could not manage alone and needed a clerk beside them
kiosk-block-called-back = called back to the counter by the clerk
kpi-queue-wait = The queue's waiting cost: { $minutes } citizen-minutes (waiting to be called, and at the kiosk for nothing)
response-suspend-kiosk = Suspend the kiosk, receive paper dossiers at the counter

## issue 13: departments sending a dossier back
rule-send-back-notice = A dossier sent back by its department: tell the citizen once, exactly what the department decided
fb-send-back-not-told = Dossier { $dossier } was sent back by its department but the citizen was never told.
fb-send-back-misinformed = The notice about dossier { $dossier } did not say what the department decided.
fb-send-back-late = The citizen of dossier { $dossier } was told late: more than { $minutes } minutes after the department sent it back.
fb-send-back-asked-again = Dossier { $dossier }: a second notice was sent — a supplement is asked for once.
fb-send-back-not-synced = The new status of dossier { $dossier } after it was sent back was not synced to the National Public Service Portal.
fb-supplement-not-received = { $citizen } brought the supplement for dossier { $dossier } but it was not received: the dossier is still waiting.
fb-supplement-wrong-date = Dossier { $dossier } supplemented: the receipt says { $given }, it should be { $correct } (the processing time starts again once it is complete).

## issue 13: police residence slips (CT04–CT06) and the catalogue
rule-slip-forms = Residence dossiers of the commune police get the police's own forms (CT04, CT05, CT06), not the one-stop slips
fb-wrong-slip-forms = The slip given to { $citizen } was printed on the wrong forms: this procedure uses { $forms ->
        [police] the police's forms (CT04 receipt, CT05 supplement guidance, CT06 refusal)
       *[other] the one-stop slips
    }.
slip-police-receipt = Dossier receipt and appointment slip (form CT04)
slip-police-supplement = Guidance to supplement and complete the dossier (form CT05)
slip-police-refusal = Refusal to receive and handle the dossier (form CT06)
slip-forms-one-stop = One-stop slips
slip-forms-police = Police forms (CT04–CT06)

## issue 13: the clerk's own side of the system
fault-certificate-expired = Digital signature certificate expired
rule-sign-digitized-copy = Sign every scan with your personal digital signature before the dossier is transferred; sign only what matches the paper
fb-transferred-unsigned = Dossier { $dossier } was transferred with { $count } unsigned scans (the first: scan number { $scan }).
fb-signed-flawed-scan = You signed scan number { $scan } although it does not match the paper (colour lost, low resolution or a missing page).
kpi-results-digitized = Results digitized before they were handed back
rule-digitize-result = Digitize the result into the citizen's electronic data store before handing it back
fb-result-not-digitized = The result of dossier { $dossier } was handed back without being digitized into the citizen's electronic data store.
rule-e-copy-from-original = Certify an electronic copy from the original into the citizen's data store when they ask for one
fb-e-copy-missing = { $citizen } asked for an electronic copy (dossier { $dossier }) but none was certified from the original into their data store.

## issue 13: how the result is returned (return channel)
question-result-channel = How would you like to receive the result: here, by post, or electronically?
rule-result-channel = Ask how the citizen wants the result, record the way the procedure and the citizen allow, and return the result that way
fb-result-channel-not-asked = You did not ask { $citizen } how they want to receive the result.
fb-result-channel-wrong = Dossier { $dossier } of { $citizen } records the result { $recorded ->
    [post] by post
    [electronic] as an electronic result
   *[counter] at the counter
}, but it should be { $expected ->
    [post] by post
    [electronic] as an electronic result
   *[counter] at the counter
}.
fb-result-wrong-channel = The result of dossier { $dossier } went { $via ->
    [post] by post
    [electronic] as an electronic result
   *[counter] over the counter
} although the citizen chose { $recorded ->
    [post] the post
    [electronic] an electronic result
   *[counter] the counter
}.
fb-result-left-waiting = The result of dossier { $dossier } is ready but was not sent { $recorded ->
    [post] by post
    [electronic] as an electronic result
   *[counter] to the counter
} as the citizen chose: they will not come to the counter.
kpi-e-results-issued = Results returned electronically

## issue 13: on-the-spot corrections
rule-on-the-spot-correction = A small slip on the citizen's own form is corrected by the citizen at the counter (struck through, rewritten beside it, initialled) where the rules allow it, instead of a supplement request
fb-received-uncorrected = You received the dossier of { $citizen } with a slip on the form that the citizen could have corrected at the counter ({ $defect }).
fb-slip-instead-of-correction = { $citizen } has to go home and come back for a slip on the form that they could have corrected and initialled at the counter.
fb-demanded-correctable = You asked { $citizen } to supplement { $component }, although they could have corrected the slip on it at the counter.
fb-correction-not-offered = { $citizen } still has { $count } slip(s) on the form that could have been corrected at the counter, and was not asked to correct them.
fb-false-correction = You asked { $citizen } to correct { $count } place(s) that were not wrong: the citizen's time lost.

## issue 13: inter-agency bundles
dept-social-insurance = Social insurance office
rule-bundle-intake = A citizen who qualifies for an inter-agency bundle: receive one bundle dossier for the whole group of procedures, once
rule-bundle-deadline = An inter-agency bundle's deadline: 3 working days (5 when verification is needed); received after 15:00, counted from the next working day
rule-bundle-transfer = Transfer a bundle dossier to every handling body
fb-bundle-not-offered = { $citizen } qualified for the inter-agency bundle ({ $bundle }), but the dossier was not received as the bundle.
fb-bundle-not-eligible = { $citizen } does not qualify for the inter-agency bundle ({ $bundle }): each procedure's own dossier should have been received.
fb-bundle-split = { $citizen } also got a separate dossier { $dossier } for a procedure already in the bundle: the citizen filled in forms and got a receipt twice.
fb-bundle-body-not-transferred = Bundle dossier { $dossier } was not transferred to { $department }.
