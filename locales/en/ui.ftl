# Labels of the desktop app. Vietnamese (vi/ui.ftl) is the reference: every id there must be
# here with the same variables.

## General
app-title = Một Cửa
app-subtitle = Commune one-stop-shop counter simulator

## Home
home-loading = Loading the scenarios…
home-resume-title = Continue your unfinished shift
home-resume-body = Scenario "{ $scenario }" by { $trainee }: { $actions } actions recorded. Everything was saved as you went; you will be back exactly where you stopped.
home-resume = Continue
home-resume-discard = Discard this shift
resume-unknown-scenario = Scenario "{ $scenario }" is not in the installed scenario pack.
resume-journal-error = Cannot resume the shift journal { $file }: { $error }
home-curriculum = Self-study curriculum
home-curriculum-help = Work from easy to hard; passing a scenario unlocks the next one.
home-no-scenarios = No scenario could be loaded.
home-difficulty = Difficulty { $level }/5
home-best = Best score: { $score }
home-not-tried = Not tried yet
home-locked = Pass "{ $scenario }" first
home-start = Start
home-new-morning = New morning
home-conference = Conference mode
home-conference-help = Enter your name and the session code the instructor reads out, or open the session file the instructor sent; the code sets the scenario and the mode.
home-trainee-name = Trainee's full name
home-session-code = Session code
home-session-code-hint = 9 characters, such as K7M-4QX-PZ2
home-join = Join session
home-name-required = Enter your full name so the result carries it.

## Notices
notice-dismiss = OK
notice-data-dir-failed = Cannot create the data folder { $path }: { $error }. Results will not be saved.
notice-file-unreadable = Cannot read { $path }: { $error }. Defaults are used.
notice-file-damaged = The file { $path } is damaged; defaults are used. ({ $error })
notice-bad-setting = Setting "{ $key }" has an invalid value { $value }; the default is used.
notice-unknown-setting = Unknown setting "{ $key }" ignored.
notice-save-failed = Cannot save { $path }: { $error }
notice-no-data-dir = No data folder could be found; settings and results will not be saved.
notice-no-pack = No scenario pack found. Set the environment variable { $env } to the scenarios folder.
notice-pack-problems = The scenario pack has { $count } problems; broken scenarios are left out. First: { $first }
notice-journal-tail = The last action before the app stopped was not fully written and was dropped: { $note }
notice-replay-failed = Cannot play again: { $error }

## Progress
progress-loading-shared = Loading procedures, papers, calendars…
progress-loading-scenarios = Checking the scenarios…
progress-grading = Grading…
progress-expert = Replaying the expert path…

## Settings
settings-title = Settings
settings-language = Language
settings-font-size = Text size
settings-theme = Appearance
settings-theme-light = Light
settings-theme-dark = Dark
settings-mode = Mode
settings-trainee = Trainee's name
settings-trainee-hint = Printed on slips and result files
settings-results-folder = Results folder
settings-results-default = Default (the data folder)
settings-results-choose = Choose folder…
settings-results-reset = Use the default
settings-results-no-dialog = No folder dialog can be opened on this computer; results are saved in the default folder.
settings-data-folder = Data is kept in: { $path }
mode-practice = Practice
mode-exam = Exam
mode-practice-help = Hints, live KPIs, minor mistakes cost half.
mode-exam-help = No hints, KPIs hidden during the shift, full penalties.

## Briefing before a shift
briefing-title = Shift briefing: read before you open the counter
briefing-start = Open the counter, start the shift
briefing-back = Back to home
briefing-situation = Situation
briefing-objectives = Objectives of the shift
briefing-no-objectives = This scenario sets no objectives of its own: handle every citizen by the rules.
briefing-mode = Mode: { $mode }.
briefing-session = Session code: { $code }
briefing-queue = Citizens expected at the counter ({ $count })
briefing-more = … and { $count } more.
briefing-existing = The portal already holds { $count } dossiers waiting to be handled or returned.

