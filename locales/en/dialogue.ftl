# What the simulation core has people say: a citizen's answer when the scenario wrote none,
# what a close look at a paper shows, the trainee's hints. Vietnamese (locales/vi) is the
# reference. Lines a scenario writes (openings, its own answers) stay in the scenario.

## Answers to the clerk's questions
answer-acting-for-relative = I am here for a relative.
answer-acting-for-self = It is for myself.
answer-relationship-close-relative = I am a close relative.
answer-relationship-neighbour = I am a neighbour, asked to help.
answer-relationship-applicant = I am the applicant.
answer-residence = I live at { $address }.
answer-event-date = The date on the papers.
answer-vneid-none = I have no VNeID account.
answer-vneid-level1 = I installed VNeID but it is only level 1.
answer-vneid-level2 = Yes, a level-2 account.
answer-smartphone = Yes, here is my phone.
answer-no-smartphone = I only have a basic phone.
answer-submitted-online = I submitted already; I came for the result.
answer-submitting-here = No, I am submitting here.
answer-copies = { $copies } copies.
answer-one-copy = Just one.
answer-divorced = I am divorced.
answer-married = I am married.
answer-not-married = I am not married.
answer-exempt = We are a registered poor household.
answer-not-exempt = No.
answer-other-papers = This is all I brought.

## What a close look at a paper shows
hint-look-at = { $area ->
    [field] Look again at "{ $field }" on { $paper }.
    [photo] Look closely at the photo on { $paper }, then at the person at the counter.
    [seal] Look closely at where { $paper } is sealed.
    [signature] Look closely at where { $paper } is signed.
    [form-code] Read the form code printed in the corner of { $paper }.
   *[whole] Look closely at the whole of { $paper }.
}
hint-read-side-by-side = Put "{ $field }" on { $paper } beside "{ $other_field }" on { $other_paper } and read them letter by letter.

## Hints (practice mode)
hint-accept = The dossier is complete and valid: receive it, digitize each component, take the fee if any, issue the appointment slip.
hint-supplement = Not complete: ask once for: { $components }.
hint-refuse = This case must be refused in writing, citing the ground ({ $ground }).
hint-check-id = Check the ID before handing anything back.

## issue 13: citizens who need help to be served
answer-unclear = Yes… yes… (a halting answer, half in Vietnamese, half in their own language; the meaning is unclear)

## issue 13: how the result is returned (return channel)
answer-result-counter = I'll come and collect it here.
answer-result-post = Please send it home by post; I'll pay the postage.
answer-result-electronic = I'd like the electronic result in my VNeID account, so I needn't come back.

## issue 13: on-the-spot corrections
answer-field-is-right = I wrote that right, though.
