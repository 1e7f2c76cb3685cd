# instructor: instructor words (en).

## The trainee joins a session (home, conference card).
join-code-length = A session code has { $expected } characters (not counting dashes and spaces); this one has { $found }.
join-code-character = Character { $position } («{ $character }») is not used in session codes. Codes never use the digit 0 or the letter O, the digit 1 or the letters I and L: ask the instructor for that character again.
join-code-check = The session code does not match its check character: a character was misheard or mistyped. Read the code back with the instructor.
join-code-unknown = This code was not made by a Một Cửa session.
join-no-scenario = This session code is for a scenario this copy of the app does not have. Update the scenario pack or ask the instructor.
join-ambiguous = This session code fits several scenarios of the pack: open the session file the instructor sent.
join-file-scenario = The session file names the scenario «{ $scenario }», which this copy of the app does not have.
join-no-dialog = This computer cannot open a file dialog: type the session code.
join-file-unreadable = Cannot read the session file { $file }: { $error }
join-file-malformed = { $file }:{ $line }:{ $col }: not a session file ({ $error }).
join-file-format = { $file }: session file format { $found } is not supported (this version reads format { $supported }).
join-file-code = { $file }: the code in the file is not valid. { $error }
join-file-mismatch = { $file }: the code in the file was not made for the scenario «{ $scenario }».
join-open-file = Open session file…
join-file-opened = Session file: { $file } { $title }
join-preview = Scenario: { $scenario } · { $mode } · { $seeding }
home-instructor = For instructors
home-instructor-help = Create a session, follow the class's results.

## Instructor mode.
instructor-title = For instructors
instructor-tab-create = Create a session
instructor-tab-dashboard = Class dashboard
instructor-home = Back to home
instructor-create-title = Create a session
instructor-create-help = Choose the scenario and how it is played; the app makes a session code to read out to the trainees over the video link.
instructor-scenario = Scenario
instructor-mode = Mode
instructor-seeding = Working day
instructor-seeding-shared = One shared day
instructor-seeding-shared-help = Every trainee meets the same citizens and dossiers: results compare directly.
instructor-seeding-per-seat = A day per seat
instructor-seeding-per-seat-help = Each trainee's day comes from the code and their name: no copying, and a renamed result no longer verifies.
instructor-session-title = Title
instructor-session-title-hint = e.g. Training conference, 30 November
instructor-create = Create session code
instructor-code-label = Session code (read it out in groups of three):
instructor-copy = Copy
instructor-copied = The code is on the clipboard.
instructor-save-file = Save session file…
instructor-open-dashboard = Follow this session's class
instructor-saved = Session file saved: { $file }
instructor-save-failed = Cannot save the session file { $file }: { $error }
instructor-no-dialog = This computer cannot open a save dialog: copy the code and send it to the trainees.
instructor-how-to-join-title = How trainees join
instructor-how-to-join = Trainees open Một Cửa, type their name and the code { $code } in the «Conference mode» card and click «Join session» — or click «Open session file…» and choose the file you sent. Lower case, spaces and dashes are all accepted; codes have no digits 0 and 1 and no letters O, I and L. When a shift ends, its result is saved in the results folder of the trainee's computer.