## The tutorial's step guide (one line under the counter's header)
guide-title = Step by step:
guide-understood = Got it
guide-off = Turn the guide off
guide-on-your-own = You have done these steps on your own; carry on.
guide-call-next = Click "{ counter-call-next }" in the citizen column to bring the next person to the counter.
guide-ask = Ask what the citizen came for: pick a question in the citizen column.
guide-look = Look closely at each paper: click it, use "{ desk-look-magnifier }", "{ desk-look-light }", turn its pages, "{ desk-compare-button }" for two lines. Flag what is wrong.
guide-identity = Look up the applicant's ID: pick the ID card on the desk, click "{ desk-check-identity }".
guide-create = In the portal, "{ portal-menu-reception }": choose the procedure, then click "{ portal-create }".
guide-applicant = Type the applicant's name and personal ID number into the dossier in the portal.
guide-scan = Digitize the papers to submit: pick a paper, click "{ scanner-scan }", then attach the scan to its component of the dossier.
guide-decide = Decide: if complete, enter the date and click "{ portal-issue-receipt }"; if not, ask once for all that is missing; if not eligible, refuse.
guide-transfer = "{ portal-menu-processing }": choose the handling department and click "{ portal-transfer }".
guide-sync = Click "{ portal-sync }" so the dossier shows on the National Public Service Portal.
guide-return = "{ portal-menu-return }": find the citizen's dossier and hand over the result (or record the withdrawal).
guide-guide = Show the citizen how to do it online next time: pick a topic under "{ citizen-guide }".
guide-dismiss = Click "{ counter-dismiss }" to end this citizen's visit.

## Counter
counter-home = Home
counter-home-help = The shift is saved automatically; you can continue later.
counter-end-shift = End shift
counter-end-title = End the shift?
counter-end-body = People still waiting will have to leave. Then you see your score and feedback.
counter-end-confirm = End and grade
counter-cancel = Cancel
counter-call-next = Call next number (N)
counter-dismiss = Done, goodbye (D)
counter-dismiss-help = Finish with this citizen; if a same-day result is coming, they sit and wait.
counter-hint = Hint
counter-hint-button = Hint (H)
counter-wait = Wait { $minutes } min

## Citizen
citizen-portrait = Portrait of { $citizen }
citizen-nobody = The counter is free.
citizen-queue-empty = Nobody is queuing.
citizen-waiting-results = Waiting for a result:
citizen-questions = Ask the citizen
citizen-guide = Guide
citizen-guided-useful = (Guided: { $topic })
citizen-guided-useless = (Guided on { $topic }, but the citizen cannot use it yet)
citizen-queue = Queue: { $count } people
citizen-patience = about { $minutes } min of patience left
citizen-expected = { $count } more people will come.
citizen-guide-online-service-help = Explain that this procedure can be done online, and how, next time.
citizen-guide-vneid-account-help = Explain the level-2 VNeID account (enrol at the police with the chip card and a phone).
citizen-guide-vneid-login-help = Help log in to VNeID on the citizen's phone.
citizen-guide-status-lookup-help = Show how to look up the dossier by its code (QR on the slip, SMS).
citizen-guide-assist-online-help = Sit with the citizen and submit this dossier online right at the counter.
# Guidance buttons (capitalised; the topics in core.ftl are worded to sit inside a sentence).
citizen-guide-online-service-button = This procedure can be done online
citizen-guide-vneid-account-button = VNeID level-2 account
citizen-guide-vneid-login-button = Logging in to VNeID
citizen-guide-status-lookup-button = Tracking the dossier by its code
citizen-guide-assist-online-button = Submitting online together at the kiosk

## Desk
desk-empty = The desk is empty. Call the next person to begin.
desk-shortcuts = Shortcuts: N call next, 1–9 pick a paper, I magnifier, K identity check, C side by side, S scan, R receipt, H hint, D dismiss, Esc clear.
desk-check-identity = Check the population database (K)
desk-zoom = Zoom
desk-state-records = Look up what the state holds
desk-state-records-help = Look up VNeID and the civil-status and population databases: which papers must not be demanded.
desk-state-records-result = Already held by the state (do not demand):
desk-state-records-none = None of this case's papers is in the databases.
desk-identity-result = Population database:
desk-identity-found = On record: { $name }, born { $birth }.
desk-identity-not-found = This ID number is not on record.
desk-compare = Compare fields
desk-compare-help = Click two lines on the papers (on two papers if you like) to put them side by side and read them closely.
desk-compare-none = (none)
desk-compare-button = Side by side (C)
desk-compare-clear = Clear
desk-compare-flag = These two lines differ
desk-look-magnifier = Magnifier (I)
desk-look-magnifier-help = Enlarge to read small print, overwritten digits, the grain of a seal.
desk-look-light = Hold against the light
desk-look-light-help = Hold the paper to the light: erasures, overwrites, the watermark and an embossed seal show.
desk-look-light-off = Put it down
desk-page = Page { $page }/{ $pages }
desk-page-prev = ‹ Previous page
desk-page-next = Next page ›
flag-menu = Flag a problem
flag-quick = Wrong at { $place }:
flag-quick-close = Close
flag-area-field = A line of information
flag-area-photo = Photo
flag-area-seal = Seal
flag-area-signature = Signature
flag-area-form-code = Form code
flag-area-whole = The whole paper
flags-title = What you have flagged
flags-none = You have not flagged anything yet.
flag-clear = Clear
flag-on-field = { $paper } · { $field }: { $defect }
flag-on-paper = { $paper }: { $defect }
flag-discrepancy = Differ: { $a } / { $b }

## Scanner
scanner-title = Scanner
scanner-paper = Paper: { $document }
scanner-no-paper = (pick a paper on the desk)
scanner-dpi = Resolution
scanner-color = Colour
scanner-gray = Grey
scanner-bw = Black and white
scanner-duplex = Both sides
scanner-scan = Scan (S)
scanner-none = Nothing scanned for this citizen yet.
scanner-scan-label = Scan { $scan }: { $document }
scanner-scan-number = Scan { $scan } ({ $images } images)
scanner-attach-to = Attach to dossier { $dossier }:
scanner-choose-component = Choose a component
scanner-attach = Attach
scanner-no-dossier = Create the dossier in the system to attach scans.
scanner-chosen = Chosen to attach
scanner-attach-needs-component = Choose the dossier component to attach the chosen scan to.
scanner-attach-ready = Scan { $scan } will be attached to: { $component }

## The one-stop information system
portal-system-title = INFORMATION SYSTEM FOR HANDLING ADMINISTRATIVE PROCEDURES
portal-menu-reception = Reception
portal-menu-processing = Processing
portal-menu-return = Return results
portal-menu-lookup = Procedure lookup
portal-sync-ok = National portal sync: normal
portal-sync-failed = Sync failed: { $count } dossiers
portal-unavailable = The computer cannot be used (frozen or power cut).
portal-no-citizen = Nobody at the counter.
portal-new-dossier = New dossier
portal-procedure = Procedure
portal-choose-procedure = (choose a procedure)
portal-create = Create dossier
portal-dossier = Dossier { $dossier }
portal-save = Save
portal-components = Dossier components
portal-component = Component
portal-form = Form
portal-attached = Scans
portal-form-original = Original
portal-form-copy = Copy
portal-form-show = Shown only
portal-fee = Fees and charges
portal-fee-amount = Amount
portal-set-fee = Enter fee
portal-fee-invalid = Invalid amount.
portal-fee-due = To collect: { $amount }
portal-fee-free = Free of charge.
portal-fee-not-set = No fee entered.
portal-paid = Collected { $amount } ({ $method })
portal-certify = Check a photocopy against its original
portal-certify-copy = Photocopy
portal-certify-original = Original to compare with
portal-department = Department
portal-choose = (choose)
portal-certify-button = Check and sign
portal-receipt = Receipt and appointment slip
portal-appointment = Return date
portal-calendar = Calendar
portal-issue-receipt = Issue receipt and appointment (R)
portal-issue-receipt-help = Receive the dossier, issue its code and print the slip with the date you typed.
portal-date-invalid = Invalid date: type DD/MM/YYYY.
portal-request-supplement = Issue supplement request
portal-ground = Ground
portal-choose-ground = (choose a ground)
portal-grounds-from-flags = A defect of the papers becomes a refusal ground once you have flagged it on the paper.
portal-supplement-grounds = What you flagged on the papers (the grounds of a supplement request):
portal-refuse = Issue refusal slip
portal-online-queue = Online dossiers awaiting reception
portal-accept-online = Receive
portal-online-review = Review
portal-online-close = Close
portal-online-papers = Online dossier { $dossier }: submitted e-copies
portal-online-no-papers = No files were attached to this dossier.
portal-dossier-list = Dossier list
portal-no-dossiers = No dossiers yet.
portal-appointment-on = Return on: { $date }
portal-sync-not-sent = Not synced
portal-sync-error = Sync failed
portal-sync-done = Synced
portal-delay = Department reports a delay: { $reason } ({ $days } more working days)
portal-control-sheet = Dossier processing control sheet
portal-control-sheet-row = { $time }: { $from } handed over to { $to } — { $status }
portal-choose-department = (choose a department)
portal-transfer = Transfer
portal-sync = Sync to the national portal
portal-apology-date = New date
portal-send-apology = Send apology slip
portal-view-slip = Slip { $number }: { $slip }
portal-other-slips = Other slips
portal-return-result = Hand back result
portal-withdraw = Record withdrawal
portal-lookup-open = Open procedure page
portal-national-code = National procedure code: { $code }
portal-deadline = Processing time
portal-same-day = Same working day
portal-working-days = { $days } working days
portal-calendar-days = { $days } calendar days
portal-handled-by = Handled by
portal-online = Online
portal-result = Result
portal-legal-basis = Legal basis
online-full = Fully online
online-partial = Partly online
online-none = Counter only
fee-free = Free
fee-flat = { $counter } at the counter; { $online } online
fee-per-copy = { $amount } per copy
fee-per-page = { $first } a page for the first { $pages } pages, { $later } a page after, at most { $cap } a copy
fee-free-when = Free for exempt cases; otherwise: { $otherwise }
pay-cash = Cash
pay-epayment = E-payment

## Calendar
calendar-previous = Previous month
calendar-next = Next month
calendar-mon = Mo
calendar-tue = Tu
calendar-wed = We
calendar-thu = Th
calendar-fri = Fr
calendar-sat = Sa
calendar-sun = Su
calendar-working = working day
calendar-weekend = weekend
calendar-day-off-named = day off: { $name }
calendar-make-up = make-up working day: { $name }
calendar-legend = Red: days off; bold green: make-up working Saturdays. The day of receipt is not counted; from 15:00 the next working day is the day of receipt. Click a day to fill in the return date.

## Slips
slip-line-citizen = Applicant: { $citizen }
slip-line-procedure = Procedure: { $procedure }
slip-line-dossier = Dossier code: { $dossier }
slip-line-appointment = Result to be returned on: { $date }
slip-line-receipt-note = Bring this slip and an identity paper when you collect the result.
slip-line-supplement = Please supplement or complete the following papers:
slip-line-supplement-note = The one-stop counter lists everything to add, once and completely.
slip-line-ground = Ground for refusal: { $ground }
slip-line-reason = Reason for the delay: { $reason }
slip-line-new-date = New return date: { $date }
slip-line-apology = The centre apologises for this delay.
slip-line-amount = Amount collected: { $amount }
slip-line-stop = Handling stopped at the citizen's request to withdraw.
slip-line-electronic = (Sent electronically through the Public Service Portal)
slip-clerk = RECEIVING OFFICER
slip-clerk-unnamed = Trainee
slip-sign-hint = (Signature and full name)
slip-citizen-sign = APPLICANT
slip-hand-over = Hand the slip to the citizen

## Status bar
status-clock = Simulated time
status-queue = Waiting: { $count }
status-waiting = Waiting for results: { $count }
status-kpis-hidden = KPIs hidden in exam mode
status-autosaved = Saved automatically
status-journal-error = Cannot write the shift journal { $file }: { $error }

## Errors of the shift journal and the result file (after the file name)
record-error-io = { $action ->
        [create] cannot create the file
        [open] cannot open the file
        [read] cannot read the file
        [write] cannot write to the file
        [sync] cannot save it to the disk
        [replace] cannot replace the old file
        [truncate] cannot cut off the half-written line
        [seek] cannot move within the file
        [list] cannot read the folder
       *[other] cannot { $action }
    } ({ $reason })
record-error-rollback = writing failed ({ $reason }) and cutting off the half-written line failed too ({ $rollback }); the journal takes no more actions — resuming the shift recovers it
record-error-damaged = the journal ends with a damaged line after a failed write and takes no more actions — resuming the shift recovers it
record-error-too-large = the file is { $size } bytes; the record of a real shift is at most { $limit } bytes
record-error-line = line { $line }: { $message }
record-error-line-column = line { $line }, column { $column }: { $message }
record-error-engine = recorded with version { $recorded }, this is version { $current }
record-error-replay = line { $line }: action { $number } ({ $action }) cannot be done again: { $error }

## Actions
act-call-next = Call next number
act-ask = Ask: { $question }
act-inspect = Look at { $document } through the magnifier
act-inspect-light = Hold { $document } against the light
act-turn-page = Turn { $document } to page { $page }
act-flag = Flag: { $claim }
act-clear-flag = Clear the flag: { $claim }
act-compare = Compare { $a } with { $b }
act-check-identity = Population check { $document }
act-state-records = Look up what the state holds
act-look-up-procedure = Look up procedure { $procedure }
act-hint = Hint
act-create-dossier = Create dossier { $procedure }
act-fill-field = Type { $field }: { $value } ({ $dossier })
act-scan = Scan { $document } ({ $dpi } dpi, { $color })
act-attach = Attach scan { $scan } to "{ $component }"
act-certify-copy = Check and sign photocopy { $document }
act-set-fee = Enter fee { $amount }
act-collect-fee = Collect fee ({ $method })
act-issue-receipt = Receipt for { $dossier }, return on { $date }
act-request-supplement = Supplement request: { $components }
act-refuse = Refusal, ground: { $ground }
act-transfer = Transfer { $dossier } to { $department }
act-sync = Sync { $dossier }
act-return-result = Hand back { $dossier }
act-record-withdrawal = Record withdrawal of { $dossier }
act-send-apology = Apology for { $dossier }, new date { $date }
act-guide = Guide: { $topic }
act-respond = Fault response: { $response }
act-dismiss = Say goodbye
act-wait = Wait { $minutes } min
act-end-shift = End shift

## Events
ev-arrived = { $citizen } arrived and took a number.
ev-called = { $citizen } comes to the counter.
ev-left-served = { $citizen } left.
ev-left-impatient = { $citizen } waited too long and left.
ev-left-closed = { $citizen } had to leave: the counter closed.
ev-waiting = { $citizen } sits down to wait for the same-day result.
ev-dossier-created = Dossier { $dossier } created.
ev-scanned = Scan { $scan } made: { $images } images.
ev-scanner-jammed = The scanner jammed!
ev-payment-failed = E-payment for { $dossier } failed.
ev-slip = Slip no. { $number } printed: { $slip }.
ev-status = Dossier { $dossier }: { $status }.
ev-synced = { $dossier } synced to the National Public Service Portal.
ev-sync-failed = Sync of { $dossier } failed; send it again.
ev-result-ready = The result of { $dossier } is ready.
ev-delay = Dossier { $dossier } will be late: { $reason }
ev-fault-started = Fault: { $fault }
ev-fault-ended = Fault over: { $fault }
ev-shift-ended = The shift is over.

## Action errors
err-shift-over = The shift is over.
err-too-many-actions = This shift already holds { $limit } actions, the most a shift can hold. End the shift.
err-no-citizen = Nobody is at the counter.
err-citizen-at-counter = Someone is at the counter; finish with them first.
err-queue-empty = Nobody is waiting and nobody else will come.
err-document-not-here = Paper { $document } is not on the desk.
err-unknown-field = Paper { $document } has no field { $field }.
err-not-identity = { $document } is not an identity paper.
err-unknown-procedure = No procedure { $procedure }.
err-unknown-component = The procedure has no component { $component }.
err-unknown-scan = No scan number { $scan }.
err-unknown-ground = Ground { $ground } does not apply to this procedure.
err-portal = The system does not allow it: { $error }
err-dossier-open = Dossier { $dossier } is already being entered for this citizen.
err-already-received = Dossier { $dossier } is already received and locked.
err-not-received = Dossier { $dossier } is not received yet (no receipt issued).
err-no-fee = Dossier { $dossier } has no fee to collect.
err-fee-not-paid = Dossier { $dossier }: collect the fee before issuing the receipt.
err-empty-supplement = A supplement request must list at least one component.
err-frozen = The computer is frozen; restart it.
err-power-out = Power cut: the computer and scanner are off.
err-scanner-jammed = The scanner is jammed; clear it.
err-no-fault = No fault needs that response now.
err-hints-disabled = No hints in exam mode.
err-not-a-copy = { $copy } is not a photocopy of { $original }.
err-text-too-long = At most { $max } characters.
err-already-paid = The fee of dossier { $dossier } is already paid.
err-amount-too-large = The amount { $amount } is too large.
err-wait-range = Wait 1 to 240 minutes.
err-resolution = The scanner has no { $dpi } dpi setting.
err-not-processing = Dossier { $dossier } is not being processed.
err-apology-sent = An apology was already sent for dossier { $dossier }.
err-nobody = Nobody is here to receive dossier { $dossier }.
err-no-such-page = { $document } has no page { $page }.
err-mismatch-two-fields = A disagreement between two papers is flagged by putting the two lines side by side.
err-discrepancy-two-fields = Choose two different lines of the same case.
err-already-flagged = That is already flagged.
err-not-flagged = That is not flagged.
err-ground-not-flagged = Flag "{ $ground }" on the paper first: a refusal cites what you found.

## What the citizen wants
want-collect = Collect the result of { $dossier }
want-withdraw = Withdraw dossier { $dossier }

## System form fields
field-applicant-name = Applicant's full name
field-applicant-id-number = Personal ID number
field-phone = Phone number

## Debrief
debrief-title = Shift results
debrief-home = Home
debrief-export = Export result file
debrief-replay-start = Play again from the start
debrief-grading = Grading the shift…
debrief-failed = Grading stopped on an internal error: { $error }
debrief-new-best = New best score!
debrief-dimensions = Dimensions
debrief-timeline = The shift, step by step
debrief-timeline-help = Red dot: a mistake at that moment, with its rule and legal basis. "Play again from here" replays the shift up to just before that action.
debrief-replay-here = Play again from here
debrief-replay-short = Replay
debrief-replay-help = Rebuild the shift up to just before this action and continue from there.
debrief-end-of-shift = End of the shift
debrief-cost = { $units } units lost ({ $dimension })
debrief-expert = Expert path
debrief-papers = Papers: what was there and what you saw
debrief-papers-help = Green circle: a defect you found. Red dashed circle: one you missed. Orange cross: where you flagged something that was not wrong.
debrief-papers-clean = The papers of this shift had no defect, and you flagged nothing by mistake.
debrief-online-case = Online dossier { $dossier }
debrief-case-seen = { $who }: { $found } of { $visible } defects found, { $false } false flags
debrief-found-after = Found: { $defect } (after { $seconds } s)
debrief-found = Found: { $defect }
debrief-missed = Missed: { $defect }
debrief-false-flag = Flagged, but not wrong: { $claim }
debrief-false-flag-demanded = Flagged, not wrong, and you made a demand on the citizen for it: { $claim }
debrief-expert-score = Expert path score: { $score }
debrief-no-expert = This scenario has no expert path.
debrief-exported = Result file saved: { $path }
debrief-export-failed = Cannot save the result file { $file }: { $error }
debrief-saved = Result saved automatically: { $path }
debrief-save-failed = Could not save the result file { $file } automatically: { $error }. The result is kept: press "Export result file" to save it elsewhere.
debrief-not-saved = This computer has no data folder, so the result was not saved. Press "Export result file" to save it.
debrief-no-dialog = No file dialog can be opened on this computer. The result file is in the folder { $folder }.
debrief-costliest = The three costliest mistakes
debrief-group-count = { $count } time(s): { $cases }
debrief-group-cost = { $units } units lost in all
debrief-no-mistakes = No mistake cost points in this shift.
debrief-show-moment = Show { $time } and the papers
debrief-show-case = Show the papers
debrief-repeated = The same mistake { $count } more time(s): { $cases }
debrief-chart-x = Dimension
debrief-chart-y = Score (%)
debrief-timeline-help-no-replay = Red dot: a mistake made by that action, with its rule and legal basis.
debrief-case-no-marks = The papers of this case had nothing wrong to mark.

## Papers, slips and refusal grounds named as the trainee reads them (never an id).
paper-unnamed = paper
paper-nth = { $paper } (sheet { $n })
slip-number = { $number }/{ $year }/{ $code }
slip-number-line = No. { $number }
slip-code-receipt = TNHS
slip-code-supplement = BSHS
slip-code-refusal = TCHS
slip-code-apology = XLHT
slip-code-fee-receipt = BLTP
slip-code-stop-notice = DGQ
ground-expired = The identity paper has expired.
ground-invalid-id-number = The personal ID number on the paper is not valid (it does not match the birth year or sex).
ground-name-mismatch = The name differs between the papers presented.
ground-date-mismatch = A date differs between the papers presented.
ground-field-mismatch = The details differ between the papers presented.
ground-missing-signature = The paper lacks a required signature.
ground-missing-stamp = The paper lacks the issuing authority's seal.
ground-wrong-form-version = The declaration is not on the current form.
ground-photocopy-only = Only a photocopy, with no original or certified copy.
ground-illegible = The original is damaged and cannot be read.
ground-belongs-to-other = The paper presented is not the requester's own.
ground-forged = The paper shows signs of forgery.
ground-altered = The original has been erased or overwritten.
ground-missing-field = A required field of the paper is blank.
ground-unknown = (a ground no longer in the procedure's rules)
portal-receipt-missing = The receipt cannot be issued yet: { $fields } still empty. A receipt must name the applicant and their ID number; type and save (Enter) these fields.
portal-supplement-issued = Supplement request No. { $number } has been handed over; a slip handed over cannot be changed.
err-portal-transition = dossier { $dossier } is «{ $from }» and cannot move to «{ $to }».
err-portal-unknown = there is no dossier { $dossier }.

## issue 13: citizens who need help to be served
citizen-help = Help
help-interpreter-button = Call an interpreter
help-interpreter-help = Ask a colleague or a community digital-team member who speaks the citizen's language (takes a few minutes; they may be busy).
help-family-button = Let a relative interpret
help-family-help = When a relative who speaks Vietnamese came along.
help-read-aloud-button = Read the papers aloud
help-read-aloud-help = Read the paper aloud to the citizen before handing it over or asking them to sign.
help-large-print-button = Large print
help-large-print-help = Print the paper again in large type.
help-interpreter-done = (The interpreter came and interprets for the citizen.)
help-family-done = (The relative interprets.)
help-read-aloud-done = (You read the papers aloud to the citizen.)
help-large-print-done = (You printed the papers again in large type.)
help-interpreter-unavailable = (The interpreter is busy and cannot come.)
help-family-unavailable = (No relative came along.)
help-read-aloud-unavailable = (Not possible now.)
help-large-print-unavailable = (Not possible now.)
## issue 13: kiosk (assisted online submission)
act-send-to-kiosk = Send to the self-service kiosk to submit online
act-coach-at-kiosk = Send to the self-service kiosk and coach { $minutes } minutes
ev-sent-to-kiosk = { $citizen } went to the self-service kiosk to submit online.
ev-kiosk-submitted = { $citizen } submitted online at the kiosk: dossier { $dossier } waits in the online tab to be received.
ev-back-from-kiosk = { $citizen } is back in the queue: { $block }.
err-coach-range = Coach at the kiosk for 0 to { $minutes } minutes.
err-nothing-to-submit = The citizen at the counter has no dossier to submit.
err-no-kiosk = This centre has no self-service kiosk.
kiosk-heading = Self-service kiosk
kiosk-send = To the kiosk, submit online
kiosk-send-hover = The citizen submits on the National Public Service Portal with their own level-2 VNeID account; the counter is free for the next citizen.
kiosk-coach = To the kiosk, coach { $minutes } min
kiosk-coach-hover = The clerk walks over and coaches at the kiosk; meanwhile the queue waits.
kiosk-at = At the kiosk: { $names }

## issue 13: departments sending a dossier back
act-notify-supplement = Notify the supplement for dossier { $dossier }: { $components }
act-notify-refusal = Notify the refusal of dossier { $dossier }, ground: { $ground }
ev-sent-back-supplement = The department sent dossier { $dossier } back for a supplement: { $reason }
ev-sent-back-refusal = The department sent dossier { $dossier } back, refusing it: { $reason }
err-not-sent-back = dossier { $dossier } was not sent back by its department.
err-notice-mixed = a notice either asks for a supplement or refuses, not both.
portal-sent-back = Sent back by the department at { $time }: { $reason }
portal-notify-citizen = Inform the citizen (by phone/SMS, or in hand if they are at the counter)
portal-notify-supplement = Send the supplement request
portal-notify-refusal = Send the refusal slip
want-bring-supplement = Supplement for dossier { $dossier }
act-receive-supplement = Receive the supplement of dossier { $dossier }, new date { $date }
err-not-their-dossier = dossier { $dossier } is not the dossier of the citizen at the counter.
err-not-notified = dossier { $dossier }: first tell the citizen what the department asked for.
portal-new-appointment = New return date
portal-receive-supplement = Receive the supplement

## issue 13: police residence slips (CT04–CT06)
portal-slip-forms = Slip forms:
portal-slip-forms-help = The form set printed for the next receipt, supplement and refusal slips.
act-use-slip-forms = Slip forms selected: { $forms }

## issue 13: the clerk's own side of the system
act-log-in = Log in with the staff account
act-sign-scan = Sign scan { $scan }
ev-logged-in = Logged in to the provincial system.
ev-scan-signed = Scan { $scan } signed.
ev-signature-refused = Scan { $scan } could not be signed: the certificate has expired!
err-not-logged-in = Log in to the system with your staff account first.
err-session-expired = Your session ended after a pause; log in again.
err-already-logged-in = You are already logged in.
err-no-staff-system = This counter's system has no staff login or personal digital signature.
err-scan-already-signed = Scan number { $scan } is already signed.
err-certificate-expired = The certificate of your digital signature has expired; nothing can be signed.
portal-login-title = Log in to the system
portal-login-prompt = Log in with your staff account (issued by the province) to work in the system.
portal-login-expired = Your session ended after a pause. Log in again to go on.
portal-login = Log in
portal-sign-scans = Sign scan number { $scan } ({ $count } unsigned)
scanner-sign = Sign scan { $scan }
scanner-signed = Signed
act-digitize-result = Digitize the result of dossier { $dossier }
ev-result-digitized = The result of dossier { $dossier } is digitized into the citizen's electronic data store.
err-result-not-ready = Dossier { $dossier } has no result ready to digitize.
err-result-already-digitized = The result of dossier { $dossier } is already digitized.
portal-digitize-result = Digitize the result
portal-result-digitized = Result digitized
act-certify-e-copy = Certify an electronic copy from scan { $scan } (dossier { $dossier })
ev-e-copy-certified = An electronic copy certified from scan { $scan } went into the citizen's data store (dossier { $dossier }).
err-no-e-copy = This procedure gives no electronic copy.
err-not-an-original-scan = Scan number { $scan } is not a scan of an original of this dossier's applicant.
err-scan-not-signed = Sign scan number { $scan } before certifying it as an electronic copy.
err-e-copy-already-certified = Scan number { $scan } is already certified as an electronic copy.
scanner-certify-e-copy = Certify an electronic copy from scan { $scan }
scanner-e-copy-done = Electronic copy certified

## issue 13: how the result is returned (return channel)
result-channel-counter = At the counter
result-channel-post = By post
result-channel-electronic = Electronic result
portal-return-channel = How the result is received
portal-return-electronically = Return electronically
portal-send-by-post = Send by post
act-set-return-channel = Record how the result of dossier { $dossier } is received: { $channel }
act-return-electronically = Return the result of dossier { $dossier } electronically
act-send-by-post = Send the result of dossier { $dossier } by post
ev-return-channel-set = Dossier { $dossier }: the result is received { $channel }.
ev-result-sent = The result of dossier { $dossier } went { $via ->
    [post] by post
   *[electronic] electronically into the citizen's data store
}.
err-dossier-closed = Dossier { $dossier } is closed; how its result is received cannot change.
err-no-e-result = This procedure's result is on paper only.
err-no-postal-return = This procedure does not send its result by post.
err-result-not-digitized = The result of dossier { $dossier } is not digitized: digitize it before returning it electronically.
portal-result-channels = How the result is returned
slip-line-result-channel = How the result is received: { $channel }

## issue 13: on-the-spot corrections
act-correct-on-the-spot = Asked the citizen to correct and initial: { $what }
correction-part-field = "{ $field }" on { $paper }
correction-part-signature = the signature on { $paper }
ev-corrected-on-the-spot = { $citizen } struck through, rewrote and initialled: { $what }.
ev-nothing-to-correct = { $citizen } looked at { $what } again and said it is right; nothing corrected.
err-citizen-not-here-to-correct = { $document } came with an online dossier; its citizen is not here to correct it.
err-not-correctable-at-counter = { $document } cannot be corrected at the counter: only its issuer may correct it, or the rules in force do not allow it.
correction-menu = Citizen corrects, initials
correction-menu-hover = The citizen strikes the wrong words through, writes the right ones beside them and initials — only on their own form, where the rules allow it.
correction-sign = Sign the form

## issue 13: inter-agency bundles
act-create-bundle = Create the bundle dossier { $bundle }
ev-body-result = { $department } sent back its result for bundle dossier { $dossier }.
err-unknown-bundle = There is no inter-agency bundle { $bundle }.
err-not-a-bundle = Dossier { $dossier } was not received as an inter-agency bundle.
err-not-a-bundle-body = { $department } handles no procedure of bundle dossier { $dossier }.
err-already-transferred = Dossier { $dossier } was already transferred to { $department }.
portal-bundle-create = Or create one bundle dossier for a whole group of procedures:
portal-bundle-title = Inter-agency bundle: { $bundle }
portal-bundle-not-transferred = not transferred
portal-bundle-transferred = transferred at { $time }, waiting for the result
portal-bundle-result-back = result back at { $time }
portal-bundle-transfer = Transfer to { $department }
